package io.github.graphenum.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.model.DocumentedEnums;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.testing.EnumSpecs;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.AnnotationValueVisitor;
import org.junit.jupiter.api.Test;

/**
 * Tables written in the spec, at the spec and page stages: their common indentation is stripped (as
 * a text block's is), their lines are the source's, and their errors say what they are (there is no
 * page).
 */
class InlineTablesTest {
  /**
   * A table as Java 8 code writes it, one string per row, each indented like the code around it.
   */
  private static final String INDENTED =
      ""
          + "    | Member | Value |\n"
          + "    |---|---|\n"
          + "    | small | 0 |\n"
          + "    | large | 1 |\n";

  /** The {@code table} attribute, which the spec reader takes the text of. */
  private static final AnnotationValue TABLE_ATTRIBUTE =
      new AnnotationValue() {
        @Override
        public Object getValue() {
          return INDENTED;
        }

        @Override
        public <R, P> R accept(AnnotationValueVisitor<R, P> visitor, P parameter) {
          return visitor.visitString(INDENTED, parameter);
        }
      };

  /**
   * The enum {@code SizeSpec} asks for, its table {@code markdown} of the table attribute or the
   * Javadoc.
   */
  private static Outcome<DocumentedEnum> select(String markdown, boolean attribute, String name) {
    String text = SpecReader.withoutCommonIndentation(markdown);
    EnumSpec.InlineText inline =
        new EnumSpec.InlineText(
            "SizeSpec.java", text, List.of(), attribute ? TABLE_ATTRIBUTE : null, "test.SizeSpec");
    EnumSpec spec = EnumSpecs.inline(inline).name(name).fallbackName("size").build();
    return DocumentedEnums.select(
        spec, new PageReader().parse(inline.label(), text, inline::sourceLine));
  }

  private static String onlyError(Outcome<DocumentedEnum> outcome) {
    assertEquals(1, outcome.diagnostics().size(), outcome.diagnostics()::toString);
    return outcome.diagnostics().get(0).render();
  }

  @Test
  void theIndentationEveryRowHasIsStrippedAsATextBlockDoes() {
    assertEquals(
        "| Member | Value |\n|---|---|\n| small | 0 |\n| large | 1 |\n",
        SpecReader.withoutCommonIndentation(INDENTED));
    assertEquals(
        "|a|\n\n  |b|\n",
        SpecReader.withoutCommonIndentation("  |a|\n   \n    |b|"),
        "blank lines do not count");
    assertEquals(
        "|a|\n|b|\n",
        SpecReader.withoutCommonIndentation("\t|a|\n\t|b|\n"),
        "a tab is one character, as for stripIndent");
    String flush = "|a|\n  |b|\n";
    assertEquals(
        flush, SpecReader.withoutCommonIndentation(flush), "a line at column 0: nothing to strip");
    assertEquals(
        "   \n", SpecReader.withoutCommonIndentation("   \n"), "only blank lines: left alone");
  }

  @Test
  void anIndentedJava8TableIsReadAsATable() {
    DocumentedEnum size = select(INDENTED, true, "").value();
    assertEquals(
        List.of("small=0", "large=1"),
        size.documentation().table().rows().stream().map(MemberTable.Row::describe).toList());
    assertEquals("size", size.identity().graphName(), "named after the spec");
  }

  @Test
  void textWithoutAMembersTableSaysWhatATableLooksLike() {
    assertEquals(
        "SizeSpec.java: the table attribute holds no members table: write a markdown table whose"
            + " header row has a Member column (| Member | Value | Description |), then a delimiter"
            + " row (|---|---|---|), then one row per member",
        onlyError(select("no table here", true, "")));
    assertEquals(
        "SizeSpec.java: the spec's Javadoc holds no members table: write a markdown table whose"
            + " header row has a Member column (| Member | Value | Description |), then a delimiter"
            + " row (|---|---|---|), then one row per member",
        onlyError(select("A | B", false, "")));
  }

  @Test
  void aTableWithoutMemberColumnNamesItsColumns() {
    assertEquals(
        "SizeSpec.java:1: no members table for size (a table with a Member column); the table at"
            + " line 1 has no Member column (its columns: Name, Value)",
        onlyError(select("  | Name | Value |\n  |---|---|\n  | small | 0 |\n", true, "")));
  }

  @Test
  void sectionsOfAnInlineTextAreNamedWithoutAPage() {
    String two =
        "### small values\n\n|Member|\n|-|\n|a|\n\n### large values\n\n|Member|\n|-|\n|b|\n";
    assertEquals(
        "SizeSpec.java: the table attribute documents several enums; set name to one of: small,"
            + " large",
        onlyError(select(two, true, "")));
    assertEquals(
        "SizeSpec.java: the table attribute documents no enum named smal; it documents: small,"
            + " large",
        onlyError(select(two, true, "smal")));
  }

  @Test
  void theSourceLinesOfTheTextNameItsRows() {
    EnumSpec.InlineText joined =
        new EnumSpec.InlineText(
            "SizeSpec.java", INDENTED, List.of(5, 6, 7, 9), null, "test.SizeSpec");
    assertEquals(
        List.of(5, 6, 7, 9, 10),
        List.of(
            joined.sourceLine(1),
            joined.sourceLine(2),
            joined.sourceLine(3),
            joined.sourceLine(4),
            joined.sourceLine(5)));
    EnumSpec.InlineText unknown =
        new EnumSpec.InlineText(
            "the table of SizeSpec", INDENTED, List.of(), null, "test.SizeSpec");
    assertEquals(4, unknown.sourceLine(4), "lines counted from 1");
  }
}
