package io.github.graphenum.processor.render.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
    assertEquals(
        "a b", JavaText.javadoc("a\u0085b"), "a C1 control is no character javadoc accepts");
    assertEquals("&#65533;", JavaText.javadoc("\uD800"));
    assertEquals(
        "&#65533; &#65533;", JavaText.javadoc("\u0378 \uFFFF"), "unassigned and noncharacters");
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

  /**
   * javac reads every literal back as its text. A backslash after a lone high surrogate is the case
   * javac misreads when it is doubled (found by HostileTablesTest).
   */
  @Test
  void javacReadsEveryStringLiteralBackExactly() throws Exception {
    char high = '\uD9C9';
    List<String> texts =
        List.of(
            high + "\\u0041",
            high + "\\\\u0041",
            high + "\\\u00e9",
            high + "\\",
            "\uDE00\\u0041",
            "\uD83D\uDE00\\u0041",
            "\\u002a/",
            "*/",
            "\u0000\u007f\r\n\t\"",
            "caf\u00e9 \\");
    String source =
        texts.stream()
            .map(JavaText::stringLiteral)
            .collect(
                Collectors.joining(
                    ",\n",
                    "package literals;\n"
                        + "public class Texts {\n"
                        + "  public static final String[] TEXTS = {\n",
                    "};\n}\n"));
    InMemoryJavac.Result compiled =
        InMemoryJavac.compile(
            List.of(InMemoryJavac.source("literals.Texts", source)),
            List.of("-proc:none", "-Xlint:all", "-Werror"),
            List.of());
    assertTrue(compiled.success(), () -> compiled.diagnostics() + "\n" + source);
    Object read =
        new GeneratedClasses(compiled.classes()).type("literals.Texts").getField("TEXTS").get(null);
    assertEquals(texts, Arrays.asList((String[]) read));
  }
}
