package io.github.graphenum.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Graph responses with a flags property and an evolvable enum property, read into plain records and
 * written back with each of Jackson 2, Jackson 3 and Gson ({@link JsonLibrary}): no annotation on
 * any property, Graph's string for a set of flags both ways, members added later kept working.
 */
class GraphResponsesTest {
  /**
   * Graph's {@code win32LobApp}; {@code applicableArchitectures} is a {@code windowsArchitecture}
   * flags set.
   */
  record Win32LobApp(
      String id,
      String displayName,
      String publisher,
      WindowsArchitectureSet applicableArchitectures) {}

  /** Graph's {@code workforceIntegrationEncryption}. */
  record Encryption(WorkforceIntegrationEncryptionProtocol protocol) {}

  /** Graph's {@code workforceIntegration}: an evolvable enum and an evolvable flags set. */
  record WorkforceIntegration(
      String id,
      String displayName,
      int apiVersion,
      boolean isActive,
      Encryption encryption,
      String url,
      WorkforceIntegrationSupportedEntitiesSet supportedEntities) {}

  /**
   * Counts of sign-ins by the result of a conditional access policy: a map keyed by an evolvable
   * enum.
   */
  record ResultCounts(Map<AppliedConditionalAccessPolicyResult, Integer> counts) {}

  /** Tokens by sync status: a map keyed by an enum with values. */
  record StatusCounts(Map<VppTokenSyncStatus, Integer> counts) {}

  /**
   * A response of {@code GET /deviceAppManagement/mobileApps/{id}}, as much of it as the record
   * holds.
   */
  private static final String WIN32_LOB_APP =
      """
      {
        "id": "0177548a-548a-0177-8a54-77018a547701",
        "displayName": "Contoso Agent",
        "publisher": "Contoso",
        "applicableArchitectures": "x86,x64"
      }
      """;

  /**
   * A response of {@code GET /teamwork/workforceIntegrations/{id}}, as much of it as the records
   * hold.
   */
  private static final String WORKFORCE_INTEGRATION =
      """
      {
        "id": "c5d0c76b-80c4-481c-be50-923cd8d680a1",
        "displayName": "ABCWorkforceIntegration",
        "apiVersion": 1,
        "isActive": true,
        "encryption": {"protocol": "sharedSecret"},
        "url": "https://abcWorkforceIntegration.com/Contoso/",
        "supportedEntities": "shift,swapRequest"
      }
      """;

  private static final ObjectMapper TREES = new ObjectMapper();

  /** {@code json} with one property replaced: {@code "name": value}, value written as JSON. */
  private static String with(String json, String name, String value) {
    return json.replaceFirst(
        "\"" + name + "\": (\"[^\"]*\"|\\{[^}]*}|[^,\\n]*)",
        Matcher.quoteReplacement("\"" + name + "\": " + value));
  }

  private static void assertSameJson(String expected, String actual) throws Exception {
    JsonNode expectedTree = TREES.readTree(expected);
    assertEquals(expectedTree, TREES.readTree(actual), actual);
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void aFlagsPropertyReadsGraphsStringAndIsWrittenBackAsGraphSendsIt(JsonLibrary json)
      throws Exception {
    Win32LobApp app = json.read(WIN32_LOB_APP, Win32LobApp.class);
    assertEquals(
        Set.of(WindowsArchitecture.X86, WindowsArchitecture.X64), app.applicableArchitectures());
    assertEquals(3, app.applicableArchitectures().toMask());
    assertSameJson(WIN32_LOB_APP, json.write(app));

    Win32LobApp spaced =
        json.read(
            with(WIN32_LOB_APP, "applicableArchitectures", "\" neutral , x86\""),
            Win32LobApp.class);
    assertEquals(
        "x86,neutral",
        json.read(json.write(spaced), Win32LobApp.class).applicableArchitectures().wireForm(),
        "declaration order");
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void theEmptySetIsTheEmptyMemberBothWays(JsonLibrary json) throws Exception {
    for (String empty : List.of("\"none\"", "\"\"", "\"  \"", "[]")) {
      Win32LobApp app =
          json.read(with(WIN32_LOB_APP, "applicableArchitectures", empty), Win32LobApp.class);
      assertTrue(app.applicableArchitectures().isEmpty(), empty);
      assertSameJson(with(WIN32_LOB_APP, "applicableArchitectures", "\"none\""), json.write(app));
    }
    assertNull(
        json.read(with(WIN32_LOB_APP, "applicableArchitectures", "null"), Win32LobApp.class)
            .applicableArchitectures());
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void aJsonArrayOfNamesReadsTooAndIsWrittenAsGraphsString(JsonLibrary json) throws Exception {
    Win32LobApp app =
        json.read(
            with(WIN32_LOB_APP, "applicableArchitectures", "[\"x64\", \"x86\"]"),
            Win32LobApp.class);
    assertEquals(
        WindowsArchitectureSet.of(WindowsArchitecture.X86, WindowsArchitecture.X64),
        app.applicableArchitectures());
    assertSameJson(WIN32_LOB_APP, json.write(app));
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void aNameNoMemberHasIsAnErrorThatNamesIt(JsonLibrary json) {
    Exception unknown =
        assertThrows(
            Exception.class,
            () ->
                json.read(
                    with(WIN32_LOB_APP, "applicableArchitectures", "\"x86,arm64\""),
                    Win32LobApp.class));
    assertTrue(
        unknown
            .getMessage()
            .contains(
                "WindowsArchitecture has no member named \"arm64\" (read from \"x86,arm64\")"),
        unknown.getMessage());
    if (json == JsonLibrary.GSON) {
      assertEquals(
          "WindowsArchitecture has no member named \"arm64\" (read from \"x86,arm64\") at path"
              + " \"$.applicableArchitectures\"",
          unknown.getMessage());
    }
    Exception scalar =
        assertThrows(Exception.class, () -> json.read("\"paused\"", VppTokenSyncStatus.class));
    assertTrue(
        scalar.getMessage().contains("VppTokenSyncStatus has no member named \"paused\""),
        scalar.getMessage());
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void anEvolvableEnumAndAnEvolvableFlagsSetRoundTrip(JsonLibrary json) throws Exception {
    WorkforceIntegration integration = json.read(WORKFORCE_INTEGRATION, WorkforceIntegration.class);
    assertEquals(
        WorkforceIntegrationEncryptionProtocol.SHARED_SECRET, integration.encryption().protocol());
    assertEquals(
        Set.of(
            WorkforceIntegrationSupportedEntities.SHIFT,
            WorkforceIntegrationSupportedEntities.SWAP_REQUEST),
        integration.supportedEntities());
    assertSameJson(WORKFORCE_INTEGRATION, json.write(integration));
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void membersTheServiceAddedLaterKeepTheClientWorking(JsonLibrary json) throws Exception {
    String later =
        with(
            with(WORKFORCE_INTEGRATION, "supportedEntities", "\"shift,timeCard,timeOff\""),
            "encryption",
            "{\"protocol\": \"certificate\"}");
    WorkforceIntegration integration = json.read(later, WorkforceIntegration.class);
    assertEquals(
        WorkforceIntegrationEncryptionProtocol.UNKNOWN_FUTURE_VALUE,
        integration.encryption().protocol());
    WorkforceIntegrationSupportedEntitiesSet entities = integration.supportedEntities();
    assertEquals(
        Set.of(
            WorkforceIntegrationSupportedEntities.SHIFT,
            WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE),
        entities);
    assertEquals(List.of("timeCard", "timeOff"), entities.unknownMemberNames());
    // The set writes the names it kept; the scalar writes the sentinel, as the service would.
    assertSameJson(
        with(
            with(WORKFORCE_INTEGRATION, "supportedEntities", "\"shift,timeCard,timeOff\""),
            "encryption",
            "{\"protocol\": \"unknownFutureValue\"}"),
        json.write(integration));
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void theSentinelsOwnNameIsWrittenBackBesideTheNamesItStandsFor(JsonLibrary json)
      throws Exception {
    String both =
        with(WORKFORCE_INTEGRATION, "supportedEntities", "\"unknownFutureValue,timeCard2\"");
    WorkforceIntegration integration = json.read(both, WorkforceIntegration.class);
    assertEquals(List.of("timeCard2"), integration.supportedEntities().unknownMemberNames());
    assertSameJson(both, json.write(integration));
  }

  /**
   * 200,000 distinct names the set does not know (2.6 MB of JSON): linear reading takes a fraction
   * of a second, the quadratic one it replaced over a minute. The bound only catches a hang; JMH
   * measures the time ({@code FlagsSetUnknownNames} in the benchmarks).
   */
  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void manyDistinctNamesTheSetDoesNotKnowReadInLinearTime(JsonLibrary json) {
    List<String> names = IntStream.range(0, 200_000).mapToObj(i -> "later" + i).toList();
    String response =
        with(WORKFORCE_INTEGRATION, "supportedEntities", "\"" + String.join(",", names) + "\"");
    WorkforceIntegration integration =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> json.read(response, WorkforceIntegration.class));
    assertEquals(names, integration.supportedEntities().unknownMemberNames());
  }

  /**
   * A megabyte of commas makes an error of a few hundred characters, which says how long the input
   * was.
   */
  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void anErrorQuotesABoundedExcerptOfAHugeInput(JsonLibrary json) {
    String commas = ",".repeat(1 << 20);
    Exception flags =
        assertThrows(
            Exception.class,
            () ->
                json.read(
                    with(WIN32_LOB_APP, "applicableArchitectures", "\"x86" + commas + "\""),
                    Win32LobApp.class));
    assertTrue(
        flags
            .getMessage()
            .contains("(read from \"x86" + ",".repeat(97) + "...\" (1048579 characters))"),
        () -> start(flags.getMessage()));
    assertTrue(
        flags.getMessage().length() < 2000,
        () -> "a message of " + flags.getMessage().length() + " characters");
    String name = "v".repeat(1 << 20);
    Exception scalar =
        assertThrows(
            Exception.class, () -> json.read("\"" + name + "\"", VppTokenSyncStatus.class));
    assertTrue(
        scalar
            .getMessage()
            .contains("has no member named \"" + "v".repeat(100) + "...\" (1048576 characters)"),
        () -> start(scalar.getMessage()));
    assertTrue(
        scalar.getMessage().length() < 2000,
        () -> "a message of " + scalar.getMessage().length() + " characters");
  }

  /**
   * A map keyed by a generated enum has the member names as keys, written and read: Gson writes a
   * key as its {@code toString()}, which is the member name, and reads it with the enum's adapter.
   */
  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void aMapKeyedByAnEnumHasMemberNamesAsKeys(JsonLibrary json) throws Exception {
    String results = "{\"counts\": {\"success\": 3, \"reportOnlyFailure\": 1}}";
    ResultCounts read = json.read(results, ResultCounts.class);
    assertEquals(
        Map.of(
            AppliedConditionalAccessPolicyResult.SUCCESS,
            3,
            AppliedConditionalAccessPolicyResult.REPORT_ONLY_FAILURE,
            1),
        read.counts());
    assertSameJson(results, json.write(read));
    String statuses = "{\"counts\": {\"inProgress\": 2, \"failed\": 1}}";
    StatusCounts status = json.read(statuses, StatusCounts.class);
    assertEquals(
        Map.of(VppTokenSyncStatus.IN_PROGRESS, 2, VppTokenSyncStatus.FAILED, 1), status.counts());
    assertSameJson(statuses, json.write(status));
    assertSameJson(statuses, json.write(new StatusCounts(new EnumMap<>(status.counts()))));
  }

  /** Gson's other way of writing keys, through the key's adapter, gives the member names too. */
  @Test
  void gsonWritesTheSameKeysWithComplexMapKeySerialization() {
    Gson complex = new GsonBuilder().enableComplexMapKeySerialization().create();
    StatusCounts counts = new StatusCounts(Map.of(VppTokenSyncStatus.IN_PROGRESS, 2));
    assertEquals("{\"counts\":{\"inProgress\":2}}", complex.toJson(counts));
    assertEquals(counts, complex.fromJson(complex.toJson(counts), StatusCounts.class));
  }

  /** The start of a message that may be huge, for a failure's text. */
  private static String start(String message) {
    return message.length() <= 500
        ? message
        : message.substring(0, 500) + "... (" + message.length() + " characters)";
  }

  /**
   * The limit {@code docs/json.md} states: Gson gives every collection its own adapter before it
   * looks at a class's annotations, so without the registration it writes a flags set as an array.
   */
  @Test
  void withoutTheRegistrationGsonWritesAFlagsSetAsAnArray() {
    Win32LobApp app =
        new Win32LobApp("1", "Contoso Agent", "Contoso", WindowsArchitectureSet.parse("x86,x64"));
    assertEquals(
        "[\"x86\",\"x64\"]",
        new Gson().toJsonTree(app).getAsJsonObject().get("applicableArchitectures").toString());
    assertThrows(
        RuntimeException.class,
        () -> new Gson().fromJson(WIN32_LOB_APP, Win32LobApp.class),
        "and it cannot read one");
  }
}
