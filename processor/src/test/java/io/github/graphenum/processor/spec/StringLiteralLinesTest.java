package io.github.graphenum.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source lines of a table written as joined literals or a text block, read again from the
 * source.
 */
class StringLiteralLinesTest {
  /** The lines of {@code value}, written in {@code source} from where {@code expression} starts. */
  private static List<Integer> lines(String source, String expression, String value) {
    int start = source.indexOf(expression);
    return StringLiteralLines.of(
        source,
        start,
        position -> 1 + (int) source.substring(0, position).chars().filter(c -> c == '\n').count(),
        value);
  }

  @Test
  void eachRowIsOnTheLineOfItsLiteral() {
    String source =
        "@GraphEnum(\n" // 1
            + "    table = \"\"\n" // 2
            + "        + \"  | Member | Value |\\n\"\n" // 3
            + "        + \"  |---|---|\\n\"\n" // 4
            + "        // a comment between rows\n" // 5
            + "        + \"  | a | 0 |\\n\" + \"  | b | 1 |\\n\")\n" // 6
            + "interface S {}\n";
    assertEquals(
        List.of(3, 4, 6, 6),
        lines(source, "\"\"", "  | Member | Value |\n  |---|---|\n  | a | 0 |\n  | b | 1 |\n"));
  }

  @Test
  void aLineMayStartInOneLiteralAndEndInTheNext() {
    String source = "x = (\"|a\"\n + \"|\\n|b|\")\n + \"\\n\";\n";
    assertEquals(List.of(1, 2), lines(source, "(", "|a|\n|b|\n"));
  }

  @Test
  void escapesAreReadAsJavacReadsThem() {
    String source = "x = \"|\\\"a\\\"|\\12\"\n + \"|\\\\b|\\n\";";
    assertEquals(List.of(1, 2), lines(source, "\"", "|\"a\"|\n|\\b|\n"));
  }

  @Test
  void aTextBlocksLinesFollowTheLineOfItsOpening() {
    String source = "x = \"\"\"\n    | a |\n\n    | b |\n    \"\"\";\n";
    assertEquals(List.of(2, 3, 4), lines(source, "\"\"\"", "| a |\n\n| b |\n"));
  }

  @Test
  void aValueTheSourceDoesNotSpellHasNoLines() {
    assertEquals(List.of(), lines("x = TABLE;", "TABLE", "|a|\n"), "a constant named elsewhere");
    assertEquals(
        List.of(),
        lines("x = \"|a|\\n\" + TAIL;", "\"", "|a|\n|b|\n"),
        "a literal joined to a constant");
    assertEquals(
        List.of(),
        lines("x = \"\"\"\n  a\\n\n  \"\"\";", "\"", "a\n\n"),
        "a text block with an escape");
    assertEquals(List.of(), lines("x = \"unclosed\n", "\"", "unclosed"));
  }
}
