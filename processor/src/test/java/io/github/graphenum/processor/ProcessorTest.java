package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Specs.GRAPH_ENUM;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.Specs;
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

  /** The spec {@code test.ColorSpec} of {@code color.md}, which most tests compile. */
  private static final Specs.Builder COLOR_SPEC = graphEnum("ColorSpec").doc("color.md");

  @TempDir Path docs;

  @Test
  void generatesTheEnumInTheSpecsPackage() {
    page(docs, "color.md", COLOR);
    Compilation compilation = compile(docs, COLOR_SPEC.source());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Color")
        .contentsAsUtf8String()
        .contains("DARK_BLUE(\"darkBlue\", 1, \"Dark blue.\")");
  }

  @Test
  void classNameAndRenameChooseTheJavaNames() {
    page(docs, "color.md", COLOR);
    Compilation compilation =
        compile(
            docs,
            graphEnum("ColorSpec")
                .doc("color.md")
                .className("Shade")
                .rename("darkBlue = NAVY")
                .source());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Shade")
        .contentsAsUtf8String()
        .contains("NAVY(\"darkBlue\", 1,");
  }

  @Test
  void missingDocListsThePlacesTried() {
    JavaFileObject spec = graphEnum("MissingSpec").name("x").doc("nowhere/missing.md").source();
    assertReported(
            compile(docs, spec),
            Message.DOC_NOT_FOUND.at(
                "nowhere/missing.md", docs.resolve("nowhere/missing.md").toString()))
        .inFile(spec)
        .onLineContaining("doc = \"nowhere/missing.md\"");
  }

  @Test
  void aMisspelledDocNamesTheClosestPagesAndABadlyWrittenOneSaysHowToWriteIt() {
    page(docs, "api/resources/iosupdatesinstallstatus.md", COLOR);
    String typo = "api/resources/iosupdateinstallstatus.md";
    JavaFileObject typoSpec = graphEnum("TypoSpec").doc(typo).source();
    assertReported(
            compile(docs, typoSpec),
            Message.DOC_NOT_FOUND.at(
                typo,
                docs.resolve(typo)
                    + "; the spec's own folder could not be searched: its source is not a file"
                    + "; in "
                    + docs.resolve("api/resources")
                    + " the closest are iosupdatesinstallstatus.md"))
        .inFile(typoSpec)
        .onLineContaining("doc = ");
    String slash = "/api/resources/iosupdatesinstallstatus.md";
    assertReported(
        compile(docs, graphEnum("SlashSpec").doc(slash).source()),
        Message.DOC_OUTSIDE_ROOTS.at(
            slash, docs + "; doc is relative to a docs root: drop the leading /"));
    String backslash = "api\\resources\\iosupdatesinstallstatus.md";
    assertReported(
        compile(docs, graphEnum("BackslashSpec").doc(backslash).source()),
        Message.DOC_NOT_FOUND.at(
            backslash,
            docs.resolve(backslash)
                + "; the spec's own folder could not be searched: its source is not a file"
                + "; doc separates folders with /, not \\"));
  }

  @Test
  void docOutsideTheRootsIsAnError() throws IOException {
    Files.writeString(docs.getParent().resolve("secret.md"), COLOR);
    JavaFileObject spec = graphEnum("OutsideSpec").doc("../secret.md").source();
    assertReported(
            compile(docs, spec), Message.DOC_OUTSIDE_ROOTS.at("../secret.md", docs.toString()))
        .inFile(spec)
        .onLineContaining("doc = \"../secret.md\"");
  }

  @Test
  void withoutDocsRootTheErrorSaysWhatToSet() {
    JavaFileObject spec = COLOR_SPEC.source();
    assertReported(
            compile(spec),
            Message.DOC_NOT_FOUND.at(
                "color.md",
                "nowhere; -Agraphenum.docs is not set (the docs roots); the spec's own folder could"
                    + " not be searched: its source is not a file"))
        .inFile(spec)
        .onLineContaining("doc = \"color.md\"");
  }

  @Test
  void aDocsRootThatIsNoFolderIsOneErrorForTheBuild() {
    Path file = page(docs, "file.md", COLOR);
    Compilation compilation =
        compile(
            List.of(Compile.docs(docs.resolve("missing"), file)),
            graphEnum("ASpec").doc("color.md").source(),
            graphEnum("BSpec").doc("color.md").source());
    assertReported(
        compilation, Message.DOCS_ROOT_NOT_A_FOLDER.at(docs.resolve("missing"), "does not exist"));
    assertReported(compilation, Message.DOCS_ROOT_NOT_A_FOLDER.at(file, "is not a folder"));
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anUnknownGraphenumOptionIsAWarningNamingTheKnownOnes() {
    page(docs, "color.md", COLOR);
    Compilation compilation =
        compile(List.of(Compile.docs(docs), "-Agraphenum.doc=" + docs), COLOR_SPEC.source());
    assertThat(compilation).succeeded();
    assertReported(
        compilation,
        Message.UNKNOWN_OPTION.at(
            "graphenum.doc",
            "graphenum.docs, graphenum.gson, graphenum.jackson, graphenum.kiota,"
                + " graphenum.metadata, graphenum.metadata.strict, graphenum.refresh,"
                + " graphenum.translations"));
  }

  @Test
  void anOptionThatIsNeitherTrueNorFalseIsAWarningNotSilentlyFalse() throws Exception {
    page(docs, "color.md", COLOR);
    Compilation compilation =
        compile(
            List.of(Compile.docs(docs), "-Agraphenum.jackson=yes", "-Agraphenum.metadata.strict=1"),
            COLOR_SPEC.source());
    assertThat(compilation).succeeded();
    assertReported(compilation, Message.OPTION_NOT_BOOLEAN.at("graphenum.jackson", "yes"));
    assertReported(compilation, Message.OPTION_NOT_BOOLEAN.at("graphenum.metadata.strict", "1"));
    assertThat(compilation).hadWarningCount(2);
    Class<?> color = Compile.classes(compilation).type("test.Color");
    assertEquals(
        0,
        color.getMethod("memberName").getAnnotations().length,
        "not annotated for Jackson: yes is not true");
  }

  @Test
  void theSpecsOwnFolderIsTheLastDocsRoot(@TempDir Path sources) throws IOException {
    Path specFile =
        page(
            sources,
            "test/BesideSpec.java",
            "package test;\n"
                + "@io.github.graphenum.GraphEnum(doc = \"color.md\")\n"
                + "interface BesideSpec {}\n");
    page(sources, "test/color.md", COLOR);
    Compilation compilation = compile(JavaFileObjects.forResource(specFile.toUri().toURL()));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Color").isNotNull();
  }

  @Test
  void pagesOver4MibAreRefused() throws IOException {
    Path huge = page(docs, "huge.md", COLOR + " ".repeat(4 * 1024 * 1024));
    JavaFileObject spec = graphEnum("HugeSpec").doc("huge.md").source();
    assertReported(
            compile(docs, spec),
            Message.PAGE_TOO_LARGE.onPage(
                "huge.md", 0, Files.size(huge), PageReader.MAX_PAGE_BYTES))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aPageWithoutMembersTableIsAnError() {
    page(docs, "color.md", "# color enum type\n\nNo table here.\n");
    JavaFileObject spec = graphEnum("NoTableSpec").doc("color.md").source();
    assertReported(compile(docs, spec), Message.NO_MEMBERS_TABLE.onPage("color.md", 1, "color", ""))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void anUnknownSectionListsTheSectionsThePageHas() {
    page(
        docs,
        "enums.md",
        "# Enum values\n### a values\n|Member|\n|-|\n|x|\n### b values\n|Member|\n|-|\n|y|\n");
    JavaFileObject spec = graphEnum("UnknownSpec").doc("enums.md").name("c").source();
    assertReported(
            compile(docs, spec),
            Message.UNKNOWN_SECTION.onPage("enums.md", 0, "c", "it documents: a, b"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    JavaFileObject unnamed = graphEnum("UnnamedSpec").doc("enums.md").source();
    assertReported(compile(docs, unnamed), Message.SEVERAL_ENUMS.onPage("enums.md", 0, "a, b"))
        .inFile(unnamed)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aSectionOfAMultiEnumPageHasNoValuesWhenItsTableHasNone() throws IOException {
    page(
        docs,
        "enums.md",
        "# Enum values\n"
            + "Namespace: microsoft.graph.callRecords\n"
            + "### callType values\n"
            + "| Member\n"
            + "|:---\n"
            + "| unknown\n"
            + "| groupCall\n");
    Compilation compilation =
        compile(docs, graphEnum("CallSpec").doc("enums.md").name("callType").source());
    assertThat(compilation).succeededWithoutWarnings();
    String source =
        compilation
            .generatedSourceFile("test.CallType")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertTrue(source.contains("GROUP_CALL(\"groupCall\", \"\")"), source);
    Set<String> methods =
        GeneratedClasses.publicMethodNames(Compile.classes(compilation).type("test.CallType"));
    assertTrue(
        methods.contains("fromMemberName")
            && Collections.disjoint(methods, GeneratedClasses.VALUE_METHODS),
        () -> "no values, no value lookups: " + methods);
  }

  @Test
  void badlyHeadedTablesGenerateWithANoteNamingTheHeader() {
    page(
        docs,
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
    JavaFileObject dlp = graphEnum("DlpSpec").doc("enums.md").name("dlpAction").source();
    JavaFileObject account = graphEnum("AccountSpec").doc("enums.md").name("accountType").source();
    Compilation compilation = compile(docs, dlp, account);
    // Read as the author meant: a note, so that -Werror builds pass.
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
            compilation,
            Message.RELABELED_COLUMN.onPage("enums.md", 4, 1, "Value", "member names", "Member"))
        .inFile(dlp)
        .onLineContaining(GRAPH_ENUM);
    assertReported(
            compilation,
            Message.RELABELED_COLUMN.onPage("enums.md", 11, 2, "Member", "integers", "Value"))
        .inFile(account)
        .onLineContaining(GRAPH_ENUM);
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
  void flagsOnAPageWithoutValuesNamesTheWaysToGetThem() {
    page(docs, "color.md", "# color enum type\n\n|Member|Description|\n|-|-|\n|red|Red.|\n");
    JavaFileObject spec = graphEnum("ColorSpec").doc("color.md").flags(true).source();
    assertReported(
            compile(docs, spec),
            Message.FLAGS_WITHOUT_VALUES.onPage(
                "color.md",
                3,
                "color",
                "; give -Agraphenum.metadata=<CSDL file>, whose values fill a table without them,"
                    + " or write the table with values in the spec (table = ...)"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aSecondMembersTableIsAWarningOnItsLine() {
    page(docs, "color.md", COLOR + "\n## More\n\n|Member|Value|\n|-|-|\n|green|2|\n");
    JavaFileObject spec = COLOR_SPEC.source();
    Compilation compilation = compile(docs, spec);
    assertThat(compilation).succeeded();
    assertReported(compilation, Message.SECOND_MEMBERS_TABLE.onPage("color.md", 15, "color", 8))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aValueThatIsNotAnIntegerNamesTheRowAndMachineTranslation() {
    page(docs, "color.md", COLOR.replace("|darkBlue|1|", "|darkBlue|duas|"));
    JavaFileObject spec = COLOR_SPEC.source();
    assertReported(
            compile(docs, spec),
            Message.VALUE_NOT_INTEGER.onPage(
                "color.md",
                11,
                "duas",
                "darkBlue",
                "; machine translation of the page may be the cause"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aValueOutsideIntRangeIsAnError() {
    page(docs, "color.md", COLOR.replace("|darkBlue|1|", "|darkBlue|2147483648|"));
    JavaFileObject spec = COLOR_SPEC.source();
    assertReported(
            compile(docs, spec),
            Message.VALUE_OUT_OF_RANGE.onPage("color.md", 11, "2147483648", "darkBlue"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    page(docs, "color.md", COLOR.replace("|darkBlue|1|", "|darkBlue|-2147483648|"));
    assertThat(compile(docs, spec)).succeeded();
  }

  @Test
  void duplicateMembersAndValuesAreErrors() {
    JavaFileObject spec = COLOR_SPEC.source();
    page(docs, "color.md", COLOR + "|red|2|Again.|\n");
    assertReported(
            compile(docs, spec), Message.DUPLICATE_MEMBER.onPage("color.md", 12, "red", 10, ""))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    page(docs, "color.md", COLOR + "|green|1|Green.|\n");
    assertReported(
            compile(docs, spec),
            Message.DUPLICATE_VALUE.onPage("color.md", 12, 1, "green", "darkBlue", 11, ""))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void memberNamesMustBeGraphIdentifiers() {
    page(docs, "color.md", COLOR + "|3d|2|x|\n|não permitido|3|x|\n|_ok_é|4|x|\n");
    JavaFileObject spec = COLOR_SPEC.source();
    Compilation compilation = compile(docs, spec);
    assertReported(compilation, Message.INVALID_MEMBER_NAME.onPage("color.md", 12, "3d", ""))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    assertReported(
            compilation, Message.INVALID_MEMBER_NAME.onPage("color.md", 13, "não permitido", ""))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void nonAsciiNamesGiveAsciiSourcesAndFileNamesOrAClearError() throws IOException {
    page(docs, "cafe.md", "# café enum type\n\n|Member|Value|\n|-|-|\n|naïve|0|\n|crème|1|\n");
    Compilation compilation = compile(docs, graphEnum("CafeSpec").doc("cafe.md").source());
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject generated = compilation.generatedSourceFile("test.Cafe").orElseThrow();
    assertTrue(
        generated.toUri().getPath().endsWith("test/Cafe.java"), generated.toUri().toString());
    String source = generated.getCharContent(false).toString();
    assertTrue(source.contains("NAIVE(\"na\\u00efve\", 0,"), source);
    assertTrue(source.chars().allMatch(c -> c < 0x80), "pure ASCII");

    page(docs, "cyrillic.md", "# color enum type\n\n|Member|Value|\n|-|-|\n|red|0|\n|красный|1|\n");
    JavaFileObject cyrillic =
        graphEnum("CyrillicSpec").doc("cyrillic.md").className("Cyrillic").source();
    assertReported(
            compile(docs, cyrillic),
            Message.CONSTANT_NAME_NOT_ASCII.onPage(
                "cyrillic.md", 6, "красный", "КРАСНЫИ", "красный"))
        .inFile(cyrillic)
        .onLineContaining(GRAPH_ENUM);
    assertThat(
            compile(
                docs,
                graphEnum("RenamedSpec")
                    .doc("cyrillic.md")
                    .className("Renamed")
                    .rename("красный=RED_RU")
                    .source()))
        .succeededWithoutWarnings();
    JavaFileObject accented = graphEnum("AccentedSpec").doc("cafe.md").className("Café").source();
    assertReported(compile(docs, accented), Message.CLASS_NAME_NOT_ASCII.at("Café"))
        .inFile(accented)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void anyKindOfTypeCanBeTheSpec() {
    page(docs, "color.md", COLOR);
    for (String declaration :
        List.of(
            "class KindSpec {}",
            "enum KindSpec { ONE }",
            "record KindSpec(int x) {}",
            "@interface KindSpec {}")) {
      Compilation compilation =
          compile(
              docs,
              Specs.source(
                  "test.KindSpec",
                  "package test;",
                  "@io.github.graphenum.GraphEnum(doc = \"color.md\", className = \"Kind\")",
                  declaration));
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation)
          .generatedSourceFile("test.Kind")
          .contentsAsUtf8String()
          .contains("RED(\"red\", 0, \"Red.\")");
    }
  }

  @Test
  void twoSpecsGeneratingOneClassIsAnError() {
    page(docs, "color.md", COLOR);
    JavaFileObject first = graphEnum("FirstSpec").doc("color.md").source();
    JavaFileObject second = graphEnum("SecondSpec").doc("color.md").source();
    assertReported(
            compile(docs, first, second),
            Message.DUPLICATE_CLASS.at("test.Color", "test.FirstSpec"))
        .inFile(second)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aNameDocumentedTwiceGivesOneEnumOnlyWhenTheTablesAgree() {
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
    page(docs, "same.md", twice);
    assertThat(compile(docs, graphEnum("SameSpec").doc("same.md").name("a").source()))
        .succeededWithoutWarnings();
    page(docs, "differ.md", twice.substring(0, twice.length() - "x|\n".length()) + "z|\n");
    JavaFileObject spec = graphEnum("DifferSpec").doc("differ.md").name("a").source();
    assertReported(
            compile(docs, spec),
            Message.CONFLICTING_TABLES.onPage("differ.md", 10, "a", 2, 10, "row 1: x vs z"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void machineTranslatedPagesGenerateWithAWarning() {
    page(docs, "color.md", "---\nms.translationtype: MT\nms.contentlocale: pt-BR\n---\n" + COLOR);
    JavaFileObject spec = COLOR_SPEC.source();
    Compilation compilation = compile(docs, spec);
    assertThat(compilation).succeeded();
    assertReported(
            compilation,
            Message.MACHINE_TRANSLATED.onPage(
                "color.md", 0, "ms.translationtype: MT; ms.contentlocale: pt-BR"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    page(
        docs,
        "color.md",
        "---\nms.translationtype: MT\n---\n"
            + COLOR.replace(
                "A color.",
                "<span data-ttu-id=\"1\">Uma cor.</span><span class=\"sxs-lookup\"><span"
                    + " data-stu-id=\"1\">A color.</span></span>"));
    assertThat(compile(docs, spec)).succeededWithoutWarnings();
  }

  @Test
  void membersThatShareAConstantNameGetDistinctNamesAndAWarning() {
    page(docs, "color.md", COLOR + "|dark_Blue|2|x|\n");
    JavaFileObject spec = COLOR_SPEC.source();
    Compilation compilation = compile(docs, spec);
    assertReported(
            compilation,
            Message.CONSTANT_NAME_CLASH.onPage(
                "color.md",
                12,
                "darkBlue",
                "dark_Blue",
                "DARK_BLUE",
                "dark_Blue",
                "DARK_BLUE_2",
                "add rename = \"dark_Blue=NAME\" to choose another"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    assertThat(compilation)
        .generatedSourceFile("test.Color")
        .contentsAsUtf8String()
        .contains("DARK_BLUE_2(\"dark_Blue\", 2,");
    assertThat(
            compile(
                docs,
                graphEnum("ColorSpec")
                    .doc("color.md")
                    .rename("dark_Blue=DARK_BLUE_UNDERSCORED")
                    .source()))
        .succeededWithoutWarnings();
  }

  @Test
  void badRenamesAreErrors() {
    page(docs, "color.md", COLOR);
    JavaFileObject spec =
        graphEnum("ColorSpec")
            .doc("color.md")
            .rename("red", "green=GREEN", "red=not valid", "darkBlue=X", "darkBlue=Y")
            .source();
    Compilation compilation = compile(docs, spec);
    for (io.github.graphenum.processor.diagnostic.Diagnostic expected :
        List.of(
            Message.INVALID_RENAME.at("red"),
            Message.RENAME_UNKNOWN_MEMBER.at("green", "color"),
            Message.RENAME_NOT_IDENTIFIER.at("red", "not valid"))) {
      assertReported(compilation, expected).inFile(spec).onLineContaining(GRAPH_ENUM);
    }
    JavaFileObject clash =
        graphEnum("ColorSpec").doc("color.md").rename("red=X", "darkBlue=X").source();
    assertReported(compile(docs, clash), Message.RENAME_CLASH.at("red", "darkBlue", "X"))
        .inFile(clash)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aTableWithoutRowsIsAnError() {
    page(docs, "color.md", "# color enum type\n\n|Member|Value|\n|-|-|\n");
    JavaFileObject spec = COLOR_SPEC.source();
    assertReported(compile(docs, spec), Message.EMPTY_MEMBERS_TABLE.onPage("color.md", 3, "color"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aHeadingThatNamesNoEnumAsksForName() {
    page(docs, "color.md", "# Colors\n\n|Member|\n|-|\n|red|\n");
    JavaFileObject spec = COLOR_SPEC.source();
    assertReported(compile(docs, spec), Message.NO_ENUM_NAME.onPage("color.md", 1, "Colors"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    assertThat(compile(docs, graphEnum("ColorSpec").doc("color.md").name("color").source()))
        .succeededWithoutWarnings();
  }

  @Test
  void aClassNameTakenByTheSpecItselfIsAnError() {
    page(docs, "color.md", COLOR);
    JavaFileObject spec = graphEnum("ColorSpec").doc("color.md").className("ColorSpec").source();
    assertReported(
            compile(docs, spec),
            Message.CLASS_IS_SPEC.at("enum", "test.ColorSpec", "ColorSpecSpec"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
    JavaFileObject named = graphEnum("Color").doc("color.md").source();
    assertReported(
            compile(docs, named), Message.CLASS_IS_SPEC.at("enum", "test.Color", "ColorSpec"))
        .inFile(named)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void anInvalidClassNameIsAnError() {
    page(docs, "color.md", COLOR);
    JavaFileObject spec = graphEnum("ColorSpec").doc("color.md").className("class").source();
    assertReported(compile(docs, spec), Message.INVALID_CLASS_NAME.at("class"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void aFailureOnOneSpecIsAnErrorOnItAndTheOthersStillGenerate() {
    page(docs, "color.md", COLOR);
    page(docs, "boom.md", COLOR);
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
    JavaFileObject boom = graphEnum("BoomSpec").doc("boom.md").className("Boom").source();
    JavaFileObject fine = COLOR_SPEC.source();
    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            List.of(boom, fine),
            List.of(Compile.docs(docs)),
            List.of(new GraphEnumProcessor(failing)));
    assertFalse(result.success());
    String errors =
        result.diagnostics().stream()
            .map(d -> d.getSource().getName() + ": " + d.getMessage(Locale.ROOT))
            .toList()
            .toString();
    assertTrue(
        errors.contains(
            "BoomSpec.java: "
                + Compile.text(
                    Message.UNEXPECTED_FAILURE.at("java.lang.IllegalStateException: boom"))),
        errors);
    assertTrue(
        errors.contains("at io.github.graphenum.processor"), "with its stack trace: " + errors);
    assertEquals(List.of("test.Color"), List.copyOf(result.sources().keySet()));
  }

  @Test
  void outputIsTheSameFromRunToRun() throws IOException {
    page(docs, "color.md", COLOR);
    String first =
        compile(docs, COLOR_SPEC.source())
            .generatedSourceFile("test.Color")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    String second =
        compile(docs, COLOR_SPEC.source())
            .generatedSourceFile("test.Color")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertEquals(first, second);
  }
}
