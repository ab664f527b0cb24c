package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor through javac: every rule and every error, on the right file and line. */
class ProcessorTest {
  private static final String COLOR =
      """
      # color enum type

      Namespace: microsoft.graph

      A color.

      ## Members
      |Member|Value|Description|
      |:---|:---|:---|
      |red|0|Red.|
      |darkBlue|1|Dark blue.|
      """;

  @TempDir Path docs;

  /** The spec the last {@link #compileColor} compiled. */
  private JavaFileObject colorSpec;

  private Path page(String name, String markdown) throws IOException {
    Path file = docs.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown);
    return file;
  }

  /** A spec {@code test.<name>} whose annotation attributes are on lines of their own. */
  private static JavaFileObject spec(String name, String... attributes) {
    StringBuilder source =
        new StringBuilder(
            "package test;\n\nimport io.github.graphenum.GraphEnum;\n\n@GraphEnum(\n");
    source
        .append(String.join(",\n", attributes))
        .append(")\ninterface ")
        .append(name)
        .append(" {}\n");
    return JavaFileObjects.forSourceString("test." + name, source.toString());
  }

  private Compilation compile(JavaFileObject... specs) {
    return javac()
        .withProcessors(new GraphEnumProcessor())
        .withOptions("-Agraphenum.docs=" + docs)
        .compile(specs);
  }

  private Compilation compileColor(String markdown, String... extraAttributes) throws IOException {
    page("color.md", markdown);
    String[] attributes = new String[extraAttributes.length + 1];
    attributes[0] = "    doc = \"color.md\"";
    System.arraycopy(extraAttributes, 0, attributes, 1, extraAttributes.length);
    colorSpec = spec("ColorSpec", attributes);
    return compile(colorSpec);
  }

  /** Asserts an error containing {@code message}, reported on the color spec's annotation. */
  private void assertColorError(Compilation compilation, String message) {
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(colorSpec)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void generatesTheEnumInTheSpecsPackage() throws IOException {
    Compilation compilation = compileColor(COLOR);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Color")
        .contentsAsUtf8String()
        .contains("DARK_BLUE(\"darkBlue\", 1, \"Dark blue.\")");
  }

  @Test
  void classNameAndRenameChooseTheJavaNames() throws IOException {
    Compilation compilation =
        compileColor(COLOR, "    className = \"Shade\"", "    rename = {\"darkBlue = NAVY\"}");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Shade")
        .contentsAsUtf8String()
        .contains("NAVY(\"darkBlue\", 1,");
  }

  @Test
  void missingDocListsThePlacesTried() {
    JavaFileObject spec =
        spec("MissingSpec", "    name = \"x\"", "    doc = \"nowhere/missing.md\"");
    assertThat(compile(spec))
        .hadErrorContaining(
            "doc page nowhere/missing.md not found; tried: " + docs.resolve("nowhere/missing.md"))
        .inFile(spec)
        .onLineContaining("doc = \"nowhere/missing.md\"");
  }

  @Test
  void aMisspelledDocNamesTheClosestPagesAndABadlyWrittenOneSaysHowToWriteIt() throws IOException {
    page("api/resources/iosupdatesinstallstatus.md", COLOR);
    JavaFileObject typo = spec("TypoSpec", "    doc = \"api/resources/iosupdateinstallstatus.md\"");
    assertThat(compile(typo))
        .hadErrorContaining(
            "; in " + docs.resolve("api/resources") + " the closest are iosupdatesinstallstatus.md")
        .inFile(typo)
        .onLineContaining("doc = ");
    assertThat(
            compile(spec("SlashSpec", "    doc = \"/api/resources/iosupdatesinstallstatus.md\"")))
        .hadErrorContaining("doc is relative to a docs root: drop the leading /");
    assertThat(
            compile(
                spec(
                    "BackslashSpec",
                    "    doc = \"api\\\\resources\\\\iosupdatesinstallstatus.md\"")))
        .hadErrorContaining("doc separates folders with /, not \\");
  }

  @Test
  void docOutsideTheRootsIsAnError() throws IOException {
    Files.writeString(docs.getParent().resolve("secret.md"), COLOR);
    JavaFileObject spec = spec("OutsideSpec", "    doc = \"../secret.md\"");
    assertThat(compile(spec))
        .hadErrorContaining("doc page ../secret.md resolves outside every docs root")
        .inFile(spec)
        .onLineContaining("doc = \"../secret.md\"");
  }

  @Test
  void withoutDocsRootTheErrorSaysWhatToSet() {
    JavaFileObject spec = spec("NoRootSpec", "    doc = \"color.md\"");
    assertThat(javac().withProcessors(new GraphEnumProcessor()).compile(spec))
        .hadErrorContaining(
            "doc page color.md not found; tried: nowhere; -Agraphenum.docs is not set (the docs"
                + " roots); the spec's own folder could not be searched: its source is not a file")
        .inFile(spec)
        .onLineContaining("doc = \"color.md\"");
  }

  @Test
  void aDocsRootThatIsNoFolderIsOneErrorForTheBuild() throws IOException {
    Path file = page("file.md", COLOR);
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions(
                "-Agraphenum.docs=" + docs.resolve("missing") + java.io.File.pathSeparator + file)
            .compile(
                spec("ASpec", "    doc = \"color.md\""), spec("BSpec", "    doc = \"color.md\""));
    assertThat(compilation)
        .hadErrorContaining("-Agraphenum.docs: " + docs.resolve("missing") + " does not exist");
    assertThat(compilation).hadErrorContaining("-Agraphenum.docs: " + file + " is not a folder");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anUnknownGraphenumOptionIsAWarningNamingTheKnownOnes() throws IOException {
    page("color.md", COLOR);
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.docs=" + docs, "-Agraphenum.doc=" + docs)
            .compile(spec("ColorSpec", "    doc = \"color.md\""));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "-Agraphenum.doc is no graphenum option; the options are graphenum.docs,"
                + " graphenum.gson, graphenum.jackson, graphenum.metadata,"
                + " graphenum.metadata.strict, graphenum.refresh, graphenum.translations");
  }

  @Test
  void anOptionThatIsNeitherTrueNorFalseIsAWarningNotSilentlyFalse() throws Exception {
    page("color.md", COLOR);
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions(
                "-Agraphenum.docs=" + docs,
                "-Agraphenum.jackson=yes",
                "-Agraphenum.metadata.strict=1")
            .compile(spec("ColorSpec", "    doc = \"color.md\""));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "-Agraphenum.jackson=yes is neither true nor false; it is taken as false");
    assertThat(compilation)
        .hadWarningContaining(
            "-Agraphenum.metadata.strict=1 is neither true nor false; it is taken as false");
    assertThat(compilation).hadWarningCount(2);
    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            List.of(spec("ColorSpec", "    doc = \"color.md\"")),
            List.of("-Agraphenum.docs=" + docs, "-Agraphenum.jackson=yes"),
            List.of(new GraphEnumProcessor()));
    Class<?> color = new GeneratedClasses(result.classes()).type("test.Color");
    assertEquals(
        0,
        color.getMethod("memberName").getAnnotations().length,
        "not annotated for Jackson: yes is not true");
  }

  @Test
  void theSpecsOwnFolderIsTheLastDocsRoot(@TempDir Path sources) throws IOException {
    Path specFile = sources.resolve("test/BesideSpec.java");
    Files.createDirectories(specFile.getParent());
    Files.writeString(
        specFile,
        "package test;\n"
            + "@io.github.graphenum.GraphEnum(doc = \"color.md\")\n"
            + "interface BesideSpec {}\n");
    Files.writeString(sources.resolve("test/color.md"), COLOR);
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .compile(JavaFileObjects.forResource(specFile.toUri().toURL()));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Color").isNotNull();
  }

  @Test
  void pagesOver4MibAreRefused() throws IOException {
    page("huge.md", COLOR + " ".repeat(4 * 1024 * 1024));
    JavaFileObject spec = spec("HugeSpec", "    doc = \"huge.md\"");
    assertThat(compile(spec))
        .hadErrorContaining("huge.md: page is 4,194,")
        .inFile(spec)
        .onLineContaining("@GraphEnum(");
    assertThat(compile(spec)).hadErrorContaining("pages over 4,194,304 bytes (4 MiB) are refused");
  }

  @Test
  void aPageWithoutMembersTableIsAnError() throws IOException {
    JavaFileObject spec = spec("NoTableSpec", "    doc = \"color.md\"");
    page("color.md", "# color enum type\n\nNo table here.\n");
    assertThat(compile(spec))
        .hadErrorContaining("color.md:1: no members table for color")
        .inFile(spec)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void anUnknownSectionListsTheSectionsThePageHas() throws IOException {
    page(
        "enums.md",
        "# Enum values\n### a values\n|Member|\n|-|\n|x|\n### b values\n|Member|\n|-|\n|y|\n");
    JavaFileObject spec = spec("UnknownSpec", "    doc = \"enums.md\"", "    name = \"c\"");
    assertThat(compile(spec))
        .hadErrorContaining("enums.md: the page documents no enum named c; it documents: a, b")
        .inFile(spec)
        .onLineContaining("@GraphEnum(");
    JavaFileObject unnamed = spec("UnnamedSpec", "    doc = \"enums.md\"");
    assertThat(compile(unnamed))
        .hadErrorContaining("the page documents several enums; set name to one of: a, b");
  }

  @Test
  void aSectionOfAMultiEnumPageHasNoValuesWhenItsTableHasNone() throws IOException {
    page(
        "enums.md",
        "# Enum values\n"
            + "Namespace: microsoft.graph.callRecords\n"
            + "### callType values\n"
            + "| Member\n"
            + "|:---\n"
            + "| unknown\n"
            + "| groupCall\n");
    JavaFileObject spec = spec("CallSpec", "    doc = \"enums.md\"", "    name = \"callType\"");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeededWithoutWarnings();
    String source =
        compilation
            .generatedSourceFile("test.CallType")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertTrue(source.contains("GROUP_CALL(\"groupCall\", \"\")"), source);
    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            List.of(spec), List.of("-Agraphenum.docs=" + docs), List.of(new GraphEnumProcessor()));
    Set<String> methods =
        GeneratedClasses.publicMethodNames(
            new GeneratedClasses(result.classes()).type("test.CallType"));
    assertTrue(
        methods.contains("fromMemberName")
            && Collections.disjoint(methods, GeneratedClasses.VALUE_METHODS),
        () -> "no values, no value lookups: " + methods);
  }

  @Test
  void badlyHeadedTablesGenerateWithANoteNamingTheHeader() throws IOException {
    page(
        "enums.md",
        "# Enum values\n"
            + "### dlpAction values\n\n"
            + "| Value |\n"
            + "|:---|\n"
            + "| none |\n"
            + "| NotifySender |\n\n"
            + "### accountType values\n\n"
            + "|Member|Member|Description|\n"
            + "|:---|:---|:---|\n"
            + "|unknown|-1|Unknown.|\n"
            + "|power|1|Power.|\n");
    JavaFileObject dlp = spec("DlpSpec", "    doc = \"enums.md\"", "    name = \"dlpAction\"");
    JavaFileObject account =
        spec("AccountSpec", "    doc = \"enums.md\"", "    name = \"accountType\"");
    Compilation compilation = compile(dlp, account);
    // Read as the author meant: a note, so that -Werror builds pass.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "enums.md:4: column 1 of the members table is headed 'Value' but holds member names; it"
                + " is read as the Member column")
        .inFile(dlp)
        .onLineContaining("@GraphEnum(");
    assertThat(compilation)
        .hadNoteContaining(
            "enums.md:11: column 2 of the members table is headed 'Member' but holds integers; it"
                + " is read as the Value column")
        .inFile(account)
        .onLineContaining("@GraphEnum(");
    assertThat(compilation)
        .generatedSourceFile("test.DlpAction")
        .contentsAsUtf8String()
        .contains("NOTIFY_SENDER(\"NotifySender\", \"\")");
    assertThat(compilation)
        .generatedSourceFile("test.AccountType")
        .contentsAsUtf8String()
        .contains("UNKNOWN(\"unknown\", -1, \"Unknown.\")");
  }

  @Test
  void flagsOnAPageWithoutValuesNamesTheWaysToGetThem() throws IOException {
    Compilation compilation =
        compileColor(
            "# color enum type\n\n|Member|Description|\n|-|-|\n|red|Red.|\n", "    flags = true");
    assertColorError(
        compilation,
        "color.md:3: flags = true needs values, and the members table of color has no Value column;"
            + " give -Agraphenum.metadata=<CSDL file>, whose values fill a table without them, or"
            + " write the table with values in the spec (table = ...)");
  }

  @Test
  void aSecondMembersTableIsAWarningOnItsLine() throws IOException {
    Compilation compilation =
        compileColor(COLOR + "\n## More\n\n|Member|Value|\n|-|-|\n|green|2|\n");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "color.md:15: color has another members table here; only the first (line 8) is read:"
                + " this one's members are not in the enum")
        .inFile(colorSpec)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void aValueThatIsNotAnIntegerNamesTheRowAndMachineTranslation() throws IOException {
    JavaFileObject spec = spec("ColorSpec", "    doc = \"color.md\"");
    page("color.md", COLOR.replace("|darkBlue|1|", "|darkBlue|duas|"));
    assertThat(compile(spec))
        .hadErrorContaining(
            "color.md:11: value 'duas' of member darkBlue is not an integer; machine translation of"
                + " the page may be the cause")
        .inFile(spec)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void aValueOutsideIntRangeIsAnError() throws IOException {
    assertColorError(
        compileColor(COLOR.replace("|darkBlue|1|", "|darkBlue|2147483648|")),
        "color.md:11: value 2147483648 of member darkBlue is outside the int range");
    assertThat(compileColor(COLOR.replace("|darkBlue|1|", "|darkBlue|-2147483648|"))).succeeded();
  }

  @Test
  void duplicateMembersAndValuesAreErrors() throws IOException {
    assertColorError(
        compileColor(COLOR + "|red|2|Again.|\n"),
        "color.md:12: member red is documented twice (first at line 10)");
    assertColorError(
        compileColor(COLOR + "|green|1|Green.|\n"),
        "color.md:12: value 1 of member green is also the value of darkBlue (line 11)");
  }

  @Test
  void memberNamesMustBeGraphIdentifiers() throws IOException {
    Compilation compilation = compileColor(COLOR + "|3d|2|x|\n|não permitido|3|x|\n|_ok_é|4|x|\n");
    assertColorError(compilation, "color.md:12: member name '3d' is not a Graph identifier");
    assertColorError(
        compilation, "color.md:13: member name 'não permitido' is not a Graph identifier");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void nonAsciiNamesGiveAsciiSourcesAndFileNamesOrAClearError() throws IOException {
    page("cafe.md", "# café enum type\n\n|Member|Value|\n|-|-|\n|naïve|0|\n|crème|1|\n");
    Compilation compilation = compile(spec("CafeSpec", "    doc = \"cafe.md\""));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject generated = compilation.generatedSourceFile("test.Cafe").orElseThrow();
    assertTrue(
        generated.toUri().getPath().endsWith("test/Cafe.java"), generated.toUri().toString());
    String source = generated.getCharContent(false).toString();
    assertTrue(source.contains("NAIVE(\"na\\u00efve\", 0,"), source);
    assertTrue(source.chars().allMatch(c -> c < 0x80), "pure ASCII");

    page("cyrillic.md", "# color enum type\n\n|Member|Value|\n|-|-|\n|red|0|\n|красный|1|\n");
    JavaFileObject cyrillic =
        spec("CyrillicSpec", "    doc = \"cyrillic.md\"", "    className = \"Cyrillic\"");
    assertThat(compile(cyrillic))
        .hadErrorContaining(
            "cyrillic.md:6: member красный gives the constant name КРАСНЫИ, which is not ASCII"
                + " (generated sources are); add rename = \"красный=NAME\"")
        .inFile(cyrillic)
        .onLineContaining("@GraphEnum(");
    assertThat(
            compile(
                spec(
                    "RenamedSpec",
                    "    doc = \"cyrillic.md\"",
                    "    className = \"Renamed\"",
                    "    rename = \"красный=RED_RU\"")))
        .succeededWithoutWarnings();
    JavaFileObject accented =
        spec("AccentedSpec", "    doc = \"cafe.md\"", "    className = \"Café\"");
    assertThat(compile(accented))
        .hadErrorContaining("the class name 'Café' is not ASCII")
        .inFile(accented)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void anyKindOfTypeCanBeTheSpec() throws IOException {
    page("color.md", COLOR);
    for (String declaration :
        List.of(
            "class KindSpec {}",
            "enum KindSpec { ONE }",
            "record KindSpec(int x) {}",
            "@interface KindSpec {}")) {
      JavaFileObject spec =
          JavaFileObjects.forSourceString(
              "test.KindSpec",
              "package test;\n"
                  + "@io.github.graphenum.GraphEnum(doc = \"color.md\", className = \"Kind\")\n"
                  + declaration
                  + "\n");
      Compilation compilation = compile(spec);
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation)
          .generatedSourceFile("test.Kind")
          .contentsAsUtf8String()
          .contains("RED(\"red\", 0, \"Red.\")");
    }
  }

  @Test
  void twoSpecsGeneratingOneClassIsAnError() throws IOException {
    page("color.md", COLOR);
    JavaFileObject first = spec("FirstSpec", "    doc = \"color.md\"");
    JavaFileObject second = spec("SecondSpec", "    doc = \"color.md\"");
    assertThat(compile(first, second))
        .hadErrorContaining("test.Color is generated by another spec too: test.FirstSpec")
        .inFile(second)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void aNameDocumentedTwiceGivesOneEnumOnlyWhenTheTablesAgree() throws IOException {
    String twice =
        "# Enum values\n"
            + "### a values\n"
            + "|Member|\n"
            + "|-|\n"
            + "|x|\n"
            + "### b values\n"
            + "|Member|\n"
            + "|-|\n"
            + "|y|\n"
            + "### a values\n"
            + "|Member|\n"
            + "|-|\n"
            + "|x|\n";
    page("same.md", twice);
    assertThat(compile(spec("SameSpec", "    doc = \"same.md\"", "    name = \"a\"")))
        .succeededWithoutWarnings();
    page("differ.md", twice.substring(0, twice.length() - "x|\n".length()) + "z|\n");
    JavaFileObject spec = spec("DifferSpec", "    doc = \"differ.md\"", "    name = \"a\"");
    assertThat(compile(spec))
        .hadErrorContaining(
            "differ.md:10: a is documented twice on this page with different members: lines 2 and"
                + " 10 (row 1: x vs z)")
        .inFile(spec)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void machineTranslatedPagesGenerateWithAWarning() throws IOException {
    Compilation compilation =
        compileColor("---\nms.translationtype: MT\nms.contentlocale: pt-BR\n---\n" + COLOR);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "color.md: the page is machine-translated (ms.translationtype: MT; ms.contentlocale:"
                + " pt-BR): member names and values may be translated too");
    Compilation sideBySide =
        compileColor(
            "---\nms.translationtype: MT\n---\n"
                + COLOR.replace(
                    "A color.",
                    "<span data-ttu-id=\"1\">Uma cor.</span><span class=\"sxs-lookup\"><span"
                        + " data-stu-id=\"1\">A color.</span></span>"));
    assertThat(sideBySide).succeededWithoutWarnings();
  }

  @Test
  void membersThatShareAConstantNameGetDistinctNamesAndAWarning() throws IOException {
    String clash = COLOR + "|dark_Blue|2|x|\n";
    Compilation compilation = compileColor(clash);
    assertThat(compilation)
        .hadWarningContaining(
            "color.md:12: members darkBlue and dark_Blue both map to the constant name DARK_BLUE;"
                + " dark_Blue is named DARK_BLUE_2 (add rename = \"dark_Blue=NAME\" to choose"
                + " another)");
    assertThat(compilation)
        .generatedSourceFile("test.Color")
        .contentsAsUtf8String()
        .contains("DARK_BLUE_2(\"dark_Blue\", 2,");
    assertThat(compileColor(clash, "    rename = \"dark_Blue=DARK_BLUE_UNDERSCORED\""))
        .succeededWithoutWarnings();
  }

  @Test
  void badRenamesAreErrors() throws IOException {
    Compilation compilation =
        compileColor(
            COLOR,
            "    rename = {\"red\", \"green=GREEN\", \"red=not valid\", \"darkBlue=X\","
                + " \"darkBlue=Y\"}");
    assertColorError(compilation, "rename entry 'red' is not of the form memberName=CONSTANT_NAME");
    assertColorError(compilation, "rename names member green, which color does not have");
    assertColorError(
        compilation,
        "rename gives red the constant name 'not valid', not an ASCII Java identifier");
    assertColorError(
        compileColor(COLOR, "    rename = {\"red=X\", \"darkBlue=X\"}"),
        "members red and darkBlue would both be named X");
  }

  @Test
  void aTableWithoutRowsIsAnError() throws IOException {
    assertColorError(
        compileColor("# color enum type\n\n|Member|Value|\n|-|-|\n"),
        "color.md:3: the members table of color has no rows");
  }

  @Test
  void aHeadingThatNamesNoEnumAsksForName() throws IOException {
    assertColorError(
        compileColor("# Colors\n\n|Member|\n|-|\n|red|\n"),
        "color.md:1: the heading 'Colors' does not name an enum ('<name> enum type'); set name");
    assertThat(compileColor("# Colors\n\n|Member|\n|-|\n|red|\n", "    name = \"color\""))
        .succeededWithoutWarnings();
  }

  @Test
  void aClassNameTakenByTheSpecItselfIsAnError() throws IOException {
    assertColorError(
        compileColor(COLOR, "    className = \"ColorSpec\""),
        "the generated enum would be test.ColorSpec, the spec itself; rename the spec (such as"
            + " ColorSpecSpec) or set className");
    page("color.md", COLOR);
    JavaFileObject named = spec("Color", "    doc = \"color.md\"");
    assertThat(compile(named))
        .hadErrorContaining(
            "the generated enum would be test.Color, the spec itself; rename the spec (such as"
                + " ColorSpec) or set className")
        .inFile(named)
        .onLineContaining("@GraphEnum(");
  }

  @Test
  void anInvalidClassNameIsAnError() throws IOException {
    assertColorError(
        compileColor(COLOR, "    className = \"class\""), "'class' is not a valid Java class name");
  }

  @Test
  void aFailureOnOneSpecIsAnErrorOnItAndTheOthersStillGenerate() throws IOException {
    page("color.md", COLOR);
    page("boom.md", COLOR);
    PageReader failing =
        new PageReader() {
          @Override
          public Outcome<Page> read(String doc, Path file, Consumer<byte[]> bytesRead) {
            if (doc.equals("boom.md")) {
              throw new IllegalStateException("boom");
            }
            return super.read(doc, file, bytesRead);
          }
        };
    JavaFileObject boom = spec("BoomSpec", "    doc = \"boom.md\"", "    className = \"Boom\"");
    JavaFileObject fine = spec("FineSpec", "    doc = \"color.md\"");
    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            List.of(boom, fine),
            List.of("-Agraphenum.docs=" + docs),
            List.of(new GraphEnumProcessor(failing)));
    assertFalse(result.success());
    String errors =
        result.diagnostics().stream()
            .map(d -> d.getSource().getName() + ": " + d.getMessage(Locale.ROOT))
            .toList()
            .toString();
    assertTrue(
        errors.contains(
            "BoomSpec.java: [graphenum] graphenum failed on this spec; please report it:"
                + " java.lang.IllegalStateException: boom"),
        errors);
    assertTrue(
        errors.contains("at io.github.graphenum.processor"), "with its stack trace: " + errors);
    assertEquals(List.of("test.Color"), List.copyOf(result.sources().keySet()));
  }

  @Test
  void outputIsTheSameFromRunToRun() throws IOException {
    page("color.md", COLOR);
    String first =
        compile(spec("ColorSpec", "    doc = \"color.md\""))
            .generatedSourceFile("test.Color")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    String second =
        compile(spec("ColorSpec", "    doc = \"color.md\""))
            .generatedSourceFile("test.Color")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertEquals(first, second);
  }
}
