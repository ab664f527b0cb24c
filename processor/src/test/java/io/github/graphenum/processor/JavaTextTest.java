package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Escaping page text for Javadoc and string literals. */
class JavaTextTest {
  @Test
  void javadocNeutralizesCommentEndsTagsAndEscapes() {
    assertEquals("a *&#47; b", JavaText.javadoc("a */ b"));
    assertEquals("&#64;param &#123;", JavaText.javadoc("@param &#123;"));
    assertEquals("&#92;u002a", JavaText.javadoc("\\u002a"));
    assertEquals("caf&#233; &#128512;", JavaText.javadoc("café 😀"));
    assertEquals("a b c", JavaText.javadoc("a\rb\u0000c"));
    assertEquals("a b", JavaText.javadoc("a\u0085b"), "a C1 control is no character javadoc accepts");
    assertEquals("&#65533;", JavaText.javadoc("\uD800"));
    assertEquals("&#65533; &#65533;", JavaText.javadoc("\u0378 \uFFFF"), "unassigned and noncharacters");
  }

  @Test
  void javadocTextEscapesHtml() {
    assertEquals("&lt;/table&gt; &amp; &quot;", JavaText.javadocText("</table> & \""));
  }

  @Test
  void stringLiteralsArePureAsciiAndExact() {
    assertEquals("\"a\\\"b\\\\u0041\"", JavaText.stringLiteral("a\"b\\u0041"));
    assertEquals("\"\\n\\r\\t\\000\\177\"", JavaText.stringLiteral("\n\r\t\u0000\u007f"));
    assertEquals("\"caf\\u00e9\"", JavaText.stringLiteral("café"));
    assertFalse(JavaText.stringLiteral("😀").chars().anyMatch(c -> c > 0x7E));
  }
}
