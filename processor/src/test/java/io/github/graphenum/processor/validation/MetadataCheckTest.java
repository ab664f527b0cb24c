package io.github.graphenum.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.model.EnumIdentity;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.testing.EnumModels;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/** The metadata check on its own: a {@link DocumentedEnum} and hand-built metadata in. */
class MetadataCheckTest {
  private static final String DRIFT =
      "page.md: the docs and the service metadata (metadata.xml) differ for microsoft.graph.color:"
          + " ";

  /** An enum type {@code color} of {@code namespace} with members {@code "red=0"}... */
  private static ServiceMetadata.EnumType type(String namespace, boolean flags, String... members) {
    List<ServiceMetadata.Member> read =
        Arrays.stream(members)
            .map(m -> m.split("="))
            .map(m -> new ServiceMetadata.Member(m[0], Long.parseLong(m[1])))
            .toList();
    return new ServiceMetadata.EnumType(namespace, "color", flags, "Edm.Int32", read);
  }

  /**
   * Metadata read from metadata.xml: each type under its namespace, microsoft.graph's under its
   * alias too.
   */
  private static ServiceMetadata metadata(ServiceMetadata.EnumType... types) {
    Map<String, ServiceMetadata.EnumType> enums = new HashMap<>();
    for (ServiceMetadata.EnumType type : types) {
      enums.put(type.qualifiedName(), type);
      if (type.namespace().equals("microsoft.graph")) {
        enums.put("graph." + type.name(), type);
      }
    }
    return new ServiceMetadata(List.of("metadata.xml"), enums);
  }

  /** The enum {@code color} of {@code namespace} as page.md documents it in {@code table}. */
  private static DocumentedEnum color(String namespace, boolean flags, String table) {
    Page.Section section =
        new PageReader().parse("page.md", "# color enum type\n\n" + table, 1).sections().get(0);
    return EnumModels.documented(
        new EnumIdentity("com.example", "Color", "color", namespace),
        EnumModels.onPage("page.md", section),
        new DocumentedEnum.Choices(List.of(), true, flags));
  }

  private static DocumentedEnum color(String table) {
    return color("microsoft.graph", false, table);
  }

  private static List<String> rendered(Outcome<DocumentedEnum> outcome) {
    return outcome.diagnostics().stream().map(Diagnostic::render).toList();
  }

  private static Outcome<DocumentedEnum> check(
      DocumentedEnum documented, ServiceMetadata.EnumType type) {
    return new MetadataCheck(metadata(type), false).check(documented);
  }

  @Test
  void anEnumTheMetadataLacksIsNotChecked() {
    DocumentedEnum documented = color("| Member | Value |\n|---|---|\n| red | 0 |\n");
    Outcome<DocumentedEnum> outcome = new MetadataCheck(metadata(), false).check(documented);
    assertSame(documented, outcome.value());
    assertEquals(Message.METADATA_ABSENT, outcome.diagnostics().get(0).message());
    assertEquals(Kind.NOTE, outcome.diagnostics().get(0).kind());
    assertEquals(
        List.of(
            "page.md: microsoft.graph.color is not in the service metadata (metadata.xml), so it is"
                + " not checked against it"),
        rendered(outcome));
  }

  @Test
  void anEnumAsTheMetadataHasItPasses() {
    DocumentedEnum documented =
        color("| Member | Value |\n|---|---|\n| red | 0 |\n| green | 1 |\n");
    ServiceMetadata.EnumType type = type("microsoft.graph", false, "red=0", "green=1");
    Outcome<DocumentedEnum> outcome = check(documented, type);
    assertEquals(
        documented.withMetadata(type),
        outcome.value(),
        "the same enum, with the metadata's type for the validator's hints");
    assertEquals(List.of(), outcome.diagnostics());
  }

  @Test
  void membersOnlyOnThePageAreDrift() {
    Outcome<DocumentedEnum> outcome =
        check(
            color("| Member | Value |\n|---|---|\n| red | 0 |\n| pink | 1 |\n"),
            type("microsoft.graph", false, "red=0"));
    assertEquals(List.of(DRIFT + "only on the page: pink"), rendered(outcome));
    assertEquals(Kind.WARNING, outcome.diagnostics().get(0).kind());
  }

  @Test
  void membersOnlyInTheMetadataAreDrift() {
    Outcome<DocumentedEnum> outcome =
        check(
            color("| Member | Value |\n|---|---|\n| red | 0 |\n"),
            type("microsoft.graph", false, "red=0", "teal=1", "cyan=2"));
    assertEquals(List.of(DRIFT + "only in the metadata: teal, cyan"), rendered(outcome));
  }

  @Test
  void differentValuesAreDrift() {
    Outcome<DocumentedEnum> outcome =
        check(
            color("| Member | Value |\n|---|---|\n| red | 1 |\n| green | 2 |\n"),
            type("microsoft.graph", false, "red=0", "green=2"));
    assertEquals(List.of(DRIFT + "different values: red (page 1, metadata 0)"), rendered(outcome));
  }

  @Test
  void evolvableMembersInAnotherOrderAreDrift() {
    DocumentedEnum documented =
        color("| Member |\n|---|\n| red |\n| unknownFutureValue |\n| teal |\n| cyan |\n");
    Outcome<DocumentedEnum> outcome =
        check(
            documented,
            type("microsoft.graph", false, "red=0", "unknownFutureValue=1", "cyan=2", "teal=3"));
    assertEquals(
        List.of(
            DRIFT + "evolvable members in another order: page [teal, cyan], metadata [cyan, teal]"),
        rendered(outcome));
  }

  @Test
  void aSentinelMissingOnOneSideIsNoOrderDifference() {
    DocumentedEnum documented = color("| Member |\n|---|\n| red |\n| green |\n");
    Outcome<DocumentedEnum> outcome =
        check(
            documented, type("microsoft.graph", false, "red=0", "unknownFutureValue=1", "green=2"));
    assertEquals(List.of(DRIFT + "only in the metadata: unknownFutureValue"), rendered(outcome));
  }

  @Test
  void everyDifferenceIsListedAtOnce() {
    Outcome<DocumentedEnum> outcome =
        check(
            color("| Member | Value |\n|---|---|\n| red | 1 |\n| pink | 2 |\n"),
            type("microsoft.graph", false, "red=0", "teal=1"));
    assertEquals(
        List.of(
            DRIFT
                + "only on the page: pink; only in the metadata: teal; different values: red (page"
                + " 1, metadata 0)"),
        rendered(outcome));
  }

  @Test
  void aFlagsTypeOfTheMetadataWantsAFlagsSpec() {
    Outcome<DocumentedEnum> outcome =
        check(
            color("| Member | Value |\n|---|---|\n| red | 1 |\n"),
            type("microsoft.graph", true, "red=1"));
    assertEquals(
        List.of(
            "page.md: the service metadata (metadata.xml) marks microsoft.graph.color"
                + " IsFlags=\"true\"; add flags = true to the spec"),
        rendered(outcome));
  }

  @Test
  void aFlagsSpecWantsAFlagsTypeInTheMetadata() {
    Outcome<DocumentedEnum> outcome =
        check(
            color("microsoft.graph", true, "| Member | Value |\n|---|---|\n| red | 1 |\n"),
            type("microsoft.graph", false, "red=1"));
    assertEquals(
        List.of(
            "page.md: flags = true, but the service metadata (metadata.xml) does not mark"
                + " microsoft.graph.color as flags"),
        rendered(outcome));
  }

  @Test
  void strictMakesEveryDifferenceAnError() {
    DocumentedEnum documented = color("| Member | Value |\n|---|---|\n| red | 1 |\n");
    Outcome<DocumentedEnum> outcome =
        new MetadataCheck(metadata(type("microsoft.graph", true, "red=0")), true).check(documented);
    assertNull(outcome.value());
    assertEquals(
        List.of(Message.METADATA_DRIFT, Message.METADATA_FLAGS),
        outcome.diagnostics().stream().map(Diagnostic::message).toList());
    assertTrue(outcome.diagnostics().stream().allMatch(Diagnostic::isError));
    assertEquals(
        Kind.NOTE,
        new MetadataCheck(metadata(), true).check(documented).diagnostics().get(0).kind(),
        "absent stays a note");
  }

  @Test
  void aPageWithoutValuesTakesTheMetadatasWhenItHasEveryMember() {
    Outcome<DocumentedEnum> outcome =
        check(
            color("| Member |\n|---|\n| red |\n| green |\n"),
            type("microsoft.graph", false, "red=1", "green=2", "blue=4"));
    DocumentedEnum filled = outcome.value();
    assertEquals("microsoft.graph.color", filled.enrichments().valuesFrom());
    assertTrue(filled.documentation().table().hasValues());
    assertEquals(
        List.of("red=1", "green=2"),
        filled.documentation().table().rows().stream().map(MemberTable.Row::describe).toList());
    assertEquals(List.of(DRIFT + "only in the metadata: blue"), rendered(outcome));
  }

  @Test
  void aPageWithoutValuesKeepsItsTableWhenTheMetadataLacksAMember() {
    DocumentedEnum documented = color("| Member |\n|---|\n| red |\n| pink |\n");
    ServiceMetadata.EnumType type = type("microsoft.graph", false, "red=1");
    DocumentedEnum checked = check(documented, type).value();
    assertEquals(documented.withMetadata(type), checked);
    assertNull(checked.enrichments().valuesFrom());
    assertFalse(checked.documentation().table().hasValues());
  }

  @Test
  void withoutANamespaceOnlyAUniqueNameMatches() {
    DocumentedEnum documented = color(null, false, "| Member | Value |\n|---|---|\n| red | 0 |\n");
    ServiceMetadata.EnumType graph = type("microsoft.graph", false, "red=0");
    assertEquals(
        List.of(), new MetadataCheck(metadata(graph), false).check(documented).diagnostics());
    Outcome<DocumentedEnum> twice =
        new MetadataCheck(
                metadata(graph, type("microsoft.graph.callRecords", false, "red=0")), false)
            .check(documented);
    assertEquals(
        List.of(
            "page.md: color is not in the service metadata (metadata.xml), so it is not checked"
                + " against it"),
        rendered(twice));
  }
}
