package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Specs.GRAPH_ENUMS;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.graphEnums;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.folder.FolderScan;
import io.github.graphenum.processor.page.MarkdownBounds;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.spec.FolderSpec;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @GraphEnums}: every enum of a folder from one annotation. */
class FolderTest {
  /** The folder spec {@code test.graph.Enums}, without attributes. */
  private static final Specs.Builder ENUMS = graphEnums("Enums").inPackage("test.graph");

  @TempDir Path docs;

  /** The page {@code resources/<name>}. */
  private void page(String name, String markdown) {
    Specs.page(docs, "resources/" + name, markdown);
  }

  @BeforeEach
  void writeFolder() {
    page(
        "color.md",
        "# color enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|red|0|\n"
            + "|blue|1|\n");
    page(
        "enums.md",
        "# Enum values\n\nNamespace: microsoft.graph\n\n"
            + "### color values\n\n|Member|\n|-|\n|red|\n|green|\n\n"
            + "### size values\n\n|Member|\n|-|\n|small|\n|large|\n\n"
            + "### twice values\n\n|Member|\n|-|\n|a|\n\n"
            + "### twice values\n\n|Member|\n|-|\n|b|\n\n"
            + "### same values\n\n|Member|\n|-|\n|x|\n\n"
            + "### same values\n\n|Member|\n|-|\n|x|\n\n"
            + "### broken values\n\n|Value|\n|-|\n|1|\n");
    page(
        "calls/enums-callrecords.md",
        "# Call records enum values\n\n"
            + "Namespace: microsoft.graph.callRecords\n\n"
            + "### callType values\n\n"
            + "| Member\n"
            + "|:--\n"
            + "| unknown\n"
            + "| groupCall\n");
    page(
        "user.md",
        "# user resource type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Property|Type|Description|\n"
            + "|-|-|-|\n"
            + "|id|String|The id.|\n");
    page(
        "modes.md",
        "# modes enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|none|0|\n"
            + "|a|1|\n"
            + "|b|2|\n");
    page(
        "mt.md",
        "---\n"
            + "ms.translationtype: MT\n"
            + "---\n"
            + "# bad enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|um|duas|\n");
  }

  @Test
  void everyEnumOfTheFolderFromOneAnnotation() throws Throwable {
    JavaFileObject spec = ENUMS.folder("resources").flags("modes").source();
    Compilation compilation = compile(docs, spec);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.graph.Color").isNotNull();
    assertThat(compilation).generatedSourceFile("test.graph.Size").isNotNull();
    assertThat(compilation).generatedSourceFile("test.graph.Same").isNotNull();
    assertThat(compilation).generatedSourceFile("test.graph.callrecords.CallType").isNotNull();
    assertThat(compilation)
        .generatedSourceFile("test.graph.Modes")
        .contentsAsUtf8String()
        .contains("public static int toMask(");
    // The page of its own settles the contradiction, as documented: a note, not a warning.
    assertReported(
            compilation,
            Message.FOLDER_CONTRADICTION_OWN_PAGE.onPage(
                "resources/color.md",
                1,
                "color",
                "resources/color.md:1",
                "resources/enums.md:5",
                "resources/color.md"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_SKIPPED.onPage(
                "resources/enums.md",
                25,
                "twice",
                Message.CONFLICTING_TABLES.at("twice", 19, 25, "row 1: a vs b").text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_SKIPPED.onPage(
                "resources/enums.md",
                43,
                "broken",
                Message.NO_MEMBERS_TABLE.at("broken", "").text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_SKIPPED.onPage(
                "resources/mt.md",
                10,
                "bad",
                Message.VALUE_NOT_INTEGER.at("duas", "um", "").text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(compilation)
        .generatedSourceFile("test.graph.GraphEnumIndex")
        .contentsAsUtf8String()
        .contains("<li><code>twice</code>:");

    GeneratedClasses classes = Compile.classes(compilation);
    Class<?> index = classes.type("test.graph.GraphEnumIndex");
    assertEquals(
        classes.type("test.graph.Color"),
        index
            .getMethod("enumFor", String.class, String.class)
            .invoke(null, "microsoft.graph", "color"));
    assertEquals(
        classes.type("test.graph.callrecords.CallType"),
        index
            .getMethod("enumFor", String.class, String.class)
            .invoke(null, "microsoft.graph.callRecords", "callType"));
    assertNull(
        index
            .getMethod("enumFor", String.class, String.class)
            .invoke(null, "microsoft.graph", "twice"));
    assertEquals(5, ((Map<?, ?>) index.getMethod("enums").invoke(null)).size());
    Object red = classes.constants("test.graph.Color")[0];
    assertEquals(0, GeneratedClasses.call(red, "value"), "the page of its own, with values");
  }

  @Test
  void includeAndExcludeChoosePages() {
    Compilation compilation =
        compile(docs, ENUMS.folder("resources").include("calls/**").indexName("Calls").source());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.graph.callrecords.CallType").isNotNull();
    assertThat(compilation)
        .generatedSourceFile("test.graph.Calls")
        .contentsAsUtf8String()
        .contains("1 generated, none skipped");
    Compilation excluded =
        compile(docs, ENUMS.folder("resources").exclude("enums.md", "mt.md", "calls/**").source());
    assertThat(excluded).succeededWithoutWarnings();
    assertThat(excluded)
        .generatedSourceFile("test.graph.GraphEnumIndex")
        .contentsAsUtf8String()
        .contains("2 generated, none skipped");
  }

  @Test
  void aMistypedGlobIsAWarningOnTheAnnotation() {
    // Written from the docs root instead of the folder: it leaves out nothing.
    JavaFileObject spec =
        ENUMS.folder("resources").exclude("enums.md", "mt.md", "resources/calls/**").source();
    Compilation compilation = compile(docs, spec);
    assertThat(compilation).succeeded();
    assertReported(compilation, Message.FOLDER_EXCLUDE_UNUSED.at("resources/calls/**"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aPackageInfoCanCarryTheAnnotation() {
    JavaFileObject info =
        Specs.source(
            "test.pkg.package-info",
            "@io.github.graphenum.GraphEnums(folder = \"resources\", include = \"color.md\")",
            "package test.pkg;");
    Compilation compilation = compile(docs, info);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.pkg.Color").isNotNull();
    assertThat(compilation).generatedSourceFile("test.pkg.GraphEnumIndex").isNotNull();
  }

  /**
   * A page over a limit of what a page may hold (100,000 enums; a table of 100,000 columns and
   * 1,000 rows, which stopped commonmark and with it the whole folder), or an enum over a limit of
   * one enum (550,000 characters of CJK descriptions; such a page generated up to 29 MB of Java),
   * is skipped with a warning naming the page, its line, the count and the limit; the folder's
   * other pages generate.
   */
  @Test
  void aPageOverALimitIsSkippedAndTheOtherPagesGenerate() {
    page("hostile/many.md", LimitsTest.sections(100_000));
    page(
        "hostile/wide.md",
        "# wide enum type\n\nNamespace: microsoft.graph\n\n"
            + LimitsTest.wideTable(100_000, 1_000));
    page("hostile/cjk.md", LimitsTest.cjkDescriptions("cjk", 1_000));
    page(
        "hostile/color.md",
        "# color enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|red|0|\n"
            + "|blue|1|\n");
    JavaFileObject spec = ENUMS.folder("resources/hostile").source();
    Compilation compilation = compile(docs, spec);
    assertThat(compilation).succeeded();
    assertReported(
            compilation,
            Message.FOLDER_PAGE_SKIPPED.onPage(
                "resources/hostile/many.md",
                12005,
                Message.PAGE_TOO_MANY_ENUMS.at(100_000, PageReader.MAX_ENUMS_PER_PAGE).text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_PAGE_SKIPPED.onPage(
                "resources/hostile/wide.md",
                5,
                Message.TOO_MANY_TABLE_CELLS
                    .at(100_000, 1_001, 100_000L * 1_001, MarkdownBounds.MAX_TABLE_CELLS)
                    .text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_SKIPPED.onPage(
                "resources/hostile/cjk.md",
                916,
                "cjk",
                Message.DESCRIPTIONS_TOO_LONG.at("cjk", 550_000, 500_000).text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(compilation).generatedSourceFile("test.graph.Color").isNotNull();
    assertThat(compilation)
        .generatedSourceFile("test.graph.GraphEnumIndex")
        .contentsAsUtf8String()
        .contains("1 generated, 1 skipped");
    assertEquals(
        2,
        compilation.generatedSourceFiles().size(),
        "the enum and the index, nothing of the refused pages");
  }

  /**
   * More enums than one {@code @GraphEnums} generates (three pages of 2,000): an error on the
   * annotation naming the folder, the count and the limit, and nothing generated, not even the
   * index.
   */
  @Test
  void aFolderOfMoreThanFiveThousandEnumsIsAnErrorAndGeneratesNothing() {
    for (int p = 0; p < 3; p++) {
      page(
          "big/page" + p + ".md",
          LimitsTest.sections(PageReader.MAX_ENUMS_PER_PAGE).replace("### e", "### p" + p + "e"));
    }
    JavaFileObject spec = ENUMS.folder("resources/big").source();
    Compilation compilation = compile(docs, spec);
    assertThat(compilation).failed();
    assertReported(
            compilation,
            Message.FOLDER_TOO_MANY_ENUMS.at(
                "resources/big", 6_000, FolderScan.MAX_ENUMS_PER_FOLDER))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertEquals(
        Map.of(),
        Compile.processOnly(List.of(Compile.docs(docs)), spec).sources(),
        "nothing, not even the index");
  }

  @Test
  void errorsInTodaysDocsAreWarningsAndASkipInAFolder() {
    String head = "Namespace: microsoft.graph\n\n|Member|Value|\n|-|-|\n";
    page("today/priority.md", "# priority enum type\n\n" + head + "|low|0|\n|norma.|1|\n");
    page("today/level.md", "# level enum type\n\n" + head + "|low|0|\n|low|1|\n");
    page("today/size.md", "# size enum type\n\n" + head + "|small|0|\n|large|0|\n");
    page("today/fine.md", "# fine enum type\n\n" + head + "|yes|0|\n");
    JavaFileObject spec = ENUMS.folder("resources/today").source();
    Compilation compilation = compile(docs, spec);
    assertThat(compilation).succeeded();
    assertReported(
            compilation,
            Message.FOLDER_SKIPPED.onPage(
                "resources/today/priority.md",
                8,
                "priority",
                Message.INVALID_MEMBER_NAME.at("norma.", "").text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_SKIPPED.onPage(
                "resources/today/level.md",
                8,
                "level",
                Message.DUPLICATE_MEMBER.at("low", 7, "").text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_SKIPPED.onPage(
                "resources/today/size.md",
                8,
                "size",
                Message.DUPLICATE_VALUE.at(0, "large", "small", 7, "").text()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(compilation).generatedSourceFile("test.graph.Fine").isNotNull();
    assertThat(compilation)
        .generatedSourceFile("test.graph.GraphEnumIndex")
        .contentsAsUtf8String()
        .contains("1 generated, 3 skipped");
  }

  @Test
  void badFolderAttributesAreClearErrors() {
    Specs.Builder folder = ENUMS.folder("resources");
    Map<Specs.Builder, Diagnostic> bad =
        Map.of(
            folder.include("["),
            Message.INVALID_GLOB.at("[", "Missing '"),
            folder.exclude("*.md", "a{b"),
            Message.INVALID_GLOB.at("a{b", "Missing '}"),
            folder.indexName(""),
            Message.INVALID_INDEX_NAME.at(""),
            folder.indexName("class"),
            Message.INVALID_INDEX_NAME.at("class"),
            folder.indexName("a.Index"),
            Message.INVALID_INDEX_NAME.at("a.Index"));
    bad.forEach(
        (builder, error) -> {
          JavaFileObject spec = builder.source();
          Compilation compilation = compile(docs, spec);
          assertReported(compilation, error).inFile(spec).onLineContaining(GRAPH_ENUMS);
          assertThat(compilation).hadErrorCount(1);
        });
  }

  @Test
  void anIndexNameTakenByASpecOrAnotherFolderIsAnErrorNamingIt() {
    JavaFileObject single =
        graphEnum("IndexSpec")
            .inPackage("test.graph")
            .table("|Member|\n|-|\n|a|")
            .className("GraphEnumIndex")
            .source();
    JavaFileObject folder = ENUMS.folder("resources").include("color.md").source();
    Compilation clash = compile(docs, single, folder);
    assertReported(
            clash, Message.INDEX_TAKEN.at("test.graph.GraphEnumIndex", "test.graph.IndexSpec"))
        .inFile(folder)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(clash).hadErrorCount(1);
    JavaFileObject second =
        graphEnums("More").inPackage("test.graph").folder("resources").include("modes.md").source();
    Compilation twoFolders = compile(docs, folder, second);
    assertReported(
            twoFolders, Message.INDEX_TAKEN.at("test.graph.GraphEnumIndex", "test.graph.Enums"))
        .inFile(second)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(twoFolders).hadErrorCount(1);
  }

  /**
   * An index named as one of the folder's enums, or as the set type of one of its flags enums,
   * would be two classes of one name: an error on the annotation, as any other mistake of its
   * attributes, and nothing of the folder is generated; not a warning that leaves the enum out.
   */
  @Test
  void anIndexNamedAsAGeneratedClassIsAnErrorOnTheAnnotation() {
    Specs.Builder colorAndModes = ENUMS.folder("resources").include("color.md", "modes.md");
    JavaFileObject spec = colorAndModes.indexName("Color").source();
    Compilation compilation = compile(docs, spec);
    assertReported(
            compilation,
            Message.INDEX_IS_GENERATED_CLASS.at(
                "test.graph.Color", "the enum color", "resources/color.md"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertEquals(
        Map.of(),
        Compile.processOnly(List.of(Compile.docs(docs)), spec).sources(),
        "nothing of the folder");
    JavaFileObject set = colorAndModes.flags("modes").indexName("ModesSet").source();
    assertReported(
            compile(docs, set),
            Message.INDEX_IS_GENERATED_CLASS.at(
                "test.graph.ModesSet", "the set type of modes", "resources/modes.md"))
        .inFile(set)
        .onLineContaining(GRAPH_ENUMS);
  }

  @Test
  void aFlagsNameNoPageDocumentsIsAWarningWithTheClosestName() {
    JavaFileObject spec =
        ENUMS
            .folder("resources")
            .include("modes.md", "color.md")
            .flags("Modes", "colour", "nothingLikeIt")
            .source();
    Compilation compilation = compile(docs, spec);
    assertReported(
            compilation,
            Message.FOLDER_FLAGS_UNKNOWN.at(
                "Modes", "; it documents modes, which differs only in case"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(
            compilation,
            Message.FOLDER_FLAGS_UNKNOWN.at("colour", "; the closest it documents: color, modes"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertReported(compilation, Message.FOLDER_FLAGS_UNKNOWN.at("nothingLikeIt", ""))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
  }

  @Test
  void aConstantNameClashInAFolderIsANoteThatSaysHowToRenameThere() {
    page(
        "clash/clash.md",
        "# clash enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|darkBlue|0|\n"
            + "|dark_Blue|1|\n");
    Compilation compilation = compile(docs, ENUMS.folder("resources/clash").source());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "dark_Blue is named DARK_BLUE_2 (to choose another, generate it with a @GraphEnum of"
                + " its own, with rename = \"dark_Blue=NAME\", and exclude its page here)");
  }

  @Test
  void aMissingFolderIsAnError() {
    JavaFileObject spec = ENUMS.folder("nowhere").source();
    assertReported(
            compile(docs, spec),
            Message.FOLDER_NOT_FOUND.at("nowhere", docs.resolve("nowhere").toString()))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
  }

  @Test
  void packagesFollowNamespaces() {
    assertEquals("a.b", FolderSpec.packageFor("a.b", "microsoft.graph"));
    assertEquals("a.b", FolderSpec.packageFor("a.b", null));
    assertEquals("a.b.callrecords", FolderSpec.packageFor("a.b", "microsoft.graph.callRecords"));
    assertEquals(
        "a.b.externalconnectors",
        FolderSpec.packageFor("a.b", "microsoft.graph.externalConnectors"));
    assertTrue(FolderSpec.packageFor("a", "other.ns").endsWith(".other.ns"));
  }
}
