package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.graphenum.processor.testing.LocalizedPages.COLOR;
import static io.github.graphenum.processor.testing.LocalizedPages.DARK_BLUE;
import static io.github.graphenum.processor.testing.LocalizedPages.GREEN;
import static io.github.graphenum.processor.testing.LocalizedPages.RED;
import static io.github.graphenum.processor.testing.LocalizedPages.YELLOW;
import static io.github.graphenum.processor.testing.LocalizedPages.sideBySide;
import static io.github.graphenum.processor.testing.LocalizedPages.sxsRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Agraphenum.translations} through javac: {@code description(Locale)} of enums built from
 * side-by-side, machine-translated, missing and disagreeing localized pages, called on the compiled
 * class with its bundles; each diagnostic on the right element.
 */
class TranslationProcessorTest {
  private static final JavaFileObject SPEC =
      JavaFileObjects.forSourceLines(
          "test.ColorSpec",
          "package test;",
          "",
          "@io.github.graphenum.GraphEnum(",
          "    doc = \"color.md\")",
          "interface ColorSpec {}");

  @TempDir Path docs;
  @TempDir Path portuguese;

  private static void write(Path root, String name, String markdown) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown);
  }

  private String translations() {
    return "-Agraphenum.translations=pt-BR=" + portuguese;
  }

  private Compilation compile(JavaFileObject spec, String... options) {
    List<String> all = new ArrayList<>(List.of("-Agraphenum.docs=" + docs));
    all.addAll(List.of(options));
    return javac().withProcessors(new GraphEnumProcessor()).withOptions(all).compile(spec);
  }

  /** The generated class {@code name}, compiled and loaded with its bundles. */
  private Class<?> load(String name, JavaFileObject spec, String... options) {
    List<String> all = new ArrayList<>(List.of("-Agraphenum.docs=" + docs));
    all.addAll(List.of(options));
    InMemoryJavac.Result result =
        InMemoryJavac.compile(List.of(spec), all, List.of(new GraphEnumProcessor()));
    assertTrue(result.success(), () -> result.diagnostics().toString());
    return GeneratedClasses.of(result).type(name);
  }

  /** Asserts a diagnostic of {@code kind} containing {@code message} on the spec's annotation. */
  private static void assertOnSpec(Compilation compilation, Diagnostic.Kind kind, String message) {
    CompilationSubject subject = assertThat(compilation);
    (kind == Diagnostic.Kind.NOTE
            ? subject.hadNoteContaining(message)
            : subject.hadWarningContaining(message))
        .inFile(SPEC)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
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
    write(docs, "color.md", COLOR);
    write(
        portuguese,
        "color.md",
        sideBySide(
            sxsRow("red", "vermelho", "0", "A cor `vermelha`.", "The color `red`.")
                + sxsRow("darkBlue", "azulEscuro", "1", "Azul **escuro**.", "Dark **blue**.")
                + sxsRow("green", "verde", "duas", "Verde.", "Green.")));
    Compilation compilation = compile(SPEC, translations());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "pt-BR descriptions from "
                + portuguese
                + ": 1 of the 1 enums generated from pages translated; 3 member descriptions"
                + " translated, 0 fell back to English");
    assertThat(compilation)
        .generatedSourceFile("test.Color")
        .contentsAsUtf8String()
        .contains(
            "The translations are\n     * Microsoft's machine translations of the Graph docs");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "test", "ColorDescriptions_pt_BR.properties")
        .contentsAsUtf8String()
        .contains("red=A cor vermelha.\ndarkBlue=Azul escuro.\ngreen=Verde.\n");

    Class<?> color = load("test.Color", SPEC, translations());
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
    write(docs, "color.md", COLOR);
    write(portuguese, "color.md", sideBySide(RED));
    JavaFileObject spec =
        JavaFileObjects.forSourceLines(
            "test.ColorSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(doc = \"color.md\", className = \"ResourceBundle\",",
            "    rename = {\"red=Locale\", \"darkBlue=List\", \"green=MissingResourceException\"})",
            "interface ColorSpec {}");
    InMemoryJavac.Result processed =
        InMemoryJavac.compile(
            List.of(spec),
            List.of("-proc:only", "-Agraphenum.docs=" + docs, translations()),
            List.of(new GraphEnumProcessor()));
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
    write(docs, "color.md", COLOR);
    write(portuguese, "color.md", sideBySide(RED, DARK_BLUE));
    Path european = portuguese.resolve("pt");
    write(
        european,
        "color.md",
        sideBySide(sxsRow("red", "vermelho", "0", "Encarnado.", "Red."), GREEN));
    Class<?> color =
        load(
            "test.Color",
            SPEC,
            "-Agraphenum.translations=pt=" + european + File.pathSeparator + "pt-BR=" + portuguese);
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

  @Test
  void aMachineTranslatedPageTranslatesTheMembersWhoseNamesItLeftInEnglish() throws Exception {
    write(docs, "color.md", COLOR);
    write(
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
    Compilation compilation = compile(SPEC, translations());
    assertThat(compilation).succeededWithoutWarnings();
    assertOnSpec(
        compilation,
        Diagnostic.Kind.NOTE,
        "color.md:5: the pt-BR page "
            + portuguese.resolve("color.md")
            + ":7 translates member names of color (vermelho for red)");
    assertEquals(
        Map.of("red", "The color red.", "darkBlue", "Azul escuro.", "green", "Verde."),
        descriptions(load("test.Color", SPEC, translations()), "pt-BR"),
        "nenhuma pairs with nothing; a translated value does not matter");
  }

  @Test
  void aMissingPageIsANoteAndTheEnumIsTheOneBuiltWithoutTranslations() throws Exception {
    write(docs, "color.md", COLOR);
    Compilation without = compile(SPEC);
    Compilation compilation = compile(SPEC, translations());
    assertThat(compilation).succeededWithoutWarnings();
    assertOnSpec(
        compilation,
        Diagnostic.Kind.NOTE,
        "color.md: no pt-BR translation of color: there is no "
            + portuguese.resolve("color.md")
            + "; its descriptions stay English");
    assertThat(compilation)
        .hadNoteContaining(
            "0 of the 1 enums generated from pages translated; 0 member descriptions translated, 3"
                + " fell back to English");
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
        Arrays.stream(load("test.Color", SPEC, translations()).getMethods())
            .anyMatch(m -> m.getName().equals("description") && m.getParameterCount() == 1),
        "no description(Locale)");
  }

  @Test
  void aPageOfOtherMembersIsANoteNamingBothFilesAndTranslatesTheMembersItShares() throws Exception {
    write(docs, "color.md", COLOR);
    write(portuguese, "color.md", sideBySide(RED, YELLOW));
    Compilation compilation = compile(SPEC, translations());
    // The localized page serves the members it shares, as documented: a note, not a warning.
    assertThat(compilation).succeededWithoutWarnings();
    assertOnSpec(
        compilation,
        Diagnostic.Kind.NOTE,
        "color.md:5: the pt-BR page "
            + portuguese.resolve("color.md")
            + ":3 documents other members of color than this page:"
            + " only there: yellow; only here: darkBlue, green");
    assertEquals(
        Map.of("red", "Vermelho.", "darkBlue", "Dark blue.", "green", "Green."),
        descriptions(load("test.Color", SPEC, translations()), "pt-BR"));
  }

  @Test
  void anUnreadableLocalizedPageIsAWarningAndTheEnumStillGenerates() throws IOException {
    write(docs, "color.md", COLOR);
    Files.write(portuguese.resolve("color.md"), new byte[] {'#', ' ', (byte) 0xC3, '\n'});
    Compilation compilation = compile(SPEC, translations());
    assertThat(compilation).succeeded();
    assertOnSpec(
        compilation,
        Diagnostic.Kind.WARNING,
        "the pt-BR page "
            + portuguese.resolve("color.md")
            + " cannot be read (page is not valid UTF-8 (first bad byte at offset 2)); the"
            + " descriptions of color stay English");
  }

  @Test
  void everyEnumOfAFolderGetsItsTranslationFromTheOneOption() throws Exception {
    write(docs, "resources/color.md", COLOR);
    write(
        docs,
        "resources/size.md",
        "# size enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|Description|\n"
            + "|-|-|-|\n"
            + "|small|0|Small.|\n");
    write(portuguese, "resources/color.md", sideBySide(RED, DARK_BLUE, GREEN));
    JavaFileObject folder =
        JavaFileObjects.forSourceLines(
            "test.graph.Enums",
            "package test.graph;",
            "@io.github.graphenum.GraphEnums(folder = \"resources\")",
            "interface Enums {}");
    Compilation compilation = compile(folder, translations());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining("resources/size.md: no pt-BR translation of size")
        .inFile(folder)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation)
        .hadNoteContaining(
            "1 of the 2 enums generated from pages translated; 3 member descriptions translated, 1"
                + " fell back to English");
    assertEquals(
        "Azul escuro.",
        descriptions(load("test.graph.Color", folder, translations()), "pt-BR").get("darkBlue"));
  }

  @Test
  void aBadEntryOfTheOptionIsOneErrorForTheBuild() throws IOException {
    write(docs, "color.md", COLOR);
    Path file = docs.resolve("color.md");
    String separator = File.pathSeparator;
    Compilation compilation =
        compile(
            SPEC,
            "-Agraphenum.translations="
                + String.join(
                    separator,
                    "pt-BR",
                    "pt_BR=" + portuguese,
                    "pt-BR-x-mt=" + portuguese,
                    "ru=" + docs.resolve("missing"),
                    "de=" + file,
                    "pt-br=" + portuguese,
                    "pt-BR=" + portuguese));
    assertThat(compilation).failed();
    List<String> errors =
        compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(
        List.of(
            "[graphenum] -Agraphenum.translations: 'pt-BR' is not of the form tag=folder (such as"
                + " pt-BR=/docs/pt-BR; entries joined by '"
                + separator
                + "')",
            "[graphenum] -Agraphenum.translations: 'pt_BR' cannot name a translation (Java reads it"
                + " as 'und'); write the language tag as the docs' folders do, such as pt-BR",
            "[graphenum] -Agraphenum.translations: 'pt-BR-x-mt' cannot name a translation (resource"
                + " bundles ignore its extensions); write the language tag as the docs' folders do,"
                + " such as pt-BR",
            "[graphenum] -Agraphenum.translations: the language pt-BR is given more than once",
            "[graphenum] -Agraphenum.translations: the ru root "
                + docs.resolve("missing")
                + " does not exist",
            "[graphenum] -Agraphenum.translations: the de root " + file + " is not a folder"),
        errors);
    assertTrue(
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .allMatch(d -> d.getSource() == null),
        "on no element");
  }
}
