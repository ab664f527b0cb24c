package io.github.graphenum.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.spec.EnumSpec;
import io.github.graphenum.processor.testing.EnumSpecs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The enum model stage on its own: a {@link Page} and a spec in, the enum the spec asks for out.
 */
class DocumentedEnumsTest {
  private static final String TWO_ENUMS =
      """
      # Enum values

      ### color values

      | Member | Value |
      |---|---|
      | red | 0 |

      ### shape values

      | Member | Value |
      |---|---|
      | round | 0 |
      | square | 1 |
      """;

  private static final String TRANSLATED = "| Membro | Valor |\n|---|---|\n| red | 0 |\n";

  /** The page of its own of {@code color}, with {@code table} under its heading (line 3 on). */
  private static String colorPage(String table) {
    return "# color enum type\n\n" + table;
  }

  private static Outcome<DocumentedEnum> select(String name, String className, String markdown) {
    EnumSpec spec =
        EnumSpecs.onPage("page.md")
            .name(name)
            .fallbackName("fallback")
            .className(className)
            .inPackage("com.example")
            .build();
    return DocumentedEnums.select(spec, new PageReader().parse("page.md", markdown, 1));
  }

  private static Outcome<DocumentedEnum> select(String name, String markdown) {
    return select(name, "", markdown);
  }

  /** The only diagnostic, checked to be of {@code message}, as the user reads it. */
  private static String only(Message message, Outcome<DocumentedEnum> outcome) {
    assertEquals(
        List.of(message), outcome.diagnostics().stream().map(Diagnostic::message).toList());
    assertEquals(message.kind(), outcome.diagnostics().get(0).kind());
    return outcome.diagnostics().get(0).render();
  }

  /**
   * The only diagnostic of selecting color from its page with {@code table}, as in {@link #only}.
   */
  private static String onlyForTable(Message message, String table) {
    return only(message, select("color", colorPage(table)));
  }

  private static List<String> members(DocumentedEnum documented) {
    return documented.documentation().table().rows().stream()
        .map(MemberTable.Row::describe)
        .toList();
  }

  @Test
  void aNamedSectionIsPicked() {
    Outcome<DocumentedEnum> outcome = select("shape", TWO_ENUMS);
    DocumentedEnum shape = outcome.value();
    assertEquals(List.of(), outcome.diagnostics());
    assertEquals("shape", shape.identity().graphName());
    assertEquals(List.of("round=0", "square=1"), members(shape));
    assertEquals("com.example", shape.identity().packageName());
    assertEquals(new Origin("the page", "page.md"), shape.documentation().origin());
  }

  @Test
  void aMultiEnumPageWithoutANameListsItsEnums() {
    Outcome<DocumentedEnum> outcome = select("", TWO_ENUMS);
    assertNull(outcome.value());
    assertEquals(
        "page.md: the page documents several enums; set name to one of: color, shape",
        only(Message.SEVERAL_ENUMS, outcome));
  }

  @Test
  void anUnreadableHeadingWithoutANameAsksForOne() {
    Outcome<DocumentedEnum> outcome =
        select("", "# Tipo de enumeración\n\n| Member |\n|---|\n| red |\n");
    assertEquals(
        "page.md:1: the heading 'Tipo de enumeración' does not name an enum ('<name> enum type');"
            + " set name on the annotation",
        only(Message.NO_ENUM_NAME, outcome));
  }

  @Test
  void anUnknownNameSaysWhatThePageDocuments() {
    assertEquals(
        "page.md: the page documents no enum named size; it documents: shape, color",
        only(Message.UNKNOWN_SECTION, select("size", TWO_ENUMS)),
        "closest first");
    assertEquals(
        "page.md: the page documents no enum named size; it documents no enum",
        only(Message.UNKNOWN_SECTION, select("size", "Text without heading or table.\n")));
    assertEquals(
        "page.md: the page documents no enum named Color; it documents color, which differs only in"
            + " case",
        only(Message.UNKNOWN_SECTION, select("Color", TWO_ENUMS)));
  }

  @Test
  void anUnknownNameOnABigPageListsTheTenClosest() {
    StringBuilder page = new StringBuilder("# Enum values\n");
    for (int i = 0; i < 232; i++) {
      page.append("### e").append(i).append(" values\n|Member|\n|-|\n|a|\n");
    }
    assertEquals(
        "page.md: the page documents no enum named e7x; the closest of its 232 enums: e7, e70, e71,"
            + " e72, e73, e74, e75, e76, e77, e78 (and 222 more)",
        only(Message.UNKNOWN_SECTION, select("e7x", page.toString())));
  }

  @Test
  void theSpecsNameStandsForTheOnlyEnumOfATranslatedHeading() {
    Outcome<DocumentedEnum> outcome =
        select("color", "# Tipo de enumeración\n\n| Member |\n|---|\n| red |\n");
    assertEquals(List.of(), outcome.diagnostics());
    assertEquals("color", outcome.value().identity().graphName());
    assertEquals("Color", outcome.value().identity().className());
    assertEquals(List.of("red"), members(outcome.value()));
  }

  @Test
  void aSectionWithoutATableWithAMemberColumnIsAnError() {
    Outcome<DocumentedEnum> outcome =
        select("color", colorPage("| Name | Value |\n|---|---|\n| red | 0 |\n"));
    assertEquals(
        "page.md:1: no members table for color (a table with a Member column); the table at line 3"
            + " has no Member column (its columns: Name, Value)",
        only(Message.NO_MEMBERS_TABLE, outcome));
    assertEquals(
        "page.md:1: no members table for color (a table with a Member column)",
        onlyForTable(Message.NO_MEMBERS_TABLE, "No table."));
  }

  @Test
  void aNameDocumentedTwiceWithEqualTablesIsOneEnum() {
    String twice =
        "### color values\n\n"
            + "| Member |\n"
            + "|---|\n"
            + "| red |\n\n"
            + "### color values\n\n"
            + "| Member |\n"
            + "|---|\n"
            + "| red |\n";
    Outcome<DocumentedEnum> outcome = select("color", twice);
    assertEquals(List.of(), outcome.diagnostics());
    assertEquals(List.of("red"), members(outcome.value()));
  }

  @Test
  void aNameDocumentedTwiceWithDifferentTablesNamesBothLinesAndTheFirstDifference() {
    Outcome<DocumentedEnum> outcome =
        select("color", TWO_ENUMS.replace("### shape values", "### color values"));
    assertNull(outcome.value());
    assertEquals(
        "page.md:9: color is documented twice on this page with different members: lines 3 and 9"
            + " (row 1: red=0 vs round=0)",
        only(Message.CONFLICTING_TABLES, outcome));
  }

  @Test
  void aTableWithoutRowsIsAnError() {
    assertEquals(
        "page.md:3: the members table of color has no rows",
        onlyForTable(Message.EMPTY_MEMBERS_TABLE, "| Member | Value |\n|---|---|\n"));
  }

  @Test
  void aMachineTranslatedPageKeepsItsReason() {
    assertEquals(
        "table headers Membro, Valor",
        select("color", colorPage(TRANSLATED)).value().documentation().translation());
  }

  /**
   * Tables read with a warning, the enum still taken: the message, the table, the warning, the
   * members read.
   */
  static Stream<Arguments> tablesReadWithAWarning() {
    return Stream.of(
        arguments(
            Message.MACHINE_TRANSLATED,
            TRANSLATED,
            "page.md: the page is machine-translated (table headers Membro, Valor): member names"
                + " and values may be translated too; check the generated enum against the English"
                + " page",
            List.of("red=0")),
        arguments(
            Message.REPEATED_COLUMN,
            "| Member | Value | Value |\n|---|---|---|\n| red | 0 | 1 |\n",
            "page.md:3: the members table has a second Value column; it is ignored",
            List.of("red=0")),
        arguments(
            Message.UNKNOWN_COLUMN,
            "| Member | Notes |\n|---|---|\n| red | x |\n",
            "page.md:3: the members table has a column headed 'Notes', which is none of Member,"
                + " Value and Description; it is not read",
            List.of("red")),
        arguments(
            Message.RELABELED_COLUMN,
            "| Value |\n|---|\n| red |\n",
            "page.md:3: column 1 of the members table is headed 'Value' but holds member names; it"
                + " is read as the Member column",
            List.of("red")),
        arguments(
            Message.RELABELED_COLUMN,
            "| Member | Member |\n|---|---|\n| red | 0 |\n",
            "page.md:3: column 2 of the members table is headed 'Member' but holds integers; it is"
                + " read as the Value column",
            List.of("red=0")),
        arguments(
            Message.OVERFULL_ROW,
            "| Member | Value |\n|---|---|\n| red | 0 | a | b |\n",
            "page.md:5: this row has more cells than the table's header; the extra cells are"
                + " ignored (an unescaped | in a cell ends the cell)",
            List.of("red=0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tablesReadWithAWarning")
  void aBadlyMadeOrTranslatedTableIsReadWithAWarning(
      Message message, String table, String warning, List<String> members) {
    Outcome<DocumentedEnum> outcome = select("color", colorPage(table));
    assertEquals(warning, only(message, outcome));
    assertEquals(members, members(outcome.value()));
  }

  @Test
  void theClassNameDefaultsToTheGraphNameWithItsFirstLetterUpperCased() {
    assertEquals(
        "ColorKind",
        select("", "# colorKind enum type\n\n| Member |\n|---|\n| red |\n")
            .value()
            .identity()
            .className());
    assertEquals(
        "Elan",
        select("", "# élan enum type\n\n| Member |\n|---|\n| red |\n")
            .value()
            .identity()
            .className());
    assertEquals(
        "\uD801\uDC00x",
        select("", "# \uD801\uDC28x enum type\n\n| Member |\n|---|\n| red |\n")
            .value()
            .identity()
            .className());
  }

  @Test
  void theSpecsClassNameIsTaken() {
    assertEquals(
        "Colour",
        select("color", "Colour", colorPage("| Member |\n|---|\n| red |\n"))
            .value()
            .identity()
            .className());
  }
}
