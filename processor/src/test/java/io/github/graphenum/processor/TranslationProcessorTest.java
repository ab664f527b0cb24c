package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.LocalizedPages.COLOR;
import static io.github.graphenum.processor.testing.LocalizedPages.DARK_BLUE;
import static io.github.graphenum.processor.testing.LocalizedPages.GREEN;
import static io.github.graphenum.processor.testing.LocalizedPages.RED;
import static io.github.graphenum.processor.testing.LocalizedPages.YELLOW;
import static io.github.graphenum.processor.testing.LocalizedPages.sideBySide;
import static io.github.graphenum.processor.testing.LocalizedPages.sxsRow;
import static io.github.graphenum.processor.testing.Specs.GRAPH_ENUM;
import static io.github.graphenum.processor.testing.Specs.GRAPH_ENUMS;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.graphEnums;
import static io.github.graphenum.processor.testing.Specs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Agraphenum.translations} through javac: {@code description(Locale)} of enums built from
 * side-by-side, machine-translated, missing and disagreeing localized pages, called on the compiled
 * class with its bundles; each diagnostic on the right element.
 */
class TranslationProcessorTest {
  private static final JavaFileObject SPEC = graphEnum("ColorSpec").doc("color.md").source();

  @TempDir Path docs;
  @TempDir Path portuguese;

  /** The docs root, and {@code portuguese} as the pt-BR translations. */
  private List<String> translated;

  @BeforeEach
  void options() {
    translated = List.of(Compile.docs(docs), "-Agraphenum.translations=pt-BR=" + portuguese);
  }

  /** Each constant's {@code description(locale)}, by member name. */
  private static Map<String, String> descriptions(Class<?> type, String languageTag)
      throws ReflectiveOperationException {
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (Object constant : type.getEnumConstants()) {
      descriptions.put(
          (String) GeneratedClasses.call(constant, "memberName"),
          (String)
              type.getMethod("description", Locale.class)
                  .invoke(constant, Locale.forLanguageTag(languageTag)));
    }
    return descriptions;
  }

  @Test
  void aSideBySidePageTranslatesEveryMemberForItsLocaleAndItsLanguageOnly() throws Exception {
    page(docs, "color.md", COLOR);
    page(
        portuguese,
        "color.md",
        sideBySide(
            sxsRow("red", "vermelho", "0", "A cor `vermelha`.", "The color `red`.")
                + sxsRow("darkBlue", "azulEscuro", "1", "Azul **escuro**.", "Dark **blue**.")
                + sxsRow("green", "verde", "duas", "Verde.", "Green.")));
    Compilation compilation = compile(translated, SPEC);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
        compilation, Message.TRANSLATIONS_SUMMARY.at("pt-BR", portuguese, 1, 1, 3, 0, 0, 0));
    assertThat(compilation)
        .generatedSourceFile("test.Color")
        .contentsAsUtf8String()
        .contains(
            "The translations are\n     * Microsoft's machine translations of the Graph docs");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "test", "ColorDescriptions_pt_BR.properties")
        .contentsAsUtf8String()
        .contains("red=A cor vermelha.\ndarkBlue=Azul escuro.\ngreen=Verde.\n");

    Class<?> color = Compile.classes(compilation).type("test.Color");
    Map<String, String> brazilian =
        Map.of("red", "A cor vermelha.", "darkBlue", "Azul escuro.", "green", "Verde.");
    Map<String, String> english =
        Map.of("red", "The color red.", "darkBlue", "Dark blue.", "green", "Green.");
    assertEquals(brazilian, descriptions(color, "pt-BR"));
    assertEquals(english, descriptions(color, "pt"), "pt-BR is no translation into pt");
    assertEquals(english, descriptions(color, "pt-PT"));
    assertEquals(english, descriptions(color, "fr-FR"));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("pt-BR"));
      assertEquals(
          english, descriptions(color, "en-US"), "the JVM's default locale is no fallback");
      assertEquals(english, descriptions(color, "pt"));
    } finally {
      Locale.setDefault(before);
    }
  }

  /** Names of the types description(Locale) uses, given to the enum and its constants. */
  @Test
  void namesOfTheTypesTheMethodUsesStillCompileStrictlyAndWork() throws Exception {
    page(docs, "color.md", COLOR);
    page(portuguese, "color.md", sideBySide(RED));
    JavaFileObject spec =
        graphEnum("ColorSpec")
            .doc("color.md")
            .className("ResourceBundle")
            .rename("red=Locale", "darkBlue=List", "green=MissingResourceException")
            .source();
    InMemoryJavac.Result processed = Compile.processOnly(translated, spec);
    InMemoryJavac.Result strict = InMemoryJavac.compileStrictly(processed.sources());
    assertEquals(
        List.of(),
        strict.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList(),
        processed.sources().toString());
    Class<?> type =
        new GeneratedClasses(strict.classes(), processed.resources()).type("test.ResourceBundle");
    assertEquals(
        Map.of("red", "Vermelho.", "darkBlue", "Dark blue.", "green", "Green."),
        descriptions(type, "pt-BR"));
  }

  /** pt-BR, then pt: the usual fallback of resource bundles, across two localized roots. */
  @Test
  void aBundleOfTheLanguageAloneServesEveryCountryOfIt() throws Exception {
    page(docs, "color.md", COLOR);
    page(portuguese, "color.md", sideBySide(RED, DARK_BLUE));
    Path european = portuguese.resolve("pt");
    page(
        european,
        "color.md",
        sideBySide(sxsRow("red", "vermelho", "0", "Encarnado.", "The color `red`."), GREEN));
    Class<?> color =
        Compile.classes(
                compile(
                    List.of(
                        Compile.docs(docs),
                        "-Agraphenum.translations=pt="
                            + european
                            + File.pathSeparator
                            + "pt-BR="
                            + portuguese),
                    SPEC))
            .type("test.Color");
    assertEquals(
        Map.of("red", "Vermelho.", "darkBlue", "Azul escuro.", "green", "Verde."),
        descriptions(color, "pt-BR"),
        "green from pt");
    assertEquals(
        Map.of("red", "Encarnado.", "darkBlue", "Dark blue.", "green", "Verde."),
        descriptions(color, "pt-PT"));
    assertEquals(
        Map.of("red", "Encarnado.", "darkBlue", "Dark blue.", "green", "Verde."),
        descriptions(color, "pt"));
  }

  /**
   * A side-by-side row made from other English text than the page's (one word differs): {@code
   * description(Locale)} serves English for that member, the translation for the others, and a note
   * on the spec names the localized page and the row.
   */
  @Test
  void aStaleTranslationIsNotServedAndANoteNamesItsRow() throws Exception {
    page(docs, "color.md", COLOR);
    page(
        portuguese,
        "color.md",
        sideBySide(
            RED, sxsRow("darkBlue", "azulEscuro", "1", "Azul escuro.", "Deep **blue**."), GREEN));
    Compilation compilation = compile(translated, SPEC);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
            compilation,
            Message.TRANSLATION_STALE.onPage(
                "color.md",
                5,
                "pt-BR",
                portuguese.resolve("color.md") + ":3",
                "color",
                "darkBlue (line 6)"))
        .inFile(SPEC)
        .onLineContaining(GRAPH_ENUM);
    assertReported(
        compilation, Message.TRANSLATIONS_SUMMARY.at("pt-BR", portuguese, 1, 1, 2, 1, 1, 0));
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "test", "ColorDescriptions_pt_BR.properties")
        .contentsAsUtf8String()
        .doesNotContain("darkBlue");

    Class<?> color = Compile.classes(compilation).type("test.Color");
    @SuppressWarnings("deprecation") // Locale.of is Java 19+
    Locale brazil = new Locale("pt", "BR");
    Method description = color.getMethod("description", Locale.class);
    Map<String, Object> constants = new LinkedHashMap<>();
    for (Object constant : color.getEnumConstants()) {
      constants.put((String) GeneratedClasses.call(constant, "memberName"), constant);
    }
    assertEquals("Dark blue.", description.invoke(constants.get("darkBlue"), brazil), "stale");
    assertEquals("Vermelho.", description.invoke(constants.get("red"), brazil), "fresh");
    assertEquals("Verde.", description.invoke(constants.get("green"), brazil), "fresh");
  }

  /** Every translation stale: the enum is the one of a build without translations. */
  @Test
  void anEnumWhoseEveryTranslationIsStaleIsTheEnumBuiltWithoutTranslations() throws Exception {
    page(docs, "color.md", COLOR);
    page(
        portuguese,
        "color.md",
        sideBySide(
            sxsRow("red", "vermelho", "0", "Vermelho.", "Red."),
            sxsRow("darkBlue", "azulEscuro", "1", "Azul escuro.", "Navy.")));
    Compilation without = compile(docs, SPEC);
    Compilation compilation = compile(translated, SPEC);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
        compilation, Message.TRANSLATIONS_SUMMARY.at("pt-BR", portuguese, 0, 1, 0, 3, 2, 0));
    assertEquals(
        without.generatedSourceFile("test.Color").orElseThrow().getCharContent(false).toString(),
        compilation
            .generatedSourceFile("test.Color")
            .orElseThrow()
            .getCharContent(false)
            .toString());
    assertTrue(
        compilation.generatedFiles().stream().noneMatch(f -> f.getName().endsWith(".properties")),
        "no bundle");
  }

  @Test
  void aMachineTranslatedPageTranslatesTheMembersWhoseNamesItLeftInEnglish() throws Exception {
    page(docs, "color.md", COLOR);
    page(
        portuguese,
        "color.md",
        """
        ---
        ms.translationtype: MT
        ms.contentlocale: pt-BR
        ---
        # Tipo de enumeração color

        | Membro | Valor | Descrição |
        |---|---|---|
        | vermelho | 0 | A cor vermelha. |
        | darkBlue | 1 | Azul escuro. |
        | green | duas | Verde. |
        """);
    Compilation compilation = compile(translated, SPEC);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
            compilation,
            Message.TRANSLATION_NAMES_TRANSLATED.onPage(
                "color.md",
                5,
                "pt-BR",
                portuguese.resolve("color.md") + ":7",
                "color",
                "vermelho for red"))
        .inFile(SPEC)
        .onLineContaining(GRAPH_ENUM);
    assertEquals(
        Map.of("red", "The color red.", "darkBlue", "Azul escuro.", "green", "Verde."),
        descriptions(Compile.classes(compilation).type("test.Color"), "pt-BR"),
        "nenhuma pairs with nothing; a translated value does not matter");
  }

  @Test
  void aMissingPageIsANoteAndTheEnumIsTheOneBuiltWithoutTranslations() throws Exception {
    page(docs, "color.md", COLOR);
    Compilation without = compile(docs, SPEC);
    Compilation compilation = compile(translated, SPEC);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
            compilation,
            Message.TRANSLATION_PAGE_MISSING.onPage(
                "color.md", 0, "pt-BR", "color", portuguese.resolve("color.md")))
        .inFile(SPEC)
        .onLineContaining(GRAPH_ENUM);
    assertReported(
        compilation, Message.TRANSLATIONS_SUMMARY.at("pt-BR", portuguese, 0, 1, 0, 3, 0, 0));
    assertEquals(
        without.generatedSourceFile("test.Color").orElseThrow().getCharContent(false).toString(),
        compilation
            .generatedSourceFile("test.Color")
            .orElseThrow()
            .getCharContent(false)
            .toString());
    assertTrue(
        compilation.generatedFiles().stream().noneMatch(f -> f.getName().endsWith(".properties")),
        "no bundle");
    assertFalse(
        Arrays.stream(Compile.classes(compilation).type("test.Color").getMethods())
            .anyMatch(m -> m.getName().equals("description") && m.getParameterCount() == 1),
        "no description(Locale)");
  }

  @Test
  void aPageOfOtherMembersIsANoteNamingBothFilesAndTranslatesTheMembersItShares() throws Exception {
    page(docs, "color.md", COLOR);
    page(portuguese, "color.md", sideBySide(RED, YELLOW));
    Compilation compilation = compile(translated, SPEC);
    // The localized page serves the members it shares, as documented: a note, not a warning.
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
            compilation,
            Message.TRANSLATION_DISAGREES.onPage(
                "color.md",
                5,
                "pt-BR",
                portuguese.resolve("color.md") + ":3",
                "color",
                "yellow",
                "darkBlue, green"))
        .inFile(SPEC)
        .onLineContaining(GRAPH_ENUM);
    assertEquals(
        Map.of("red", "Vermelho.", "darkBlue", "Dark blue.", "green", "Green."),
        descriptions(Compile.classes(compilation).type("test.Color"), "pt-BR"));
  }

  @Test
  void anUnreadableLocalizedPageIsAWarningAndTheEnumStillGenerates() throws IOException {
    page(docs, "color.md", COLOR);
    Files.write(portuguese.resolve("color.md"), new byte[] {'#', ' ', (byte) 0xC3, '\n'});
    Compilation compilation = compile(translated, SPEC);
    assertThat(compilation).succeeded();
    assertReported(
            compilation,
            Message.TRANSLATION_PAGE_UNREADABLE.onPage(
                "color.md",
                0,
                "pt-BR",
                portuguese.resolve("color.md"),
                Message.PAGE_NOT_UTF8.at(2).text(),
                "color"))
        .inFile(SPEC)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void everyEnumOfAFolderGetsItsTranslationFromTheOneOption() throws Exception {
    page(docs, "resources/color.md", COLOR);
    page(
        docs,
        "resources/size.md",
        "# size enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|Description|\n"
            + "|-|-|-|\n"
            + "|small|0|Small.|\n");
    page(portuguese, "resources/color.md", sideBySide(RED, DARK_BLUE, GREEN));
    JavaFileObject folder =
        graphEnums("Enums").inPackage("test.graph").folder("resources").source();
    Compilation compilation = compile(translated, folder);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
            compilation,
            Message.TRANSLATION_PAGE_MISSING.onPage(
                "resources/size.md", 0, "pt-BR", "size", portuguese.resolve("resources/size.md")))
        .inFile(folder)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
        compilation, Message.TRANSLATIONS_SUMMARY.at("pt-BR", portuguese, 1, 2, 3, 1, 0, 0));
    assertEquals(
        "Azul escuro.",
        descriptions(Compile.classes(compilation).type("test.graph.Color"), "pt-BR")
            .get("darkBlue"));
  }

  @Test
  void aBadEntryOfTheOptionIsOneErrorForTheBuild() throws IOException {
    page(docs, "color.md", COLOR);
    Path file = docs.resolve("color.md");
    String separator = File.pathSeparator;
    Compilation compilation =
        compile(
            List.of(
                Compile.docs(docs),
                "-Agraphenum.translations="
                    + String.join(
                        separator,
                        "pt-BR",
                        "pt_BR=" + portuguese,
                        "pt-BR-x-mt=" + portuguese,
                        "ru=" + docs.resolve("missing"),
                        "de=" + file,
                        "pt-br=" + portuguese,
                        "pt-BR=" + portuguese)),
            SPEC);
    assertThat(compilation).failed();
    List<String> errors =
        compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(
        List.of(
                Message.TRANSLATION_ENTRY_INVALID.at("pt-BR", separator),
                Message.TRANSLATION_TAG_INVALID.at("pt_BR", "Java reads it as 'und'"),
                Message.TRANSLATION_TAG_INVALID.at(
                    "pt-BR-x-mt", "resource bundles ignore its extensions"),
                Message.TRANSLATION_TAG_REPEATED.at("pt-BR"),
                Message.TRANSLATION_ROOT_NOT_A_FOLDER.at(
                    "ru", docs.resolve("missing"), "does not exist"),
                Message.TRANSLATION_ROOT_NOT_A_FOLDER.at("de", file, "is not a folder"))
            .stream()
            .map(Compile::text)
            .toList(),
        errors);
    assertTrue(
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .allMatch(d -> d.getSource() == null),
        "on no element");
  }
}
