package io.github.graphenum.processor.model;

import static io.github.graphenum.processor.testing.LocalizedPages.COLOR;
import static io.github.graphenum.processor.testing.LocalizedPages.DARK_BLUE;
import static io.github.graphenum.processor.testing.LocalizedPages.GREEN;
import static io.github.graphenum.processor.testing.LocalizedPages.RED;
import static io.github.graphenum.processor.testing.LocalizedPages.YELLOW;
import static io.github.graphenum.processor.testing.LocalizedPages.sideBySide;
import static io.github.graphenum.processor.testing.LocalizedPages.sxs;
import static io.github.graphenum.processor.testing.LocalizedPages.sxsRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.page.LocalizedPage;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.page.PageReaderTest;
import io.github.graphenum.processor.page.TranslatedDescriptions;
import io.github.graphenum.processor.render.TranslationBundles;
import io.github.graphenum.processor.spec.EnumSpec;
import io.github.graphenum.processor.testing.EnumSpecs;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translations without a compiler: the translated reading of a localized page ({@link
 * PageReader#readLocalized}, {@link TranslatedDescriptions}), the pairing of its rows with the
 * English members ({@link Translations}), and the bundles' text ({@link TranslationBundles}).
 */
class TranslationsTest {
  @TempDir Path folder;

  private final PageReader reader = new PageReader();

  private Path write(String name, String markdown) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, markdown);
    return file;
  }

  private LocalizedPage readLocalized(String markdown) throws IOException {
    return reader.readLocalized("color.md", write("localized.md", markdown)).value();
  }

  private DocumentedEnum english() {
    EnumSpec spec =
        EnumSpecs.onPage("color.md")
            .name("color")
            .fallbackName("color")
            .inPackage("com.example")
            .build();
    return DocumentedEnums.select(spec, reader.parse("color.md", COLOR, 1)).value();
  }

  private Outcome<Translation> pair(String localized) throws IOException {
    return Translations.pair(english(), "pt-BR", "pt/color.md", readLocalized(localized));
  }

  private static List<String> rendered(Outcome<?> outcome) {
    return outcome.diagnostics().stream().map(Diagnostic::render).toList();
  }

  @Test
  void theSeedsTranslatedReadingIsItsVisibleText() {
    LocalizedPage seed = reader.readLocalized("seed.md", PageReaderTest.SEED).value();
    Page.Section section = seed.page().sections().get(0);
    List<String> translated =
        section.table().rows().stream()
            .map(row -> row.member() + ": " + seed.translatedDescriptions().get(row.line()))
            .toList();
    assertEquals(
        List.of(
            "none: Status padrão.",
            "inProgress: Última sincronização em andamento.",
            "completed: Última sincronização concluída com êxito.",
            "failed: Falha na última sincronização."),
        translated,
        "paired by the English names of the English spans, never by nenhuma or falhou");
  }

  @Test
  void theEnglishReadingOfALocalizedPageIsThePageAsReadAlone() {
    assertEquals(
        reader.read("seed.md", PageReaderTest.SEED).value(),
        reader.readLocalized("seed.md", PageReaderTest.SEED).value().page());
  }

  @Test
  void inlineMarkupBecomesPlainTextAndCutRowsAreRejoined() throws IOException {
    LocalizedPage page =
        readLocalized(
            sideBySide(
                sxsRow(
                        "red",
                        "vermelho",
                        "0",
                        "A cor `red`, [veja](https://example.com) **isto**.",
                        "The color `red`.")
                    + "|"
                    + sxs("azul", "darkBlue")
                    + "|1|<span data-ttu-id=\"y\">Azul\n"
                    + "escuro.</span><span class=\"sxs-lookup\"><span data-stu-id=\"y\">Dark"
                    + " blue.</span></span>|\n"));
    List<MemberTable.Row> rows = page.page().sections().get(0).table().rows();
    assertEquals(List.of("red", "darkBlue"), rows.stream().map(MemberTable.Row::member).toList());
    assertEquals("A cor red, veja isto.", page.translatedDescriptions().get(rows.get(0).line()));
    assertEquals(
        "Azul escuro.",
        page.translatedDescriptions().get(rows.get(1).line()),
        "a row cut inside its translated span");
  }

  /**
   * The tool puts each sentence in spans of its own, with the space between them outside every
   * span: both readings keep that space (they read {@code blue.Not} and {@code escuro.Não} without
   * it).
   */
  @Test
  void sentencesInSpansOfTheirOwnKeepTheSpaceBetweenThem() throws IOException {
    LocalizedPage page =
        readLocalized(
            sideBySide(
                "|"
                    + sxs("azulEscuro", "darkBlue")
                    + "|1|"
                    + sxs("Azul escuro.", "Dark blue.")
                    + " "
                    + sxs("Não marinho.", "Not navy.")
                    + "|\n"));
    MemberTable.Row row = page.page().sections().get(0).table().rows().get(0);
    assertEquals("Dark blue. Not navy.", row.description().text());
    assertEquals("Azul escuro. Não marinho.", page.translatedDescriptions().get(row.line()));
  }

  @Test
  void aSideBySidePageTranslatesEveryMemberByItsEnglishName() throws IOException {
    Outcome<Translation> paired = pair(sideBySide(DARK_BLUE, RED, GREEN));
    assertEquals(List.of(), rendered(paired));
    assertEquals(
        Map.of("red", "Vermelho.", "darkBlue", "Azul escuro.", "green", "Verde."),
        paired.value().descriptions());
  }

  @Test
  void aMachineTranslatedPagePairsOnlyTheNamesItLeftInEnglish() throws IOException {
    Outcome<Translation> paired =
        pair(
            """
            # color enum type

            | Membro | Valor | Descrição |
            |---|---|---|
            | vermelho | 0 | A cor vermelha. |
            | darkBlue | 1 | Azul **escuro**. |
            | green | 2 | Verde. |
            """);
    assertEquals(
        Map.of("darkBlue", "Azul escuro.", "green", "Verde."), paired.value().descriptions());
    assertEquals(
        List.of(
            "color.md:5: the pt-BR page pt/color.md:3 translates member names of color (vermelho"
                + " for red): those members keep their English descriptions"),
        rendered(paired));
    assertEquals(javax.tools.Diagnostic.Kind.NOTE, paired.diagnostics().get(0).kind());
  }

  @Test
  void aPageOfOtherMembersIsANoteNamingBothFilesAndServesTheMembersItShares() throws IOException {
    Outcome<Translation> paired = pair(sideBySide(RED, YELLOW));
    assertEquals(Map.of("red", "Vermelho."), paired.value().descriptions());
    assertEquals(
        List.of(
            "color.md:5: the pt-BR page pt/color.md:3 documents other members of color than this"
                + " page: only there: yellow; only here: darkBlue, green; it is not used for the"
                + " members it does not have"),
        rendered(paired));
    assertEquals(
        javax.tools.Diagnostic.Kind.NOTE,
        paired.diagnostics().get(0).kind(),
        "a documented rule settles it");
  }

  @Test
  void aPageWithoutTheEnumOrWithoutDescriptionsTranslatesNothingWithANote() throws IOException {
    Outcome<Translation> otherEnum =
        pair("# size enum type\n\n| Member | Description |\n|---|---|\n| red | Vermelho. |\n");
    assertEquals(Map.of(), otherEnum.value().descriptions());
    assertEquals(
        List.of(
            "color.md: the pt-BR page pt/color.md translates no description of color (it has no"
                + " members table of color); its descriptions stay English"),
        rendered(otherEnum));

    Outcome<Translation> undescribed =
        pair(
            "# color enum type\n\n"
                + "| Member | Value |\n"
                + "|---|---|\n"
                + "| red | 0 |\n"
                + "| darkBlue | 1 |\n"
                + "| green | 2 |\n");
    assertEquals(Map.of(), undescribed.value().descriptions());
    assertEquals(
        List.of(
            "color.md: the pt-BR page pt/color.md:3 translates no description of color (its members"
                + " table has no descriptions); its descriptions stay English"),
        rendered(undescribed));
  }

  @Test
  void aTranslatedHeadingStandsForThePagesOnlyEnum() throws IOException {
    Outcome<Translation> paired =
        pair(
            "# Tipo de enumeração de cor\n\n"
                + "| Membro | Descrição |\n"
                + "|---|---|\n"
                + "| red | Vermelho. |\n");
    assertEquals(Map.of("red", "Vermelho."), paired.value().descriptions());
  }

  @Test
  void bundlesAreAsciiThatPropertiesReadsBackExactly() throws IOException {
    String key = "a b=c:d#e!f\\g";
    String value = " Última \u20ac\uD83D\uDE00 = : # ! \\u0041 \t\n\r\u0000 end ";
    String line =
        TranslationBundles.escaped(key, true) + "=" + TranslationBundles.escaped(value, false);
    assertTrue(line.chars().allMatch(c -> c >= 0x20 && c <= 0x7E), line);
    Properties read = new Properties();
    read.load(new StringReader(line));
    assertEquals(Map.of(key, value), Map.copyOf(read));
  }

  @Test
  void oneBundlePerLanguageNamedAsResourceBundleLooksItUp() {
    ValidatedEnum.Constant red =
        new ValidatedEnum.Constant("RED", "red", 0, new Description("Red.", "Red."));
    ValidatedEnum.Constant blue =
        new ValidatedEnum.Constant("BLUE", "blue", 1, new Description("Blue.", "Blue."));
    ValidatedEnum model =
        new ValidatedEnum(
            new EnumIdentity("com.example", "Color", "color", null),
            new Origin("the page", "color.md"),
            Description.EMPTY,
            true,
            false,
            null,
            List.of(red, blue),
            List.of(
                new Translation("pt-BR", Map.of("blue", "Azul."), List.of()),
                new Translation("zh-Hant-TW", Map.of("red", "紅色。"), List.of()),
                // every fr translation stale: no bundle, the enum serves English
                new Translation("fr", Map.of(), List.of("red"))));
    assertEquals(
        List.of(
            new TranslationBundles.Bundle(
                "ColorDescriptions_pt_BR.properties",
                "# pt-BR descriptions of the members of com.example.Color,\n"
                    + "# from Microsoft's machine translation of the Graph docs; generated by"
                    + " graphenum.\n"
                    + "blue=Azul.\n"),
            new TranslationBundles.Bundle(
                "ColorDescriptions_zh_Hant_TW.properties",
                "# zh-Hant-TW descriptions of the members of com.example.Color,\n"
                    + "# from Microsoft's machine translation of the Graph docs; generated by"
                    + " graphenum.\n"
                    + "red=\\u7d05\\u8272\\u3002\n")),
        TranslationBundles.render(model));
    assertEquals("com.example.ColorDescriptions", TranslationBundles.baseName(model));
  }
}
