package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.render.EnumRenderer;
import io.github.graphenum.processor.testing.EnumModels;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.Renderers;
import io.github.graphenum.processor.validation.EnumValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links of descriptions, as the generated Javadoc holds them: each one a destination that
 * {@code java.net.URI} reads (doclint checks every {@code href} with it) and no attribute but
 * {@code href}, so that the generated enum passes {@code javadoc -Xdoclint:all}.
 */
class DescriptionLinksTest {
  private static final EnumRenderer RENDERER = Renderers.PLAIN;

  /**
   * Link markdown of a table cell, and the {@code <a>} the Javadoc gets: the characters that {@code
   * URI} refuses percent-encoded, a title dropped, a link that cannot be one as its text.
   */
  private static final List<List<String>> LINKS =
      List.of(
          List.of(
              "[braces](https://example.com/a{b}c)",
              "<a href=\"https://example.com/a%7Bb%7Dc\">braces</a>"),
          List.of(
              "[caret](https://example.com/a^b)",
              "<a href=\"https://example.com/a%5Eb\">caret</a>"),
          List.of(
              "[pipe](https://example.com/a\\|b)",
              "<a href=\"https://example.com/a%7Cb\">pipe</a>"),
          List.of(
              "[backquote](https://example.com/a`b)",
              "<a href=\"https://example.com/a%60b\">backquote</a>"),
          List.of(
              "[bad escape](https://example.com/a%zz%41)",
              "<a href=\"https://example.com/a%25zz%41\">bad escape</a>"),
          List.of(
              "[space](<https://example.com/a b>)",
              "<a href=\"https://example.com/a%20b\">space</a>"),
          List.of(
              "[two fragments](https://example.com/a#b#c)",
              "<a href=\"https://example.com/a#b%23c\">two fragments</a>"),
          List.of(
              "[titled](https://example.com/a \"The title\")",
              "<a href=\"https://example.com/a\">titled</a>"),
          List.of(
              "[accent](https://example.com/caf\u00e9)",
              "<a href=\"https://example.com/caf%C3%A9\">accent</a>"),
          List.of(
              "[at and fragment](https://example.com/@user#top)",
              "<a href=\"https://example.com/%40user#top\">at and fragment</a>"),
          List.of(
              "[mail](mailto:someone@example.com)",
              "<a href=\"mailto:someone&#64;example.com\">mail</a>"),
          List.of(
              "[comment end](https://example.com/*/x)",
              "<a href=\"https://example.com/%2A/x\">comment end</a>"),
          List.of(
              "[brackets and quotes](https://example.com/a[\"<b>\"])",
              "<a href=\"https://example.com/a%5B%22%3Cb%3E%22%5D\">brackets and quotes</a>"),
          List.of(
              "<https://example.com/auto{link}>",
              "<a href=\"https://example.com/auto%7Blink%7D\">https://example.com/auto{link}</a>"),
          List.of("[no host](https://)", "no host"));

  @TempDir Path javadocOut;

  @Test
  void everyLinkOfADescriptionPassesDoclint() {
    StringBuilder page =
        new StringBuilder(
            "# color enum type\n\n"
                + "See [the docs](https://example.com/docs?a=1&b={2} \"Docs\").\n\n"
                + "|Member|Value|Description|\n"
                + "|-|-|-|\n");
    for (int i = 0; i < LINKS.size(); i++) {
      page.append("|m")
          .append(i)
          .append('|')
          .append(i)
          .append("|Link: ")
          .append(LINKS.get(i).get(0))
          .append(".|\n");
    }
    Page.Section section = new PageReader().parse("page.md", page.toString(), 1).sections().get(0);
    DocumentedEnum documented =
        EnumModels.documented(
            EnumModels.COLOR, EnumModels.onPage("page.md", section), EnumModels.NO_CHOICES);
    String source =
        RENDERER.render(EnumValidator.validate(documented).value(), null).get(0).toString();

    List<Diagnostic<? extends JavaFileObject>> doclint =
        InMemoryJavac.javadoc(Map.of("com.example.Color", source), javadocOut);
    assertEquals(
        List.of(),
        doclint.stream()
            .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
            .toList(),
        source);
    assertTrue(
        source.contains("See <a href=\"https://example.com/docs?a=1&amp;b=%7B2%7D\">the docs</a>."),
        source);
    for (List<String> link : LINKS) {
      assertTrue(
          source.contains("Link: " + link.get(1) + "."),
          () -> link.get(0) + " gives " + link.get(1) + ":\n" + source);
    }
  }
}
