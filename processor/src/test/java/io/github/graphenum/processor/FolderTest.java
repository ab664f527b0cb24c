package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.spec.FolderSpec;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @GraphEnums}: every enum of a folder from one annotation. */
class FolderTest {
  @TempDir Path docs;

  private void page(String name, String markdown) throws IOException {
    Path file = docs.resolve("resources").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown);
  }

  @BeforeEach
  void writeFolder() throws IOException {
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

  private static JavaFileObject spec(String... attributes) {
    return JavaFileObjects.forSourceLines(
        "test.graph.Enums",
        "package test.graph;",
        "@io.github.graphenum.GraphEnums(",
        String.join(",\n", attributes) + ")",
        "interface Enums {}");
  }

  private Compilation compile(JavaFileObject spec) {
    return javac()
        .withProcessors(new GraphEnumProcessor())
        .withOptions("-Agraphenum.docs=" + docs)
        .compile(spec);
  }

  @Test
  void everyEnumOfTheFolderFromOneAnnotation() throws Throwable {
    JavaFileObject spec = spec("    folder = \"resources\"", "    flags = \"modes\"");
    Compilation compilation = compile(spec);
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
    assertThat(compilation)
        .hadNoteContaining(
            "color is documented with different members in resources/color.md:1 and"
                + " resources/enums.md:5; the page of its own, resources/color.md, is generated")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/enums.md:25: twice is not generated: twice is documented twice on this page"
                + " with different members: lines 19 and 25 (row 1: a vs b)");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/enums.md:43: broken is not generated: no members table for broken");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/mt.md:10: bad is not generated: value 'duas' of member um is not an"
                + " integer");
    assertThat(compilation)
        .generatedSourceFile("test.graph.GraphEnumIndex")
        .contentsAsUtf8String()
        .contains("<li><code>twice</code>:");

    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            List.of(spec), List.of("-Agraphenum.docs=" + docs), List.of(new GraphEnumProcessor()));
    GeneratedClasses classes = new GeneratedClasses(result.classes());
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
        compile(
            spec(
                "    folder = \"resources\"",
                "    include = \"calls/**\"",
                "    indexName = \"Calls\""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.graph.callrecords.CallType").isNotNull();
    assertThat(compilation)
        .generatedSourceFile("test.graph.Calls")
        .contentsAsUtf8String()
        .contains("1 generated, none skipped");
    Compilation excluded =
        compile(
            spec(
                "    folder = \"resources\"",
                "    exclude = {\"enums.md\", \"mt.md\", \"calls/**\"}"));
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
        spec(
            "    folder = \"resources\"",
            "    exclude = {\"enums.md\", \"mt.md\", \"resources/calls/**\"}");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "exclude = \"resources/calls/**\" leaves out no file: it matches none that include lets"
                + " through")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aPackageInfoCanCarryTheAnnotation() {
    JavaFileObject info =
        JavaFileObjects.forSourceLines(
            "test.pkg.package-info",
            "@io.github.graphenum.GraphEnums(folder = \"resources\", include = \"color.md\")",
            "package test.pkg;");
    Compilation compilation = compile(info);
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
  void aPageOverALimitIsSkippedAndTheOtherPagesGenerate() throws IOException {
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
    JavaFileObject spec = spec("    folder = \"resources/hostile\"");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "resources/hostile/many.md:12005: the page is skipped: the page documents 100,000"
                + " enums; pages that document more than 2,000 are refused")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/hostile/wide.md:5: the page is skipped: the table whose header is at this"
                + " line has up to 100,000 columns by 1,001 rows")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/hostile/cjk.md:916: cjk is not generated: the descriptions of cjk hold"
                + " 550,000 characters (as HTML), past the limit from this row on; the descriptions"
                + " of one enum may hold at most 500,000")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
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
  void aFolderOfMoreThanFiveThousandEnumsIsAnErrorAndGeneratesNothing() throws IOException {
    for (int p = 0; p < 3; p++) {
      page(
          "big/page" + p + ".md",
          LimitsTest.sections(PageReader.MAX_ENUMS_PER_PAGE).replace("### e", "### p" + p + "e"));
    }
    JavaFileObject spec = spec("    folder = \"resources/big\"");
    Compilation compilation = compile(spec);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "the folder resources/big documents 6,000 enums; one @GraphEnums generates at most"
                + " 5,000: divide the folder with include and exclude")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    InMemoryJavac.Result processed =
        InMemoryJavac.compile(
            List.of(spec),
            List.of("-proc:only", "-Agraphenum.docs=" + docs),
            List.of(new GraphEnumProcessor()));
    assertTrue(processed.sources().isEmpty(), () -> processed.sources().keySet().toString());
  }

  @Test
  void errorsInTodaysDocsAreWarningsAndASkipInAFolder() throws IOException {
    page(
        "today/priority.md",
        "# priority enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|low|0|\n"
            + "|norma.|1|\n");
    page(
        "today/level.md",
        "# level enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|low|0|\n"
            + "|low|1|\n");
    page(
        "today/size.md",
        "# size enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|small|0|\n"
            + "|large|0|\n");
    page(
        "today/fine.md",
        "# fine enum type\n\nNamespace: microsoft.graph\n\n|Member|Value|\n|-|-|\n|yes|0|\n");
    JavaFileObject spec = spec("    folder = \"resources/today\"");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "resources/today/priority.md:8: priority is not generated: member name 'norma.' is not"
                + " a Graph identifier")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/today/level.md:8: level is not generated: member low is documented twice"
                + " (first at line 7)");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/today/size.md:8: size is not generated: value 0 of member large is also the"
                + " value of small (line 7)");
    assertThat(compilation).generatedSourceFile("test.graph.Fine").isNotNull();
    assertThat(compilation)
        .generatedSourceFile("test.graph.GraphEnumIndex")
        .contentsAsUtf8String()
        .contains("1 generated, 3 skipped");
  }

  @Test
  void badFolderAttributesAreClearErrors() {
    for (String[] bad :
        new String[][] {
          {"    include = \"[\"", "'[' is not a glob pattern: Missing '"},
          {"    exclude = {\"*.md\", \"a{b\"}", "'a{b' is not a glob pattern: Missing '}"},
          {"    indexName = \"\"", "indexName '' is not an ASCII Java class name"},
          {"    indexName = \"class\"", "indexName 'class' is not an ASCII Java class name"},
          {
            "    indexName = \"a.Index\"",
            "indexName 'a.Index' is not an ASCII Java class name (a simple name: no dots)"
          }
        }) {
      JavaFileObject spec = spec("    folder = \"resources\"", bad[0]);
      Compilation compilation = compile(spec);
      assertThat(compilation)
          .hadErrorContaining(bad[1])
          .inFile(spec)
          .onLineContaining("@io.github.graphenum.GraphEnums(");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Test
  void anIndexNameTakenByASpecOrAnotherFolderIsAnErrorNamingIt() {
    JavaFileObject single =
        JavaFileObjects.forSourceLines(
            "test.graph.IndexSpec",
            "package test.graph;",
            "@io.github.graphenum.GraphEnum(table = \"|Member|\\n"
                + "|-|\\n"
                + "|a|\", className = \"GraphEnumIndex\")",
            "interface IndexSpec {}");
    JavaFileObject folder = spec("    folder = \"resources\"", "    include = \"color.md\"");
    Compilation clash =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.docs=" + docs)
            .compile(single, folder);
    assertThat(clash)
        .hadErrorContaining(
            "test.graph.GraphEnumIndex is generated by another spec too: test.graph.IndexSpec; set"
                + " indexName to another name")
        .inFile(folder)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(clash).hadErrorCount(1);
    JavaFileObject second =
        JavaFileObjects.forSourceLines(
            "test.graph.More",
            "package test.graph;",
            "@io.github.graphenum.GraphEnums(folder = \"resources\", include = \"modes.md\")",
            "interface More {}");
    Compilation twoFolders =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.docs=" + docs)
            .compile(folder, second);
    assertThat(twoFolders)
        .hadErrorContaining("test.graph.GraphEnumIndex is generated by another spec too");
    assertThat(twoFolders).hadErrorCount(1);
  }

  /**
   * An index named as one of the folder's enums, or as the set type of one of its flags enums,
   * would be two classes of one name: an error on the annotation, as any other mistake of its
   * attributes, and nothing of the folder is generated; not a warning that leaves the enum out.
   */
  @Test
  void anIndexNamedAsAGeneratedClassIsAnErrorOnTheAnnotation() {
    JavaFileObject spec =
        spec(
            "    folder = \"resources\"",
            "    include = {\"color.md\", \"modes.md\"}",
            "    indexName = \"Color\"");
    Compilation compilation = compile(spec);
    assertThat(compilation)
        .hadErrorContaining(
            "the index test.graph.Color would also be the class of the enum color, generated from"
                + " resources/color.md; set indexName to another name")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    InMemoryJavac.Result processed =
        InMemoryJavac.compile(
            List.of(spec),
            List.of("-proc:only", "-Agraphenum.docs=" + docs),
            List.of(new GraphEnumProcessor()));
    assertEquals(Map.of(), processed.sources(), "nothing of the folder");
    JavaFileObject set =
        spec(
            "    folder = \"resources\"",
            "    include = {\"color.md\", \"modes.md\"}",
            "    flags = \"modes\"",
            "    indexName = \"ModesSet\"");
    assertThat(compile(set))
        .hadErrorContaining(
            "the index test.graph.ModesSet would also be the class of the set type of modes,"
                + " generated from resources/modes.md")
        .inFile(set)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
  }

  @Test
  void aFlagsNameNoPageDocumentsIsAWarningWithTheClosestName() {
    JavaFileObject spec =
        spec(
            "    folder = \"resources\"",
            "    include = {\"modes.md\", \"color.md\"}",
            "    flags = {\"Modes\", \"colour\", \"nothingLikeIt\"}");
    Compilation compilation = compile(spec);
    assertThat(compilation)
        .hadWarningContaining(
            "flags names Modes, which no page of the folder documents, so no enum is made a flags"
                + " enum by it; it documents modes, which differs only in case")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation)
        .hadWarningContaining(
            "flags names colour, which no page of the folder documents, so no enum is made a flags"
                + " enum by it; the closest it documents: color, modes");
    assertThat(compilation).hadWarningContaining("flags names nothingLikeIt, which no page");
  }

  @Test
  void aConstantNameClashInAFolderIsANoteThatSaysHowToRenameThere() throws IOException {
    page(
        "clash/clash.md",
        "# clash enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|darkBlue|0|\n"
            + "|dark_Blue|1|\n");
    Compilation compilation = compile(spec("    folder = \"resources/clash\""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "dark_Blue is named DARK_BLUE_2 (to choose another, generate it with a @GraphEnum of"
                + " its own, with rename = \"dark_Blue=NAME\", and exclude its page here)");
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThat(compile(spec("    folder = \"nowhere\"")))
        .hadErrorContaining("folder nowhere not found; tried: ");
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
