package io.github.graphenum.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonParser;
import com.microsoft.kiota.serialization.JsonParseNode;
import com.microsoft.kiota.serialization.JsonSerializationWriter;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.ParseNode;
import com.microsoft.kiota.serialization.SerializationWriter;
import com.microsoft.kiota.serialization.ValuedEnum;
import com.microsoft.kiota.serialization.ValuedEnumParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Graph responses read and written back with Kiota's JSON parse node and serialization writer
 * ({@code microsoft-kiota-serialization-json}), the way the Microsoft Graph SDK for Java reads and
 * writes its models: each model below is written as Kiota writes one, with the generated enums'
 * {@code forValue} as their {@link ValuedEnumParser} and their {@link ValuedEnum#getValue()}
 * written.
 */
class KiotaTest {

  /** Graph's {@code win32LobApp}, as Kiota models it: a flags property is an {@link EnumSet}. */
  static final class Win32LobApp implements Parsable {
    String displayName;
    EnumSet<WindowsArchitecture> applicableArchitectures;

    static Win32LobApp create(ParseNode node) {
      return new Win32LobApp();
    }

    @Override
    public Map<String, Consumer<ParseNode>> getFieldDeserializers() {
      Map<String, Consumer<ParseNode>> fields = new LinkedHashMap<>();
      fields.put("displayName", node -> displayName = node.getStringValue());
      fields.put(
          "applicableArchitectures",
          node -> applicableArchitectures = node.getEnumSetValue(WindowsArchitecture::forValue));
      return fields;
    }

    @Override
    public void serialize(SerializationWriter writer) {
      writer.writeStringValue("displayName", displayName);
      writer.writeEnumSetValue("applicableArchitectures", applicableArchitectures);
    }
  }

  /**
   * Graph's {@code workforceIntegration}: an evolvable enum ({@code encryption.protocol}, flattened
   * here) and an evolvable flags set, read by Kiota and, the second time, by the generated set.
   */
  static final class WorkforceIntegration implements Parsable {
    WorkforceIntegrationEncryptionProtocol protocol;
    EnumSet<WorkforceIntegrationSupportedEntities> supportedEntities;

    /** The same property read as a string, by the generated set: it keeps the names. */
    WorkforceIntegrationSupportedEntitiesSet supportedEntitiesKept;

    static WorkforceIntegration create(ParseNode node) {
      return new WorkforceIntegration();
    }

    @Override
    public Map<String, Consumer<ParseNode>> getFieldDeserializers() {
      Map<String, Consumer<ParseNode>> fields = new LinkedHashMap<>();
      fields.put(
          "protocol",
          node -> protocol = node.getEnumValue(WorkforceIntegrationEncryptionProtocol::forValue));
      fields.put(
          "supportedEntities",
          node -> {
            supportedEntities =
                node.getEnumSetValue(WorkforceIntegrationSupportedEntities::forValue);
            supportedEntitiesKept =
                WorkforceIntegrationSupportedEntitiesSet.parse(node.getStringValue());
          });
      return fields;
    }

    @Override
    public void serialize(SerializationWriter writer) {
      writer.writeEnumValue("protocol", protocol);
      writer.writeEnumSetValue("supportedEntities", supportedEntities);
    }
  }

  /** Graph's {@code vppToken}: an enum with values and no sentinel. */
  static final class VppToken implements Parsable {
    VppTokenSyncStatus lastSyncStatus;

    static VppToken create(ParseNode node) {
      return new VppToken();
    }

    @Override
    public Map<String, Consumer<ParseNode>> getFieldDeserializers() {
      return Map.of(
          "lastSyncStatus",
          node -> lastSyncStatus = node.getEnumValue(VppTokenSyncStatus::forValue));
    }

    @Override
    public void serialize(SerializationWriter writer) {
      writer.writeEnumValue("lastSyncStatus", lastSyncStatus);
    }
  }

  private static final ObjectMapper TREES = new ObjectMapper();

  private static <T extends Parsable> T read(String json, ParsableFactory<T> factory) {
    return new JsonParseNode(JsonParser.parseString(json)).getObjectValue(factory);
  }

  private static String write(Parsable model) throws Exception {
    try (JsonSerializationWriter writer = new JsonSerializationWriter()) {
      writer.writeObjectValue(null, model);
      try (InputStream content = writer.getSerializedContent()) {
        return new String(content.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  private static void assertSameJson(String expected, String actual) throws Exception {
    assertEquals(TREES.readTree(expected), TREES.readTree(actual), actual);
  }

  @Test
  void aFlagsPropertyReadsGraphsStringAndIsWrittenBackAsGraphSendsIt() throws Exception {
    String json = "{\"displayName\": \"Contoso Agent\", \"applicableArchitectures\": \"x86,x64\"}";
    Win32LobApp app = read(json, Win32LobApp::create);
    assertEquals(
        EnumSet.of(WindowsArchitecture.X86, WindowsArchitecture.X64), app.applicableArchitectures);
    WindowsArchitectureSet set = WindowsArchitectureSet.copyOf(app.applicableArchitectures);
    assertEquals(3, set.toMask());
    assertSameJson(json, write(app));

    app.applicableArchitectures = WindowsArchitectureSet.parse("arm,neutral").toEnumSet();
    assertSameJson(
        "{\"displayName\": \"Contoso Agent\", \"applicableArchitectures\": \"arm,neutral\"}",
        write(app));
  }

  @Test
  void anEvolvableEnumAndAnEvolvableFlagsSetRoundTrip() throws Exception {
    String json = "{\"protocol\": \"sharedSecret\", \"supportedEntities\": \"shift,swapRequest\"}";
    WorkforceIntegration integration = read(json, WorkforceIntegration::create);
    assertSame(WorkforceIntegrationEncryptionProtocol.SHARED_SECRET, integration.protocol);
    assertEquals(
        EnumSet.of(
            WorkforceIntegrationSupportedEntities.SHIFT,
            WorkforceIntegrationSupportedEntities.SWAP_REQUEST),
        integration.supportedEntities);
    assertEquals(
        integration.supportedEntitiesKept.toEnumSet(),
        integration.supportedEntities,
        "the set and Kiota read the same members");
    assertSameJson(json, write(integration));
  }

  /**
   * A member the service added after the build: an evolvable enum reads it as its sentinel, in a
   * property and in a set; an enum without the sentinel reads it as null (Kiota leaves the property
   * out, and the name out of a set), as Kiota's own enums do.
   */
  @Test
  void membersTheServiceAddedLaterReadAsTheSentinelOrNull() throws Exception {
    WorkforceIntegration integration =
        read(
            "{\"protocol\": \"quantumSafe\", \"supportedEntities\": \"shift,timeCard\"}",
            WorkforceIntegration::create);
    assertSame(WorkforceIntegrationEncryptionProtocol.UNKNOWN_FUTURE_VALUE, integration.protocol);
    assertEquals(
        EnumSet.of(
            WorkforceIntegrationSupportedEntities.SHIFT,
            WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE),
        integration.supportedEntities);
    assertEquals(List.of("timeCard"), integration.supportedEntitiesKept.unknownMemberNames());
    assertEquals(
        "shift,timeCard",
        integration.supportedEntitiesKept.wireForm(),
        "the generated set writes back the name Kiota's EnumSet cannot hold");

    VppToken token = read("{\"lastSyncStatus\": \"expired\"}", VppToken::create);
    assertNull(token.lastSyncStatus);
    assertSameJson("{}", write(token));
    assertSame(
        VppTokenSyncStatus.COMPLETED,
        read("{\"lastSyncStatus\": \"completed\"}", VppToken::create).lastSyncStatus);

    Win32LobApp app = read("{\"applicableArchitectures\": \"x86,riscV\"}", Win32LobApp::create);
    assertEquals(EnumSet.of(WindowsArchitecture.X86), app.applicableArchitectures);
  }

  /**
   * Kiota 1.8.10's {@code getEnumSetValue} makes its set with {@code EnumSet.copyOf} of the members
   * it read, which throws when there are none: a flags value of names that an enum without the
   * sentinel does not know all fails the whole response. An evolvable flags enum reads them as its
   * sentinel; for the others, {@code docs/kiota.md} says to read the string with the generated set.
   * Should a later Kiota read such a value as an empty set, this test shows it.
   */
  @Test
  void kiotaCannotReadAFlagsValueOfOnlyUnknownNamesUnlessTheEnumHasTheSentinel() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> read("{\"applicableArchitectures\": \"riscV\"}", Win32LobApp::create));
    assertEquals("Collection is empty", thrown.getMessage());
    assertEquals(
        WindowsArchitectureSet.of(),
        WindowsArchitectureSet.copyOf(
            read("{\"applicableArchitectures\": \"none\"}", Win32LobApp::create)
                .applicableArchitectures));

    WorkforceIntegration integration =
        read("{\"supportedEntities\": \"timeCard\"}", WorkforceIntegration::create);
    assertEquals(
        EnumSet.of(WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE),
        integration.supportedEntities);
  }

  @Test
  void forValueIsAValuedEnumParserAndGetValueTheMemberName() {
    ValuedEnumParser<AppliedConditionalAccessPolicyResult> parser =
        AppliedConditionalAccessPolicyResult::forValue;
    for (AppliedConditionalAccessPolicyResult result :
        AppliedConditionalAccessPolicyResult.values()) {
      ValuedEnum valued = result;
      assertEquals(result.memberName(), valued.getValue());
      assertSame(result, parser.forValue(valued.getValue()));
    }
  }
}
