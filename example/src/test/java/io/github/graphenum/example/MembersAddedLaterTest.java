package io.github.graphenum.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A member the service added after the build, read into a property declared as the member type
 * ({@code RiskStateMember}) and written back with each of Jackson 2, Jackson 3 and Gson ({@link
 * JsonLibrary}): the service gets the name it sent, where a property declared as the enum sends it
 * {@code "unknownFutureValue"}, which it rejects.
 */
class MembersAddedLaterTest {
  /** Graph's {@code riskyUser}, as a client that updates it declares it: the member as received. */
  record RiskyUser(String id, String userPrincipalName, RiskStateMember riskState) {}

  /** The same, with the property declared as the enum: for code that only reads it. */
  record RiskyUserRead(String id, String userPrincipalName, RiskState riskState) {}

  /** Users by risk state, as a report might key them. */
  record UsersByState(Map<RiskStateMember, Integer> counts) {}

  /** A response of {@code GET /identityProtection/riskyUsers/{id}}, as much as the records hold. */
  private static final String RISKY_USER =
      """
      {
        "id": "c2b6c2b9-dddc-acd0-2b39-d519d803dbc3",
        "userPrincipalName": "alexw@contoso.com",
        "riskState": "%s"
      }
      """;

  private static final ObjectMapper TREES = new ObjectMapper();

  private static String riskyUser(String riskState) {
    return RISKY_USER.formatted(riskState);
  }

  private static void assertSameJson(String expected, String actual) throws Exception {
    assertEquals(TREES.readTree(expected), TREES.readTree(actual), actual);
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void aMemberAddedLaterIsWrittenBackAsTheServiceSentIt(JsonLibrary json) throws Exception {
    String later = riskyUser("riskStateAddedLater");
    RiskyUser user = json.read(later, RiskyUser.class);
    assertEquals("riskStateAddedLater", user.riskState().memberName());
    assertEquals(Optional.empty(), user.riskState().known());
    assertSame(RiskState.UNKNOWN_FUTURE_VALUE, user.riskState().orUnknown());
    assertEquals(RiskStateMember.parse("riskStateAddedLater"), user.riskState());
    assertSameJson(later, json.write(user));

    // Declared as the enum, the same response is written back with the sentinel.
    RiskyUserRead read = json.read(later, RiskyUserRead.class);
    assertSame(RiskState.UNKNOWN_FUTURE_VALUE, read.riskState());
    assertSameJson(riskyUser("unknownFutureValue"), json.write(read));
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void aMemberTheEnumKnowsIsItsOneInstance(JsonLibrary json) throws Exception {
    RiskyUser user = json.read(riskyUser("atRisk"), RiskyUser.class);
    assertSame(RiskStateMember.of(RiskState.AT_RISK), user.riskState());
    assertEquals(Optional.of(RiskState.AT_RISK), user.riskState().known());
    assertSameJson(riskyUser("atRisk"), json.write(user));
    RiskyUser sentinel = json.read(riskyUser("unknownFutureValue"), RiskyUser.class);
    assertSame(RiskStateMember.of(RiskState.UNKNOWN_FUTURE_VALUE), sentinel.riskState());
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void nullReadsAsNull(JsonLibrary json) throws Exception {
    String absent = "{\"id\": \"1\", \"riskState\": null}";
    assertNull(json.read(absent, RiskyUser.class).riskState());
    assertNull(json.read(json.write(new RiskyUser("1", null, null)), RiskyUser.class).riskState());
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void aMapKeyedByTheMemberTypeKeepsTheNames(JsonLibrary json) throws Exception {
    String counts = "{\"counts\": {\"atRisk\": 3, \"riskStateAddedLater\": 1}}";
    UsersByState read = json.read(counts, UsersByState.class);
    assertEquals(
        Map.of(
            RiskStateMember.of(RiskState.AT_RISK),
            3,
            RiskStateMember.parse("riskStateAddedLater"),
            1),
        read.counts());
    assertSameJson(counts, json.write(read));
  }
}
