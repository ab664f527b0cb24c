package io.github.graphenum.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.metadata.ServiceMetadata;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.model.EnumIdentity;
import io.github.graphenum.processor.model.Origin;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.testing.EnumModels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The validate stage on its own: a {@link DocumentedEnum} in, constants or every problem out. */
public class EnumValidatorTest {
  /** What every error about a page's row ends with: what the user can do. */
  private static final String FIX =
      "; correct your copy of the page, or write the table in the spec (table = ...)";

  /**
   * The enum {@code color} of page.md with the table {@code header} and {@code rows} (from line 5).
   */
  private static DocumentedEnum color(
      String className,
      String translation,
      boolean flags,
      List<String> rename,
      String header,
      String... rows) {
    String table =
        Arrays.stream(rows).map(row -> "| " + row + " |\n").collect(Collectors.joining());
    Page page =
        new PageReader()
            .parse("page.md", "# color enum type\n\n" + header + "\n|---|---|\n" + table, 1);
    Page.Section section = page.sections().get(0);
    return EnumModels.documented(
        new EnumIdentity("com.example", className, "color", null),
        new DocumentedEnum.Documentation(
            "page.md",
            new Origin("the page", "page.md"),
            translation,
            section.description(),
            section.table()),
        new DocumentedEnum.Choices(rename, true, flags));
  }

  /** {@code color} with Member and Value columns: each row is {@code "member | value"}. */
  private static DocumentedEnum values(String... rows) {
    return color("Color", null, false, List.of(), "| Member | Value |", rows);
  }

  private static DocumentedEnum flags(String... rows) {
    return color("Color", null, true, List.of(), "| Member | Value |", rows);
  }

  private static DocumentedEnum renamed(List<String> rename, String... rows) {
    return color("Color", null, false, rename, "| Member | Value |", rows);
  }

  /** Every diagnostic of the validation, as the user reads it. */
  private static List<String> problems(DocumentedEnum documented) {
    return EnumValidator.validate(documented).diagnostics().stream()
        .map(Diagnostic::render)
        .toList();
  }

  private static List<String> constants(Outcome<ValidatedEnum> outcome) {
    return outcome.value().constants().stream()
        .map(c -> c.name() + ":" + c.memberName() + "=" + c.value())
        .toList();
  }

  @Test
  void aValidTableGivesItsConstantsInPageOrder() {
    Outcome<ValidatedEnum> outcome = EnumValidator.validate(values("red | 2", "inProgress | 0"));
    assertEquals(List.of(), outcome.diagnostics());
    assertTrue(outcome.value().hasValues());
    assertEquals(List.of("RED:red=2", "IN_PROGRESS:inProgress=0"), constants(outcome));
  }

  @Test
  void aTableWithoutValuesGivesValueZero() {
    Outcome<ValidatedEnum> outcome =
        EnumValidator.validate(
            color("Color", null, false, List.of(), "| Member | Description |", "red | Red."));
    assertFalse(outcome.value().hasValues());
    assertEquals(List.of("RED:red=0"), constants(outcome));
  }

  @Test
  void anInvalidClassNameIsAnError() {
    DocumentedEnum documented =
        color("1Color", null, false, List.of(), "| Member | Value |", "red | 0");
    assertEquals(
        List.of("'1Color' is not a valid Java class name; set className"), problems(documented));
    assertNull(EnumValidator.validate(documented).value());
  }

  @Test
  void aMemberNameMustBeAGraphIdentifier() {
    assertEquals(
        List.of(
            "page.md:5: member name '1abc' is not a Graph identifier (letters, digits and"
                + " underscores, not starting with a digit)"
                + FIX,
            "page.md:6: member name 'red-ish' is not a Graph identifier (letters, digits and"
                + " underscores, not starting with a digit)"
                + FIX),
        problems(values("1abc | 0", "red-ish | 1")));
  }

  @Test
  void anInvalidMemberNameOfAMachineTranslatedPageSaysTheTranslationMayBeTheCause() {
    assertEquals(
        List.of(
            "page.md:5: member name 'rouge vif' is not a Graph identifier (letters, digits and"
                + " underscores, not starting with a digit); the page is machine-translated, which"
                + " may have changed it"
                + FIX),
        problems(
            color(
                "Color",
                "ms.translationtype: MT",
                false,
                List.of(),
                "| Member | Value |",
                "rouge vif | 0")));
  }

  @Test
  void aMemberNameOfMoreThanAThousandCharsIsRefused() {
    assertEquals(List.of(), problems(values("a".repeat(1_000) + " | 0")));
    assertEquals(
        List.of(
            "page.md:5: member name '"
                + "a".repeat(40)
                + "...' is 1,001 chars long; names of more than 1,000 chars are refused"),
        problems(values("a".repeat(1_001) + " | 0")));
  }

  @Test
  void aMemberDocumentedTwiceIsAnError() {
    assertEquals(
        List.of("page.md:7: member red is documented twice (first at line 5)" + FIX),
        problems(values("red | 0", "green | 1", "red | 2")));
  }

  @Test
  void aValueMustBeAnInteger() {
    assertEquals(
        List.of(
            "page.md:5: value 'zero' of member red is not an integer; machine translation of the"
                + " page may be the cause"),
        problems(values("red | zero")));
  }

  @Test
  void aValueMustBeAnInt() {
    assertEquals(List.of(), problems(values("min | -2147483648", "max | 2147483647")));
    assertEquals(
        List.of(
            "page.md:5: value 2147483648 of member over is outside the int range [-2147483648,"
                + " 2147483647]",
            "page.md:6: value -2147483649 of member under is outside the int range [-2147483648,"
                + " 2147483647]"),
        problems(values("over | 2147483648", "under | -2147483649")));
  }

  @Test
  void aValueDocumentedTwiceIsAnError() {
    assertEquals(
        List.of("page.md:6: value 1 of member blue is also the value of red (line 5)" + FIX),
        problems(values("red | 1", "blue | 1")));
  }

  @Test
  void aFlagsValueMustNotBeNegative() {
    assertEquals(
        List.of("page.md:6: value -1 of flags member all is negative"),
        problems(flags("red | 1", "all | -1")));
  }

  @Test
  void aFlagsValueMustBeABitOrACombinationOfDocumentedBits() {
    assertEquals(
        List.of(
            "page.md:7: value 5 of flags member odd is neither a single bit, nor 0, nor a"
                + " combination of the documented bits (bits 0x4 are no member's)"),
        problems(flags("red | 1", "green | 2", "odd | 5")));
  }

  @Test
  void aFlagsEnumMayNameTheEmptyMemberAndCombinationsOfItsBits() {
    Outcome<ValidatedEnum> outcome =
        EnumValidator.validate(flags("none | 0", "red | 1", "green | 2", "all | 3"));
    assertEquals(List.of(), outcome.diagnostics());
    assertTrue(outcome.value().flags());
  }

  @Test
  void aFlagsEnumNeedsValuesAndTheErrorNamesWhereToGetThem() {
    DocumentedEnum page =
        color("Color", null, true, List.of(), "| Member | Description |", "red | Red.");
    String error =
        "page.md:3: flags = true needs values, and the members table of color has no Value column";
    assertEquals(
        List.of(
            error
                + "; give -Agraphenum.metadata=<CSDL file>, whose values fill a table without them,"
                + " or write the table with values in the spec (table = ...)"),
        problems(page));
    assertEquals(
        List.of(error + "; add a Value column to the table"),
        problems(withSource(page, new Origin("the table of", "test.ColorSpec"), true, null)));
    assertEquals(
        List.of(
            error
                + "; give -Agraphenum.metadata=<CSDL file>, whose values fill a table without them,"
                + " or leave the enum out of flags"),
        problems(withSource(page, page.documentation().origin(), false, null)));
    ServiceMetadata.EnumType lacking =
        new ServiceMetadata.EnumType("microsoft.graph", "color", true, "Edm.Int32", List.of());
    assertEquals(
        List.of(
            error
                + "; the service metadata lacks a member of the page or gives one a value no int"
                + " holds, so its values are not taken: write the table with values in the spec"
                + " (table = ...)"),
        problems(withSource(page, page.documentation().origin(), true, lacking)));
  }

  /**
   * {@code documented} read from {@code origin}, by a spec that can rename or not, with {@code
   * metadata}.
   */
  private static DocumentedEnum withSource(
      DocumentedEnum documented,
      Origin origin,
      boolean renamable,
      ServiceMetadata.EnumType metadata) {
    DocumentedEnum.Documentation d = documented.documentation();
    DocumentedEnum.Choices choices = documented.choices();
    return EnumModels.documented(
            documented.identity(),
            new DocumentedEnum.Documentation(
                d.doc(), origin, d.translation(), d.description(), d.table()),
            new DocumentedEnum.Choices(choices.rename(), renamable, choices.flags()))
        .withMetadata(metadata);
  }

  @Test
  void aRenameNamesTheConstant() {
    assertEquals(
        List.of("CRIMSON:red=0"),
        constants(EnumValidator.validate(renamed(List.of(" red = CRIMSON "), "red | 0"))));
  }

  @Test
  void aRenameEntryMustBeMemberEqualsName() {
    assertEquals(
        List.of(
            "rename entry 'red' is not of the form memberName=CONSTANT_NAME",
            "rename entry '=CRIMSON' is not of the form memberName=CONSTANT_NAME"),
        problems(renamed(List.of("red", "=CRIMSON"), "red | 0")));
  }

  @Test
  void aRenameMustNameAMember() {
    assertEquals(
        List.of("rename names member pink, which color does not have"),
        problems(renamed(List.of("pink=PINK"), "red | 0")));
  }

  @Test
  void aRenameMustGiveAJavaName() {
    assertEquals(
        List.of(
            "rename gives red the constant name 'class', not an ASCII Java identifier (letters,"
                + " digits, _)"),
        problems(renamed(List.of("red=class"), "red | 0")));
  }

  @Test
  void twoRenamesMustNotGiveOneName() {
    assertEquals(
        List.of("members red and green would both be named HUE"),
        problems(renamed(List.of("red=HUE", "green=HUE"), "red | 0", "green | 1")));
  }

  @Test
  void aConstantNameTakenByAnEarlierMemberGetsTheFirstFreeSuffixWithAWarning() {
    DocumentedEnum documented = values("inProgress | 0", "inProgress_2 | 1", "in_progress | 2");
    Outcome<ValidatedEnum> outcome = EnumValidator.validate(documented);
    assertEquals(
        List.of(
            "IN_PROGRESS:inProgress=0",
            "IN_PROGRESS_2:inProgress_2=1",
            "IN_PROGRESS_3:in_progress=2"),
        constants(outcome));
    assertEquals(
        List.of(
            "page.md:7: members inProgress and in_progress both map to the constant name"
                + " IN_PROGRESS; in_progress is named IN_PROGRESS_3 (add rename ="
                + " \"in_progress=NAME\" to choose another)"),
        problems(documented));
    assertEquals(Message.CONSTANT_NAME_CLASH.kind(), outcome.diagnostics().get(0).kind());
    assertEquals(
        constants(outcome),
        constants(EnumValidator.validate(documented)),
        "the same names in every build");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    DocumentedEnum documented =
        color(
            "1Color",
            null,
            false,
            List.of("pink=PINK"),
            "| Member | Value |",
            "1abc | x",
            "red | 0",
            "red | 0");
    assertEquals(
        List.of(
            Message.INVALID_CLASS_NAME,
            Message.INVALID_MEMBER_NAME,
            Message.VALUE_NOT_INTEGER,
            Message.DUPLICATE_MEMBER,
            Message.DUPLICATE_VALUE,
            Message.RENAME_UNKNOWN_MEMBER),
        EnumValidator.validate(documented).diagnostics().stream()
            .map(Diagnostic::message)
            .toList());
  }

  /** {@code count} rows {@code m0 | 0}, {@code m1 | 1}... */
  private static String[] numbered(int count) {
    return IntStream.range(0, count).mapToObj(i -> "m" + i + " | " + i).toArray(String[]::new);
  }

  @Test
  void anEnumOfMoreThanMaxConstantsIsRefused() {
    assertEquals(List.of(), problems(values(numbered(EnumValidator.MAX_CONSTANTS))));
    assertEquals(
        List.of(
            "page.md:3: color has 2,501 members; javac compiles at most 2,500 constants in one enum"
                + " (its static initializer is limited to 64 KiB of bytecode)"),
        problems(values(numbered(EnumValidator.MAX_CONSTANTS + 1))));
  }

  /**
   * Refused rows with metadata: each one used to scan the metadata's members against a list of
   * every row, and 99,000 rows named {@code dup} with 20 metadata members took over 5 minutes,
   * 20,000 invalid names 36 s. The timeout only catches such growth (the benchmark {@code
   * MetadataHintsGrowth} measures the time per row); hints are given for the first rows only.
   */
  @Test
  void manyRefusedRowsWithMetadataAreValidatedInTimeProportionalToTheRows() {
    int count = 50_000;
    List<MemberTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new MemberTable.Row(5 + i, "dup", String.valueOf(i), Description.EMPTY));
      rows.add(
          new MemberTable.Row(
              5 + count + i,
              "member" + (i % 20) + ".",
              String.valueOf(count + i),
              Description.EMPTY));
    }
    List<String> problems =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> problems(EnumModels.colorWithMetadata(rows)));
    assertEquals(1 + 2 * count - 1, problems.size(), "too many members, and every refused row");
    assertTrue(problems.get(1).contains("'member0.' is not a Graph identifier"), problems.get(1));
    assertTrue(
        problems.get(1).contains("; the service metadata names this member member0;"),
        problems.get(1));
    assertTrue(
        problems
            .get(2)
            .startsWith(
                "page.md:6: member dup is documented twice (first at line 5); it also has member0,"
                    + " member1, member2, member3, member4, member5, member6, member7, member8,"
                    + " member9 (and 10 more), which this table lacks"),
        problems.get(2));
    String late = problems.get(problems.size() - 1);
    assertTrue(
        late.startsWith(
            "page.md:" + (4 + 2 * count) + ": member name 'member19.' is not a Graph identifier"),
        late);
    assertFalse(
        late.contains("service metadata"), () -> "past the first refused rows, no hints: " + late);
  }

  /**
   * The descriptions of one enum hold at most {@link EnumValidator#MAX_DESCRIPTION_CHARS}: the
   * generated source holds up to 22 characters for each. Past it, an error on the row from which
   * they do, with their count and the limit.
   */
  @Test
  void theDescriptionsOfAnEnumHoldAtMostTheLimit() {
    int half = EnumValidator.MAX_DESCRIPTION_CHARS / 2;
    Description atHalf = new Description("\u4e00".repeat(half), "\u4e00".repeat(half));
    List<MemberTable.Row> rows =
        List.of(
            new MemberTable.Row(5, "a", "1", atHalf),
            new MemberTable.Row(6, "b", "2", atHalf),
            new MemberTable.Row(7, "c", "3", Description.EMPTY));
    assertFalse(
        EnumValidator.validate(EnumModels.colorWithMetadata(rows)).failed(), "at the limit");
    List<MemberTable.Row> over =
        List.of(
            new MemberTable.Row(5, "a", "1", atHalf),
            new MemberTable.Row(6, "b", "2", atHalf),
            new MemberTable.Row(7, "c", "3", new Description("x", "x")));
    assertEquals(
        List.of(
            "page.md:7: the descriptions of color hold 500,001 characters (as HTML), past the limit"
                + " from this row on; the descriptions of one enum may hold at most 500,000 (the"
                + " generated source holds each one twice as Javadoc and once as a string)"),
        problems(EnumModels.colorWithMetadata(over)));
  }
}
