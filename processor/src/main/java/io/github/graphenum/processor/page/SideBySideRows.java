package io.github.graphenum.processor.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts back together the table rows of a side-by-side page that a line break inside a translated
 * span cut in two, before the markdown is parsed.
 *
 * <p>Translators' tools sometimes leave a line break inside the translated span of a cell:
 *
 * <pre>
 * |&lt;span data-ttu-id="x-112"&gt;
 * not&lt;/span&gt;&lt;span class="sxs-lookup"&gt;&lt;span data-stu-id="x-112"&gt;not&lt;/span&gt;&lt;/span&gt;|...
 * </pre>
 *
 * A GFM table row is one line, so a parser would see two rows; the author wrote one. A table row
 * whose line ends inside a translated span is joined with the lines that follow until the span
 * closes: never across a blank line, which no span crosses, nor into a line that starts a row of
 * its own, nor past a few lines (a span left open on a damaged page stays in its row, whose
 * translated text the English reading drops anyway). The translated text is removed later anyway
 * ({@link EnglishText}); the English reading is the row the author wrote. Each line of the result
 * keeps the page line it started on, so diagnostics still name the page's lines.
 */
final class SideBySideRows {
  /**
   * Markdown with its rows rejoined.
   *
   * @param markdown the text to parse
   * @param pageLines for each line of {@code markdown} (0-based), the 1-based line of the text
   *     given where it starts
   */
  record Rejoined(String markdown, List<Integer> pageLines) {
    Rejoined {
      pageLines = List.copyOf(pageLines);
    }

    /**
     * The line of the text given where the 1-based line {@code line} of {@link #markdown} starts.
     */
    int pageLine(int line) {
      return line >= 1 && line <= pageLines.size() ? pageLines.get(line - 1) : line;
    }
  }

  private SideBySideRows() {}

  /**
   * Rejoins the cut rows of {@code markdown}; text without translated spans comes back as it is.
   */
  static Rejoined rejoin(String markdown) {
    List<String> lines = markdown.lines().toList();
    StringBuilder out = new StringBuilder(markdown.length());
    List<Integer> pageLines = new ArrayList<>(lines.size());
    boolean sideBySide = markdown.contains("data-ttu-id");
    for (int i = 0; i < lines.size(); i++) {
      pageLines.add(i + 1);
      StringBuilder row = new StringBuilder(lines.get(i));
      if (sideBySide && lines.get(i).stripLeading().startsWith("|")) {
        int translatedOpen = translatedSpansOpenAfter(lines.get(i), 0);
        int joined = 0;
        while (translatedOpen > 0
            && i + 1 < lines.size()
            && continues(lines.get(i + 1))
            && joined++ < MAX_JOINED_LINES) {
          i++;
          row.append(' ').append(lines.get(i));
          translatedOpen = translatedSpansOpenAfter(lines.get(i), translatedOpen);
        }
      }
      out.append(row).append('\n');
    }
    return new Rejoined(out.toString(), pageLines);
  }

  /**
   * The most lines joined to one row: a line break in a translated span cuts a row in two, rarely
   * in more; a span left open (a damaged page) must not swallow the rest of the table.
   */
  private static final int MAX_JOINED_LINES = 8;

  /**
   * Whether {@code line} may continue a row cut inside a translated span: it is not blank (no span
   * crosses a blank line) and does not start a row of its own.
   */
  private static boolean continues(String line) {
    return !line.isBlank() && !line.stripLeading().startsWith("|");
  }

  /** The longest opening tag read: a longer one is no span of a translation tool. */
  private static final int MAX_TAG_CHARS = 200;

  /**
   * The tag that starts at {@code at}, up to its {@code >} or {@link #MAX_TAG_CHARS}: its {@code >}
   * is looked for within that many chars only, so that each tag of a line costs at most that (a
   * search to the end of the line made a 4 MiB row of {@code <span} take a minute).
   */
  private static String tag(String line, int at) {
    int limit = Math.min(line.length(), at + MAX_TAG_CHARS);
    int end = at;
    while (end < limit && line.charAt(end) != '>') {
      end++;
    }
    return line.substring(at, end);
  }

  /**
   * How many spans are open at the end of {@code line}, counted from the first translated span open
   * at its start ({@code open} spans are open there, the outermost a translated one); 0 when no
   * translated span is open.
   */
  private static int translatedSpansOpenAfter(String line, int open) {
    String lower = line.toLowerCase(Locale.ROOT);
    int depth = open;
    for (int at = lower.indexOf("<", 0); at >= 0; at = lower.indexOf("<", at + 1)) {
      if (lower.startsWith("</span", at)) {
        depth = Math.max(0, depth - 1);
      } else if (lower.startsWith("<span", at)) {
        boolean translated = tag(lower, at).contains("data-ttu-id");
        depth = depth > 0 || translated ? depth + 1 : 0;
      }
    }
    return depth;
  }
}
