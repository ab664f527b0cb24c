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

  public boolean isEmpty() {
    return text.isEmpty();
  }
}
