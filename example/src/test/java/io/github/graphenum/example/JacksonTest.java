package io.github.graphenum.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated enums in Graph entities read from Graph JSON responses with Jackson 2: the build
 * sets {@code -Agraphenum.jackson=true}, and no Jackson module or configuration is needed. Flags
 * sets, and Jackson 3 and Gson, are in {@link GraphResponsesTest}.
 */
class JacksonTest {
  /** Graph's {@code appliedConditionalAccessPolicy}, as much of it as this test reads. */
  record AppliedConditionalAccessPolicy(
      String id, String displayName, AppliedConditionalAccessPolicyResult result) {}

  /** Graph's {@code signIn}, as much of it as this test reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SignIn(
      String id,
      String userPrincipalName,
      List<AppliedConditionalAccessPolicy> appliedConditionalAccessPolicies) {}

  private static final String SIGN_IN =
      """
      {
        "id": "66ea54eb-6301-4ee5-be62-ff5a759b0100",
        "userPrincipalName": "megan@contoso.com",
        "appliedConditionalAccessPolicies": [
          {"id": "de7e60eb-ed89-4d73-8205-2227def6b7c9", "displayName": "MFA for admins", "result": "success"},
          {"id": "6c5f4e3a-9a1f-4b8e-b9e0-2f1f0c1a7d22", "displayName": "Block legacy auth", "result": "reportOnlyFailure"}
        ]
      }
      """;

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aGraphResponseReadsIntoTheGeneratedEnumsAndWritesBackTheSame() throws Exception {
    SignIn signIn = mapper.readValue(SIGN_IN, SignIn.class);
    assertEquals(
        AppliedConditionalAccessPolicyResult.SUCCESS,
        signIn.appliedConditionalAccessPolicies().get(0).result());
    assertEquals(
        AppliedConditionalAccessPolicyResult.REPORT_ONLY_FAILURE,
        signIn.appliedConditionalAccessPolicies().get(1).result());
    JsonNode written = mapper.readTree(mapper.writeValueAsString(signIn));
    assertEquals(mapper.readTree(SIGN_IN), written, "round trip");
  }

  @Test
  void aMemberAddedAfterThisBuildReadsAsTheSentinel() throws Exception {
    String later = SIGN_IN.replace("\"reportOnlyFailure\"", "\"reportOnlyBlocked\"");
    SignIn signIn = mapper.readValue(later, SignIn.class);
    AppliedConditionalAccessPolicyResult result =
        signIn.appliedConditionalAccessPolicies().get(1).result();
    assertEquals(AppliedConditionalAccessPolicyResult.UNKNOWN_FUTURE_VALUE, result);
    assertEquals(
        "\"unknownFutureValue\"",
        mapper.writeValueAsString(result),
        "written as the sentinel, as the service would");
  }

  @Test
  void anUnknownMemberOfANonEvolvableEnumIsAnError() {
    assertThrows(
        ValueInstantiationException.class,
        () -> mapper.readValue("\"paused\"", VppTokenSyncStatus.class));
  }

  @Test
  void tablesWrittenInTheSpecGiveEnumsToo() throws Exception {
    assertEquals(
        OnlineMeetingRole.PRESENTER, mapper.readValue("\"presenter\"", OnlineMeetingRole.class));
    assertEquals(
        OnlineMeetingRole.UNKNOWN_FUTURE_VALUE,
        mapper.readValue("\"coorganizer\"", OnlineMeetingRole.class));
    assertEquals(true, OnlineMeetingRole.PRODUCER.isEvolvable());
    assertEquals(PrintJobProcessingState.COMPLETED, PrintJobProcessingState.fromValue(3));
    assertEquals("Waiting to be processed.", PrintJobProcessingState.PENDING.description());
  }
}
