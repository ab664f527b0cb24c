package io.github.graphenum.processor.page;

/**
 * A description from a page, in the two forms the generated code needs.
 *
 * @param html the markup rendered as HTML, every HTML special character escaped; paragraphs after
 *     the first start with {@code <p>}
 * @param text the plain text, markup removed, whitespace collapsed
 */
public record Description(String html, String text) {
  public static final Description EMPTY = new Description("", "");

  /** The description of the plain {@code text}, its HTML special characters escaped. */
  public static Description ofText(String text) {
    return text.isEmpty() ? EMPTY : new Description(escapeHtml(text), text);
  }

  /** {@code text} with the characters special to HTML ({@code < > & "}) as entities. */
  public static String escapeHtml(String text) {
    StringBuilder html = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }
}
