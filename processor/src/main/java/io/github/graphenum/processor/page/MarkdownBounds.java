package io.github.graphenum.processor.page;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * A linear scan of a page's markdown, before commonmark reads it, that refuses the two shapes on
 * which commonmark's work grows faster than the page.
 *
 * <ul>
 *   <li><b>Link brackets.</b> Each time commonmark makes a link, it walks every {@code [} still
 *       open in the same inline text (a paragraph, a heading, a table cell) to forbid links inside
 *       the link: {@code [a [b](c) } repeated over 1 MB took 48 s. The walks of one {@code ]} are
 *       at most the {@code [} before it in the same text, so the scan counts, for every {@code ]},
 *       the {@code [} before it in the same run of non-blank lines (every inline text lies within
 *       one), and caps their sum. It counts every bracket, escaped or in code too: a text scan
 *       cannot tell which {@code ]} commonmark will see (one in a code span or an HTML attribute
 *       closes nothing), so the depth of unclosed brackets, the natural measure, could be hidden
 *       from it; the pairs it counts are an upper bound whatever the markup.
 *   <li><b>Table cells.</b> commonmark gives every row of a table as many cells as its header, and
 *       stops the whole page with an exception past 1,000,000 cells in one table: 100,000 header
 *       cells and 10 rows of one character are enough. A table's header is the line just above its
 *       delimiter row ({@code |---|---|}, after any {@code >} and indentation of the blocks it is
 *       in), it has at most one cell more than its pipes (less an opening and a closing pipe), and
 *       its rows are at most the non-blank lines that follow (a row needs no pipe); the scan sums
 *       that bound over every line that could be a delimiter row and caps the sum.
 * </ul>
 *
 * <p>Both bounds count more than commonmark will do on some pages, never less, so a page the scan
 * lets through is read in bounded time. Real pages are far below both caps (the corpus's maxima are
 * in the README).
 */
public final class MarkdownBounds {
  /**
   * The most pairs of a {@code [} and a later {@code ]} in one run of non-blank lines, summed over
   * the page: commonmark's link walks on a page at this bound take well under a second.
   */
  public static final long MAX_BRACKET_PAIRS = 10_000_000;

  /** The most table cells a page may make commonmark create, by the bound described above. */
  public static final long MAX_TABLE_CELLS = 200_000;

  private MarkdownBounds() {}

  /**
   * The first bound {@code markdown} goes past, as an error on the line where it does, or none.
   *
   * @param doc the page, for the diagnostic
   * @param markdown the text commonmark is about to read (the front matter blanked, lines kept)
   */
  static Optional<Diagnostic> check(String doc, String markdown) {
    return check(doc, markdown, line -> line);
  }

  /**
   * The first bound {@code markdown} goes past, as an error on the page's line where it does.
   *
   * @param pageLine a line of {@code markdown}, as the page numbers it (rows rejoined by {@link
   *     SideBySideRows} keep the page line they started on)
   */
  static Optional<Diagnostic> check(String doc, String markdown, IntUnaryOperator pageLine) {
    List<String> lines = markdown.lines().toList();
    Optional<Diagnostic> brackets = brackets(doc, lines);
    Optional<Diagnostic> found = brackets.isPresent() ? brackets : tableCells(doc, lines);
    return found.map(d -> d.line() > 0 ? d.onLine(pageLine.applyAsInt(d.line())) : d);
  }

  private static Optional<Diagnostic> brackets(String doc, List<String> lines) {
    long pairs = 0;
    long openBefore = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isBlank(line)) {
        openBefore = 0; // no inline text goes past a blank line
        continue;
      }
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (ch == '[') {
          openBefore++;
        } else if (ch == ']') {
          pairs += openBefore;
        }
      }
      if (pairs > MAX_BRACKET_PAIRS) {
        return Optional.of(
            Message.TOO_MANY_BRACKET_PAIRS.onPage(doc, i + 1, pairs, MAX_BRACKET_PAIRS));
      }
    }
    return Optional.empty();
  }

  private static Optional<Diagnostic> tableCells(String doc, List<String> lines) {
    // nonBlankFrom[i]: how many non-blank lines run from line i on (0 when line i is blank).
    int[] nonBlankFrom = new int[lines.size() + 1];
    for (int i = lines.size() - 1; i >= 0; i--) {
      nonBlankFrom[i] = isBlank(lines.get(i)) ? 0 : nonBlankFrom[i + 1] + 1;
    }
    long cells = 0;
    for (int i = 1; i < lines.size(); i++) {
      String header = lines.get(i - 1);
      if (!isBlank(header) && couldBeDelimiterRow(lines.get(i))) {
        long columns = mostCells(header);
        long rows = 1L + nonBlankFrom[i + 1];
        cells += columns * rows;
        if (cells > MAX_TABLE_CELLS) {
          return Optional.of(
              Message.TOO_MANY_TABLE_CELLS.onPage(doc, i, columns, rows, cells, MAX_TABLE_CELLS));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code line} could be a table's delimiter row: after the {@code >} and white space of
   * the blocks around it, only pipes, hyphens, colons and white space. Looser than GFM's rule, so
   * that no real delimiter row is missed.
   */
  private static boolean couldBeDelimiterRow(String line) {
    int start = 0;
    while (start < line.length()
        && (line.charAt(start) == '>' || line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
      start++;
    }
    boolean marks = false;
    for (int c = start; c < line.length(); c++) {
      char ch = line.charAt(c);
      if (ch == '|' || ch == '-' || ch == ':') {
        marks = true;
      } else if (ch != ' ' && ch != '\t') {
        return false;
      }
    }
    return marks;
  }

  /**
   * The most cells GFM can split a header line into: one more than its pipes, less a pipe that
   * opens the line and one that ends it. Escaped pipes count as separators, so this is never less
   * than the parser's count.
   */
  private static long mostCells(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    long pipes = 0;
    for (int c = start; c < end; c++) {
      pipes += line.charAt(c) == '|' ? 1 : 0;
    }
    long cells = pipes + 1;
    if (end - start > 0 && line.charAt(start) == '|') {
      cells--;
    }
    if (end - start > 1 && line.charAt(end - 1) == '|' && line.charAt(end - 2) != '\\') {
      cells--;
    }
    return Math.max(cells, 1);
  }

  /**
   * Whether commonmark could take {@code line} for blank. Only spaces and tabs: a line commonmark
   * finds blank and this scan does not only makes the scan's bounds larger.
   */
  private static boolean isBlank(String line) {
    for (int c = 0; c < line.length(); c++) {
      if (line.charAt(c) != ' ' && line.charAt(c) != '\t') {
        return false;
      }
    }
    return true;
  }
}
