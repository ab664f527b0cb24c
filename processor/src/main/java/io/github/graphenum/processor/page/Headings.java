package io.github.graphenum.processor.page;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * The headings that name an enum, as the docs write them, in one place: a page's own enum in its
 * title ({@code # deviceType enum type}), each enum of a multi-enum page in a heading below it
 * ({@code ### deviceType values}). A machine-translated heading ("tipo de número
 * deliveryOptimizationGroupIdOptionsType") keeps the name among its words, and its anchor ({@code
 * <a name="deliveryoptimizationgroupidoptionstype-enum-type">}) says which word. A new wording of
 * today's docs is a change to this file alone.
 */
final class Headings {
  /**
   * A heading that names an enum: its words, and the end of its anchor when the words are
   * translated.
   */
  enum Kind {
    /** A page's title, which documents the page's own enum: {@code # x enum type}. */
    TITLE("(\\S+)\\s+enum\\s+type", "-enum-type"),
    /** A section of a multi-enum page: {@code ### x values}. */
    SECTION("(\\S+)\\s+values", "-values");

    private final Pattern words;
    private final String anchorSuffix;

    // Unicode white space, so that a no-break space between the name and "values" (a real page has
    // one) separates words too.
    Kind(String words, String anchorSuffix) {
      this.words =
          Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
      this.anchorSuffix = anchorSuffix;
    }

    /** Whether a heading with {@code words} and {@code anchor} (or {@code null}) reads so. */
    private boolean reads(String words, @Nullable String anchor) {
      return this.words.matcher(words).matches()
          || (anchor != null && anchor.endsWith(anchorSuffix));
    }

    /**
     * The enum name in a heading of this kind: the word before "enum type" or "values", or the word
     * of a translated heading that its anchor spells; {@code null} when neither says.
     */
    @Nullable String enumName(String words, @Nullable String anchor) {
      Matcher matcher = this.words.matcher(words);
      if (matcher.matches()) {
        return matcher.group(1);
      }
      if (anchor != null && anchor.endsWith(anchorSuffix)) {
        String slug = anchor.substring(0, anchor.length() - anchorSuffix.length());
        for (String word : words.split("\\s+", -1)) {
          if (word.equalsIgnoreCase(slug)) {
            return word;
          }
        }
      }
      return null;
    }
  }

  private static final Pattern ANCHOR = Pattern.compile("<a\\s+name\\s*=\\s*\"([^\"]*)\"");

  private Headings() {}

  /**
   * What a heading starts: the page's title, the first heading of level 1, whatever its words (a
   * title that names no enum documents none of its own); a section, a heading below level 1 that
   * reads as one; or {@code null}, a heading of neither kind.
   *
   * @param titleSeen whether the page's title came before
   * @param anchor the heading's {@linkplain #anchorOf anchor}, or {@code null}
   */
  static @Nullable Kind kindOf(
      int level, boolean titleSeen, String words, @Nullable String anchor) {
    if (level == 1 && !titleSeen) {
      return Kind.TITLE;
    }
    return level > 1 && Kind.SECTION.reads(words, anchor) ? Kind.SECTION : null;
  }

  /**
   * The anchor ({@code <a name="...">}) inside {@code heading}, lower-cased, or {@code null}. Read
   * before the page is reduced to its English text, which drops the HTML.
   */
  static @Nullable String anchorOf(Node heading) {
    for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HtmlInline html) {
        Matcher matcher = ANCHOR.matcher(html.getLiteral());
        if (matcher.find()) {
          return matcher.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }
}
