package io.github.graphenum.processor.model;

import static io.github.graphenum.processor.testing.LocalizedPages.COLOR;
import static io.github.graphenum.processor.testing.LocalizedPages.DARK_BLUE;
import static io.github.graphenum.processor.testing.LocalizedPages.GREEN;
import static io.github.graphenum.processor.testing.LocalizedPages.RED;
import static io.github.graphenum.processor.testing.LocalizedPages.sideBySide;
import static io.github.graphenum.processor.testing.LocalizedPages.sxs;
import static io.github.graphenum.processor.testing.LocalizedPages.sxsRow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.LocalizedPage;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.spec.EnumSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stale translations without a compiler: a side-by-side row whose English text is not the English
 * page's description of its member is not served ({@link Translations}), and what differs only in
 * what graphenum does not serve (white space, markup, invisible characters) is no difference.
 */
class StaleTranslationsTest {
  @TempDir Path folder;

  private final PageReader reader = new PageReader();

  private LocalizedPage readLocalized(String markdown) throws IOException {
    Path file = folder.resolve("localized.md");
    Files.writeString(file, markdown);
    return reader.readLocalized("color.md", file).value();
  }

  /** The enum {@code color} of {@code englishPage}. */
  private DocumentedEnum english(String englishPage) {
    EnumSpec spec =
        new EnumSpec(
            null,
            null,
            new EnumSpec.DocPage("color.md", null),
            "color",
            "color",
            "",
            List.of(),
            false,
            "com.example");
    return DocumentedEnums.select(spec, reader.parse("color.md", englishPage, 1)).value();
  }

  private Outcome<Translation> pair(String englishPage, String localized) throws IOException {
    return Translations.pair(
        english(englishPage), "pt-BR", "pt/color.md", readLocalized(localized));
  }

  private static List<String> rendered(Outcome<?> outcome) {
    return outcome.diagnostics().stream().map(Diagnostic::render).toList();
  }

  @Test
  void aRowWhoseEnglishTextDiffersByOneWordIsStaleAndKeepsEnglish() throws IOException {
    Outcome<Translation> paired =
        pair(
            COLOR,
            sideBySide(
                RED,
                sxsRow("darkBlue", "azulEscuro", "1", "Azul escuro.", "Deep **blue**."),
                GREEN));
    assertEquals(Map.of("red", "Vermelho.", "green", "Verde."), paired.value().descriptions());
    assertEquals(List.of("darkBlue"), paired.value().stale());
    assertEquals(
        List.of(
            "color.md:5: the pt-BR page pt/color.md:3 translates other English text than this"
                + " page's for members of color, whose translations are stale: darkBlue (line 6);"
                + " those members keep their English descriptions"),
        rendered(paired));
    assertEquals(javax.tools.Diagnostic.Kind.NOTE, paired.diagnostics().get(0).kind());
  }

  @Test
  void aRowIdenticalButForWhiteSpaceIsNotStale() throws IOException {
    String spaced =
        "|"
            + sxs("azulEscuro", "darkBlue")
            + "|1|<span data-ttu-id=\"y\">Azul\n"
            + "escuro.</span><span class=\"sxs-lookup\"><span data-stu-id=\"y\">  Dark \t"
            + "  **blue**. </span></span>|\n";
    Outcome<Translation> paired = pair(COLOR, sideBySide(RED, spaced, GREEN));
    assertEquals(List.of(), rendered(paired));
    assertEquals(List.of(), paired.value().stale());
    assertEquals(
        Map.of("red", "Vermelho.", "darkBlue", "Azul escuro.", "green", "Verde."),
        paired.value().descriptions());
  }

  @Test
  void markupAndInvisibleCharactersAreNoDifference() throws IOException {
    String english =
        COLOR
            .replace("Dark **blue**.", "Dark [blue](https://example.com/blue).")
            .replace("Green.", "Green\u200B.")
            .replace("The color `red`.", "The color \u200B red.");
    Outcome<Translation> paired =
        pair(
            english,
            sideBySide(
                RED,
                sxsRow("darkBlue", "azulEscuro", "1", "Azul escuro.", "*Dark* `blue`."),
                GREEN));
    assertEquals(List.of(), rendered(paired));
    assertEquals(List.of(), paired.value().stale());
  }

  /**
   * The tool puts each sentence in spans of its own, with the space between them outside every span
   * ({@code TranslationsTest} reads it): the English text compares as the sentences it is.
   */
  @Test
  void sentencesInSpansOfTheirOwnCompareAsTheTextTheyAre() throws IOException {
    String twoSentences =
        "|"
            + sxs("azulEscuro", "darkBlue")
            + "|1|"
            + sxs("Azul escuro.", "Dark blue.")
            + " "
            + sxs("Não marinho.", "Not navy.")
            + "|\n";
    Outcome<Translation> paired =
        pair(
            COLOR.replace("Dark **blue**.", "Dark blue. Not navy."),
            sideBySide(RED, twoSentences, GREEN));
    assertEquals(List.of(), paired.value().stale());
    assertEquals("Azul escuro. Não marinho.", paired.value().descriptions().get("darkBlue"));
  }

  @Test
  void aPageWhoseEveryTranslationIsStaleTranslatesNothingAndSaysWhy() throws IOException {
    Outcome<Translation> paired =
        pair(
            COLOR,
            sideBySide(
                sxsRow("red", "vermelho", "0", "Vermelho.", "Red."),
                sxsRow("darkBlue", "azulEscuro", "1", "Azul escuro.", "Navy."),
                sxsRow("green", "verde", "2", "Verde.", "Lime.")));
    assertEquals(Map.of(), paired.value().descriptions());
    assertEquals(List.of("red", "darkBlue", "green"), paired.value().stale());
    assertEquals(
        List.of(
            "color.md:5: the pt-BR page pt/color.md:3 translates other English text than this"
                + " page's for members of color, whose translations are stale: red (line 5),"
                + " darkBlue (line 6), green (line 7); those members keep their English"
                + " descriptions"),
        rendered(paired),
        "the page has descriptions: the stale note says why none is served");
  }

  @Test
  void aPageWithoutEnglishSpansHasNoSourceToCompareAndIsNeverStale() throws IOException {
    Outcome<Translation> paired =
        pair(
            COLOR,
            """
            # color enum type

            | Member | Value | Description |
            |---|---|---|
            | red | 0 | A cor vermelha. |
            | darkBlue | 1 | Azul escuro. |
            | green | 2 | Verde. |
            """);
    assertEquals(List.of(), paired.value().stale());
    assertEquals(3, paired.value().descriptions().size());
  }

  @Test
  void aMemberTheEnglishPageLeavesUndescribedHasNoCurrentTextToTranslate() throws IOException {
    Outcome<Translation> paired =
        pair(
            COLOR.replace("| green | 2 | Green. |", "| green | 2 | |"),
            sideBySide(RED, DARK_BLUE, GREEN));
    assertEquals(List.of("green"), paired.value().stale());
    assertEquals(
        Map.of("red", "Vermelho.", "darkBlue", "Azul escuro."), paired.value().descriptions());
  }
}
