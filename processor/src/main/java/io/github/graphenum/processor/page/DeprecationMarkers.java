package io.github.graphenum.processor.page;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.jspecify.annotations.Nullable;

/**
 * The ways the docs mark a member deprecated, in one place, and the sentence that says why.
 *
 * <p>In the Member cell, after the name: {@code cloudPcUsageCategoryReports (deprecated)} (any
 * case), or {@code name **Deprecated**}; the marker is no part of the member's name, which is sent
 * on the wire without it. At the start of the Description cell: {@code Deprecated.} or {@code
 * Deprecated:} (any case, bold or not), or a bold {@code **Deprecated**}. A description that is
 * only the word, as v1.0 {@code deviceManagementTemplateLifecycleState}'s member {@code deprecated}
 * has ("Deprecated", a lifecycle state named so), marks nothing: the marker needs its punctuation
 * or its bold.
 *
 * <p>Both cells are read after the English reading of a side-by-side page ({@link EnglishText}): a
 * marker, like the name, comes from the English spans, never from the translated text.
 */
final class DeprecationMarkers {
  private DeprecationMarkers() {}

  /** {@code (deprecated)} after a name, any case, at the end of the Member cell's text. */
  private static final Pattern PARENTHESIZED =
      Pattern.compile("\\s*\\(\\s*deprecated\\s*\\)\\s*$", Pattern.CASE_INSENSITIVE);

  /** The word in bold, perhaps with its punctuation inside the bold. */
  private static final Pattern BOLD_WORD =
      Pattern.compile("\\s*deprecated\\s*[.:]?\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * A description's leading marker, as HTML: {@code Deprecated.}, {@code
   * <strong>Deprecated</strong>}.
   */
  private static final Pattern LEADING_HTML =
      Pattern.compile(
          "^(?:<strong>deprecated[.:]?</strong>[.:]?|deprecated[.:])\\s*",
          Pattern.CASE_INSENSITIVE);

  /** A description's leading marker, as plain text (after {@link #LEADING_HTML} matched). */
  private static final Pattern LEADING_TEXT =
      Pattern.compile("^deprecated[.:]?\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * Removes a bold {@code **Deprecated**} from the Member cell {@code cell}.
   *
   * @return whether the cell had one
   */
  static boolean removeBoldMarker(Node cell) {
    // The first child is the name: a cell that is only a bold word names a member so.
    Node first = cell.getFirstChild();
    for (Node child = first == null ? null : first.getNext();
        child != null;
        child = child.getNext()) {
      if (child instanceof StrongEmphasis strong
          && BOLD_WORD.matcher(Descriptions.plainText(strong)).matches()) {
        strong.unlink();
        return true;
      }
    }
    return false;
  }

  /** The member name of the Member cell's {@code text}, without a {@code (deprecated)} after it. */
  static String withoutParenthesized(String text) {
    Matcher marker = PARENTHESIZED.matcher(text);
    return marker.find() && marker.start() > 0 ? text.substring(0, marker.start()) : text;
  }

  /**
   * The deprecation a row states, or {@code null}.
   *
   * @param markedInMemberCell whether the Member cell had a marker
   * @param description the Description cell
   */
  static @Nullable Deprecation of(boolean markedInMemberCell, Description description) {
    Matcher leading = LEADING_HTML.matcher(description.html());
    if (leading.find()) {
      String html = description.html().substring(leading.end());
      String text = LEADING_TEXT.matcher(description.text()).replaceFirst("");
      return Deprecation.onPage(html.isEmpty() ? Description.EMPTY : new Description(html, text));
    }
    return markedInMemberCell ? Deprecation.onPage(sentences(description)) : null;
  }

  /**
   * The sentences of {@code description} from the first that says "deprecat..." to its end (what
   * replaces the member comes after), or {@link Description#EMPTY} when none says it.
   */
  static Description sentences(Description description) {
    int html = sentenceStart(description.html());
    int text = sentenceStart(description.text());
    if (html < 0 || text < 0) {
      return Description.EMPTY;
    }
    return new Description(description.html().substring(html), description.text().substring(text));
  }

  /** Where the sentence saying "deprecat..." starts in {@code prose}, or -1. */
  private static int sentenceStart(String prose) {
    int word = prose.toLowerCase(Locale.ROOT).indexOf("deprecat");
    if (word < 0) {
      return -1;
    }
    int start = 0;
    for (int i = 0; i < word - 1; i++) {
      char c = prose.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(prose.charAt(i + 1))) {
        start = i + 2;
      } else if (c == '\n') {
        start = i + 1;
      }
    }
    if (prose.startsWith("<p>", start)) {
      start += 3;
    }
    while (start < word && Character.isWhitespace(prose.charAt(start))) {
      start++;
    }
    return start;
  }
}
