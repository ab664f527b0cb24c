package io.github.graphenum.processor.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.GraphEnumProcessor;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.LocalizedPage;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record of what each spec was generated from: written by a real compilation to disk, then
 * compared after pages change, appear and disappear, as graphenum-maven-plugin's refresh goal does.
 */
class InputsRecordTest {
  private static final String PAGE =
      "# color enum type\n\nNamespace: microsoft.graph\n\n|Member|Value|\n|-|-|\n|red|0|\n";

  @TempDir Path project;
  private Path docs;
  private Path moreDocs;
  private Path classes;

  @BeforeEach
  void writeProject() throws IOException {
    docs = project.resolve("docs");
    moreDocs = project.resolve("more-docs");
    classes = project.resolve("target/classes");
    write(docs.resolve("v1/color.md"), PAGE);
    write(docs.resolve("v1/folder/size.md"), PAGE.replace("color", "size"));
    Files.createDirectories(moreDocs);
    Files.createDirectories(classes);
    write(
        project.resolve("src/com/example/Specs.java"),
        """
        package com.example;

        final class Specs {
          @io.github.graphenum.GraphEnum(doc = "v1/color.md")
          interface ColorSpec {}
        }
        """);
    write(
        project.resolve("src/com/example/all/package-info.java"),
        """
        @io.github.graphenum.GraphEnums(folder = "v1/folder")
        package com.example.all;
        """);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Map<String, String> options() {
    return Map.of(
        "graphenum.docs",
        moreDocs + java.io.File.pathSeparator + docs,
        "graphenum.refresh",
        "true");
  }

  private void compile() throws IOException {
    compile(options());
  }

  private void compile(Map<String, String> options) throws IOException {
    compile(options, new GraphEnumProcessor());
  }

  private void compile(Map<String, String> options, GraphEnumProcessor processor)
      throws IOException {
    compile(
        options,
        processor,
        List.of(),
        project.resolve("src/com/example/Specs.java"),
        project.resolve("src/com/example/all/package-info.java"));
  }

  /**
   * Compiles {@code sources} to {@code target/classes}, with javac's {@code arguments} too; returns
   * the diagnostics.
   */
  private List<javax.tools.Diagnostic<? extends JavaFileObject>> compile(
      Map<String, String> options,
      GraphEnumProcessor processor,
      List<String> arguments,
      Path... sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> all =
          new ArrayList<>(
              List.of(
                  "-d", classes.toString(), "-s", project.resolve("target/generated").toString()));
      all.addAll(arguments);
      options.forEach((key, value) -> all.add("-A" + key + "=" + value));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, all, null, files.getJavaFileObjects(sources));
      task.setProcessors(List.of(processor));
      assertTrue(task.call(), diagnostics.getDiagnostics().toString());
    }
    return diagnostics.getDiagnostics();
  }

  /** The record file of {@code spec}, beside the class output. */
  private Path recordFile(String spec) {
    return InputsRecord.directoryFor(classes).resolve(InputsRecord.fileName(spec));
  }

  private InputsRecord record(String spec) throws IOException {
    return InputsRecord.parse(Files.readString(recordFile(spec)));
  }

  private List<String> changes(String spec) throws IOException {
    return record(spec).changes(classes, options()).stream().map(c -> c.describe(project)).toList();
  }

  @Test
  void aSpecRecordsItsPageThePlacesTriedBeforeAndWhatItGenerated() throws IOException {
    compile();
    InputsRecord color = record("com.example.Specs.ColorSpec");
    assertEquals(
        "com/example/Specs.class",
        color.specClassFile(),
        "the class file of the spec's source file");
    assertEquals(List.of("com/example/Color.class"), color.generatedClassFiles());
    String text = Files.readString(recordFile("com.example.Specs.ColorSpec"));
    assertTrue(text.contains("\nabsent ../../more-docs/v1/color.md\n"), text);
    assertTrue(
        text.contains(
            "\npage "
                + InputHashes.contentHash(docs.resolve("v1/color.md"))
                + " ../../docs/v1/color.md\n"),
        text);
    assertTrue(text.matches("(?s).*\noptions [0-9a-f]{64}\n.*"), text);
    assertEquals(color, InputsRecord.parse(color.format()));
    assertEquals(List.of(), changes("com.example.Specs.ColorSpec"), "nothing changed");
  }

  @Test
  void aChangedPageAPageThatAppearsEarlierAndChangedOptionsAreSeen() throws IOException {
    compile();
    write(docs.resolve("v1/color.md"), PAGE + "|blue|1|\n");
    assertEquals(List.of("docs/v1/color.md changed"), changes("com.example.Specs.ColorSpec"));
    write(moreDocs.resolve("v1/color.md"), PAGE);
    assertEquals(
        List.of("more-docs/v1/color.md appeared", "docs/v1/color.md changed"),
        changes("com.example.Specs.ColorSpec"));
    Files.delete(docs.resolve("v1/color.md"));
    assertEquals(
        List.of("more-docs/v1/color.md appeared", "docs/v1/color.md removed"),
        changes("com.example.Specs.ColorSpec"));
    InputsRecord color = record("com.example.Specs.ColorSpec");
    assertEquals(
        List.of("the graphenum options changed"),
        color
            .changes(
                classes,
                Map.of(
                    "graphenum.docs",
                    moreDocs + java.io.File.pathSeparator + docs,
                    "graphenum.jackson",
                    "true"))
            .stream()
            .filter(c -> c.kind() == InputsRecord.Kind.OPTIONS)
            .map(c -> c.describe(project))
            .toList());
    assertEquals(2, color.changes(classes, null).size(), "unknown options are not compared");
  }

  /** Something done to the files on disk while graphenum runs. */
  @FunctionalInterface
  private interface Edit {
    void after(Path fileRead) throws IOException;
  }

  /**
   * A page reader that makes {@code edit} right after it reads each file (a page, or a localized
   * page): while javac runs, before graphenum writes the records at the end of the round.
   */
  private static PageReader editingAfterReading(Edit edit) {
    return new PageReader() {
      @Override
      public Outcome<Page> read(String doc, Path file, Consumer<byte[]> bytesRead) {
        return edited(super.read(doc, file, bytesRead), file);
      }

      @Override
      public Outcome<LocalizedPage> readLocalized(
          String doc, Path file, Consumer<byte[]> bytesRead) {
        return edited(super.readLocalized(doc, file, bytesRead), file);
      }

      private <T> T edited(T read, Path file) {
        try {
          edit.after(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return read;
      }
    };
  }

  @Test
  void aPageSavedAgainDuringTheBuildIsRecordedAsItWasRead() throws IOException {
    Path color = docs.resolve("v1/color.md");
    Path size = docs.resolve("v1/folder/size.md");
    String originalColor = InputHashes.contentHash(color);
    // Both pages are saved with a new member right after graphenum read them, before it writes the
    // records at the end of the round: the enums hold what was read, so must the records.
    compile(
        options(),
        new GraphEnumProcessor(
            editingAfterReading(
                file -> Files.writeString(file, Files.readString(file) + "|blue|1|\n"))));
    String text = Files.readString(recordFile("com.example.Specs.ColorSpec"));
    assertTrue(text.contains("\npage " + originalColor + " ../../docs/v1/color.md\n"), text);
    assertEquals(List.of("docs/v1/color.md changed"), changes("com.example.Specs.ColorSpec"));
    assertEquals(
        List.of("pages under docs/v1/folder changed"), changes("com.example.all.package-info"));
    assertTrue(
        Files.readString(size).contains("|blue|1|"), "the folder's page was saved again too");
  }

  @Test
  void aPageAddedToAFolderDuringTheBuildIsNotInItsRecord() throws IOException {
    Path shape = docs.resolve("v1/folder/shape.md");
    // Added while graphenum reads the folder's pages, after it listed them: not generated now, so
    // the next build must see the folder changed.
    PageReader addsAPage =
        editingAfterReading(
            file -> {
              if (file.endsWith("size.md")) {
                Files.writeString(shape, PAGE.replace("color", "shape"));
              }
            });
    compile(options(), new GraphEnumProcessor(addsAPage));
    assertTrue(Files.exists(shape));
    assertFalse(
        Files.exists(classes.resolve("com/example/all/Shape.class")),
        "read after the folder was listed");
    assertEquals(
        List.of("pages under docs/v1/folder changed"), changes("com.example.all.package-info"));
  }

  @Test
  void aTranslationPageRemovedAfterItWasReadIsRecordedAsRead() throws IOException {
    String described =
        "# color enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|Description|\n"
            + "|-|-|-|\n"
            + "|red|0|Red.|\n";
    write(docs.resolve("v1/color.md"), described);
    Path portuguese = project.resolve("docs-pt/v1/color.md");
    write(portuguese, described.replace("Red.", "Vermelho."));
    String read = InputHashes.contentHash(portuguese);
    PageReader removesTheTranslation =
        editingAfterReading(
            file -> {
              if (file.equals(portuguese)) {
                Files.delete(file);
              }
            });
    Map<String, String> options = new java.util.HashMap<>(options());
    options.put("graphenum.translations", "pt-BR=" + project.resolve("docs-pt"));
    compile(options, new GraphEnumProcessor(removesTheTranslation));
    assertFalse(Files.exists(portuguese));
    String text = Files.readString(recordFile("com.example.Specs.ColorSpec"));
    assertTrue(text.contains("\npage " + read + " ../../docs-pt/v1/color.md\n"), text);
    assertEquals(
        List.of("docs-pt/v1/color.md removed"),
        record("com.example.Specs.ColorSpec").changes(classes, options).stream()
            .map(c -> c.describe(project))
            .toList());
  }

  @Test
  void metadataSavedAgainDuringTheBuildIsRecordedAsItWasRead() throws IOException {
    Path metadata = project.resolve("metadata/v1.0.csdl.xml");
    write(
        metadata,
        """
        <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
          <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            <EnumType Name="color"><Member Name="red" Value="0" /></EnumType>
          </Schema>
        </edmx:DataServices></edmx:Edmx>
        """);
    String original = InputHashes.contentHash(metadata);
    // The metadata is read once, before any page; it is saved again as each page is read.
    PageReader savesTheMetadata =
        editingAfterReading(
            file ->
                Files.writeString(
                    metadata, Files.readString(metadata).replace("Value=\"0\"", "Value=\"5\"")));
    Map<String, String> options = new java.util.HashMap<>(options());
    options.put("graphenum.metadata", metadata.toString());
    compile(options, new GraphEnumProcessor(savesTheMetadata));
    String text = Files.readString(recordFile("com.example.Specs.ColorSpec"));
    assertTrue(text.contains("\nmetadata " + original + " ../../metadata/v1.0.csdl.xml\n"), text);
    assertEquals(
        List.of("metadata/v1.0.csdl.xml changed"),
        record("com.example.Specs.ColorSpec").changes(classes, options).stream()
            .map(c -> c.describe(project))
            .toList());
  }

  /**
   * The member type of an evolvable enum is a class the spec generated, as a flags enum's set type
   * is: its record lists it, so that graphenum-maven-plugin's refresh removes it (and its nested
   * classes) with the enum when the spec is stale.
   */
  @Test
  void anEvolvableEnumRecordsItsMemberType() throws IOException {
    write(
        project.resolve("src/com/example/StateSpec.java"),
        """
        package com.example;

        @io.github.graphenum.GraphEnum(name = "state", table = "|Member|\\n|-|\\n|on|\\n|unknownFutureValue|\\n")
        interface StateSpec {}
        """);
    compile(
        options(),
        new GraphEnumProcessor(),
        List.of(),
        project.resolve("src/com/example/StateSpec.java"));
    assertEquals(
        List.of("com/example/State.class", "com/example/StateMember.class"),
        record("com.example.StateSpec").generatedClassFiles());
  }

  @Test
  void aFolderRecordsItsFilesAndTheIndex() throws IOException {
    compile();
    InputsRecord folder = record("com.example.all.package-info");
    assertEquals("com/example/all/package-info.class", folder.specClassFile());
    assertEquals(
        List.of("com/example/all/GraphEnumIndex.class", "com/example/all/Size.class"),
        folder.generatedClassFiles());
    assertTrue(
        folder.inputs().stream().noneMatch(i -> i.kind() == InputsRecord.Kind.PAGE),
        "its pages are covered by the folder's hash");
    assertEquals(List.of(), changes("com.example.all.package-info"));
    write(docs.resolve("v1/folder/shape.md"), PAGE.replace("color", "shape"));
    assertEquals(
        List.of("pages under docs/v1/folder changed"), changes("com.example.all.package-info"));
    assertEquals(List.of(), changes("com.example.Specs.ColorSpec"), "another spec's page");
  }

  @Test
  void withoutTheRefreshOptionNothingIsRecorded() throws IOException {
    compile(Map.of("graphenum.docs", moreDocs + java.io.File.pathSeparator + docs));
    assertTrue(Files.exists(classes.resolve("com/example/Color.class")), "the enums are generated");
    assertFalse(Files.exists(InputsRecord.directoryFor(classes)), "but no record is written");
  }

  @Test
  void aRecordThatIsNotOneIsRefused() {
    for (String text :
        List.of(
            "",
            "page abc\n",
            "generated a/B.class\n",
            "version 2\nclasses /c\nspec a.B a/B.class\ngenerated \n",
            "version 2\nclasses /c\nspec a.B a/B.class\ngenerated ../B.class\n",
            "version 2\nclasses /c\nspec a.B /a/B.class\n",
            "version 2\nclasses c\nspec a.B a/B.class\n",
            "version 2\nspec a.B a/B.class\n",
            "version 1\nclasses /c\nspec a.B a/B.class\n",
            "version 2\nclasses /c\nspec a.B a/B.class\npage 00 x.md\n",
            "version 2\nclasses /c\nspec a.B a/B.class\nfolder "
                + "0".repeat(64)
                + " x include [\n")) {
      assertThrows(IllegalArgumentException.class, () -> InputsRecord.parse(text), text);
    }
  }

  @Test
  void recordsAreKeptBesideTheClassOutputNotInItAndSayForWhichOne() throws IOException {
    compile();
    assertFalse(Files.exists(classes.resolve("META-INF")), "nothing of graphenum's in the jar");
    assertEquals(
        project.resolve("target/graphenum-inputs/classes"), InputsRecord.directoryFor(classes));
    InputsRecord color = record("com.example.Specs.ColorSpec");
    assertEquals(classes.toString(), color.classOutput());
    assertTrue(color.isFor(classes));
    assertFalse(color.isFor(project.resolve("dependency/target/classes")));
    try (var left = Files.list(InputsRecord.directoryFor(classes))) {
      assertEquals(
          List.of("com.example.Specs.ColorSpec.txt", "com.example.all.package-info.txt"),
          left.map(f -> f.getFileName().toString()).sorted().toList(),
          "no partial file left");
    }
  }

  @Test
  void aSpecWithA298CharacterNameIsRecorded() throws IOException {
    String pkg =
        "com.example."
            + "averyveryverylongpackagename".repeat(2)
            + "."
            + "anotherveryverylongpackagename".repeat(2)
            + "."
            + "yetanotherlongpackagename".repeat(3);
    String simple = "ColorSpec" + "X".repeat(298 - pkg.length() - 1 - "ColorSpec".length());
    String spec = pkg + "." + simple;
    assertEquals(298, spec.length());
    Path source = project.resolve("src/" + pkg.replace('.', '/') + "/" + simple + ".java");
    write(
        source,
        "package "
            + pkg
            + ";\n\n"
            + "@io.github.graphenum.GraphEnum(doc = \"v1/color.md\", className = \"Color\")\n"
            + "interface "
            + simple
            + " {}\n");
    List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics =
        compile(options(), new GraphEnumProcessor(), List.of(), source);
    assertEquals(
        List.of(),
        diagnostics.stream()
            .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.WARNING)
            .toList());
    String fileName = InputsRecord.fileName(spec);
    assertTrue(fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 255, fileName);
    assertTrue(fileName.startsWith(spec.substring(0, 40) + "~"), fileName);
    InputsRecord record = record(spec);
    assertEquals(spec, record.spec(), "the whole name is inside");
    assertEquals(List.of(), record.changes(classes, options()));
  }

  @Test
  void aFolderRecordHashesItsPagesAloneAndReadsNoOtherFile() throws IOException {
    Path folder = docs.resolve("v1/folder");
    // A 3 GiB disk image beside the pages (sparse: it takes no room): reading it whole, as a byte
    // array, is an OutOfMemoryError.
    try (java.io.RandomAccessFile image =
        new java.io.RandomAccessFile(folder.resolve("disk.img").toFile(), "rw")) {
      image.setLength(3L << 30);
    }
    write(
        project.resolve("src/com/example/all/package-info.java"),
        """
        @io.github.graphenum.GraphEnums(folder = "v1/folder", exclude = "drafts/**")
        package com.example.all;
        """);
    write(folder.resolve("drafts/shape.md"), PAGE.replace("color", "shape"));
    compile();
    InputsRecord.Input recorded =
        record("com.example.all.package-info").inputs().stream()
            .filter(i -> i.kind() == InputsRecord.Kind.FOLDER)
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("**.md"), recorded.include());
    assertEquals(List.of("drafts/**"), recorded.exclude());
    assertEquals(List.of(), changes("com.example.all.package-info"));
    write(folder.resolve("notes.txt"), "not a page");
    write(folder.resolve("drafts/shape.md"), PAGE.replace("color", "shape") + "|round|1|\n");
    assertEquals(
        List.of(),
        changes("com.example.all.package-info"),
        "neither a file that is no page nor an excluded page counts");
    write(folder.resolve("size.md"), PAGE.replace("color", "size") + "|large|1|\n");
    assertEquals(
        List.of("pages under docs/v1/folder changed"), changes("com.example.all.package-info"));
  }

  @Test
  void everyFieldIsEscapedSoThatNoValueAddsALine() {
    String hostile = "../../docs/a b\\c\ngenerated /etc/passwd\r\u0085\u2028\u0001caf\u00e9.md";
    InputsRecord record =
        new InputsRecord(
            "/home/me/my project/target/classes",
            "com.example.ColorSpec",
            "com/example/ColorSpec.class",
            List.of("com/example/Color.class"),
            List.of(
                new InputsRecord.Input(InputsRecord.Kind.PAGE, "0".repeat(64), hostile),
                new InputsRecord.Input(
                    InputsRecord.Kind.FOLDER,
                    "1".repeat(64),
                    "../../docs\nx",
                    List.of("**.md", ""),
                    List.of("a b\n"))));
    String text = record.format();
    assertEquals(7, text.split("\n", -1).length - 1, text);
    assertFalse(text.contains("\ngenerated /etc"), text);
    assertEquals(record, InputsRecord.parse(text));
    assertEquals(
        text,
        new String(
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void recordFileNamesAreShortAndDistinct() {
    assertEquals("com.example.ColorSpec.txt", InputsRecord.fileName("com.example.ColorSpec"));
    String chinese = "com.example." + "\u989c\u8272".repeat(60);
    String a = InputsRecord.fileName(chinese + "A");
    String b = InputsRecord.fileName(chinese + "B");
    assertTrue(a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 255, a);
    assertFalse(a.equals(b));
  }
}
