package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.Specs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.GraphEnum;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the Eclipse compiler (ECJ), which Eclipse and VS Code's Java extension
 * compile with: run through {@code javax.tools} as a build would, the processor found on {@code
 * -processorpath} by its service file, the way m2e-apt sets it up.
 */
class EcjTest {
  @TempDir Path project;

  /** The jar or class folder {@code type} was loaded from. */
  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The annotations: all that the compiled code needs. */
  private static final String CLASS_PATH = locationOf(GraphEnum.class);

  /**
   * The processor and what it runs on: its classes (with their service file) and its dependencies.
   */
  private static final String PROCESSOR_PATH =
      Stream.of(
              GraphEnumProcessor.class,
              GraphEnum.class,
              TypeSpec.class,
              Parser.class,
              TablesExtension.class)
          .map(EcjTest::locationOf)
          .distinct()
          .collect(Collectors.joining(File.pathSeparator));

  /** The page of the enum {@code name} whose members table has {@code rows}, from line 7 on. */
  private static String enumPage(String name, String... rows) {
    return "# "
        + name
        + " enum type\n\nNamespace: microsoft.graph\n\n|Member|Value|\n|-|-|\n"
        + String.join("\n", rows)
        + "\n";
  }

  private static final String STATUS = enumPage("status", "|on|0|", "|off|1|");

  /** The spec of {@link #STATUS}, its annotation on line 3. */
  private static final String[] STATUS_SPEC = {
    "package test;",
    "",
    "@io.github.graphenum.GraphEnum(doc = \"status.md\")",
    "interface StatusSpec {}"
  };

  /** Member large has the value zero, on line 8: an error. */
  private static final String SIZE = enumPage("size", "|small|0|", "|large|zero|");

  /** What one compilation gave. */
  private record Result(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {

    List<Diagnostic<? extends JavaFileObject>> of(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
    }

    /** The one diagnostic of {@code kind} whose message contains {@code text}. */
    Diagnostic<? extends JavaFileObject> the(Diagnostic.Kind kind, String text) {
      List<Diagnostic<? extends JavaFileObject>> found =
          of(kind).stream().filter(d -> d.getMessage(Locale.ROOT).contains(text)).toList();
      assertEquals(
          1, found.size(), () -> "one " + kind + " containing '" + text + "' among " + describe());
      return found.get(0);
    }

    String describe() {
      return diagnostics.stream()
          .map(
              d ->
                  d.getKind()
                      + " "
                      + (d.getSource() == null ? "-" : d.getSource().getName())
                      + ":"
                      + d.getLineNumber()
                      + " "
                      + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n", "\n", "\n" + output));
    }
  }

  private void write(String path, String... lines) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  /** ECJ over every source under {@code src}, with {@code options} before the output folders. */
  private Result ecj(String... options) throws IOException {
    JavaCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(project.resolve("src"))) {
      sources = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    List<String> all = new ArrayList<>(List.of(options));
    all.addAll(
        List.of(
            "-17",
            "-d",
            project.resolve("classes").toString(),
            "-s",
            project.resolve("generated").toString()));
    try (StandardJavaFileManager files =
        ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean success =
          ecj.getTask(
                  output, files, diagnostics, all, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      return new Result(success, diagnostics.getDiagnostics(), output.toString());
    }
  }

  private Result ecjWithDocs() throws IOException {
    return ecj(
        "-cp",
        CLASS_PATH,
        "-processorpath",
        PROCESSOR_PATH,
        "-Agraphenum.docs=" + project.resolve("docs"));
  }

  private static String sourceName(Diagnostic<? extends JavaFileObject> diagnostic) {
    return Path.of(diagnostic.getSource().toUri()).getFileName().toString();
  }

  @Test
  void generatesTheEnumThatTheCodeBesideTheSpecUses() throws IOException {
    page(project, "docs/status.md", STATUS);
    write("src/test/StatusSpec.java", STATUS_SPEC);
    write(
        "src/test/Use.java",
        "package test;",
        "",
        "class Use {",
        "  int off = Status.fromMemberName(\"off\").value();",
        "}");
    Result result = ecjWithDocs();
    assertTrue(result.success(), result::describe);
    assertEquals(List.of(), result.diagnostics(), result::describe);
    assertTrue(Files.isRegularFile(project.resolve("generated/test/Status.java")));
    assertTrue(Files.isRegularFile(project.resolve("classes/test/Use.class")));
  }

  @Test
  void anErrorOnAPageNamesItsLineAndIsReportedOnTheSpecsFileAndLine() throws IOException {
    page(project, "docs/size.md", SIZE);
    write(
        "src/test/SizeSpec.java",
        "package test;",
        "",
        "/** Sizes. */",
        "@io.github.graphenum.GraphEnum(",
        "    doc = \"size.md\")",
        "interface SizeSpec {}");
    Result result = ecjWithDocs();
    assertFalse(result.success(), result::describe);
    Diagnostic<? extends JavaFileObject> error =
        result.the(
            Diagnostic.Kind.ERROR,
            "[graphenum] size.md:8: value 'zero' of member large is not an integer");
    // ECJ places it on the annotation, which starts on line 4; javac would place it there too.
    assertEquals("SizeSpec.java", sourceName(error));
    assertEquals(4, error.getLineNumber());
    assertFalse(
        Files.exists(project.resolve("generated/test/Size.java")),
        "nothing is written for a spec with errors");
  }

  @Test
  void aFolderWarningIsReportedOnTheGraphEnumsFileAndLine() throws IOException {
    page(project, "docs/resources/color.md", enumPage("color", "|red|0|", "|blue|1|"));
    page(project, "docs/resources/size.md", SIZE);
    write(
        "src/test/graph/Enums.java",
        "package test.graph;",
        "",
        "@io.github.graphenum.GraphEnums(folder = \"resources\")",
        "interface Enums {}");
    Result result = ecjWithDocs();
    assertTrue(result.success(), result::describe);
    Diagnostic<? extends JavaFileObject> warning =
        result.the(
            Diagnostic.Kind.WARNING,
            "resources/size.md:8: size is not generated: value 'zero' of member large");
    assertEquals("Enums.java", sourceName(warning));
    assertEquals(3, warning.getLineNumber());
    assertTrue(Files.isRegularFile(project.resolve("generated/test/graph/Color.java")));
  }

  @Test
  void theSpecsOwnFolderIsSearchedForItsPageFromJdk18() throws IOException {
    // ECJ has no javac tree API; its Elements.getFileObjectOf names the spec's file, from JDK 18
    // on.
    page(project, "src/test/status.md", STATUS);
    write("src/test/StatusSpec.java", STATUS_SPEC);
    Result result = ecj("-cp", CLASS_PATH, "-processorpath", PROCESSOR_PATH);
    if (Runtime.version().feature() >= 18) {
      assertTrue(result.success(), result::describe);
      assertTrue(Files.isRegularFile(project.resolve("generated/test/Status.java")));
    } else {
      Diagnostic<? extends JavaFileObject> error =
          result.the(
              Diagnostic.Kind.ERROR, "[graphenum] doc page status.md not found; tried: nowhere;");
      assertTrue(
          error
              .getMessage(Locale.ROOT)
              .endsWith(
                  "the spec's own folder could not be searched: the Eclipse compiler (Eclipse, VS"
                      + " Code) tells processors where a source file is only when it runs on JDK 18"
                      + " or later"),
          result::describe);
      assertEquals(3, error.getLineNumber());
    }
  }

  @Test
  void aTableInTheSpecIsNamedByWhatItIsAndItsLineQuoted() throws IOException {
    write(
        "src/test/SizeSpec.java",
        "package test;",
        "",
        "@io.github.graphenum.GraphEnum(table = \"|Member|Value|\\n"
            + "|-|-|\\n"
            + "|small|0|\\n"
            + "|large|zero|\")",
        "interface SizeSpec {}");
    Result result = ecj("-cp", CLASS_PATH, "-processorpath", PROCESSOR_PATH);
    Diagnostic<? extends JavaFileObject> error =
        result.the(
            Diagnostic.Kind.ERROR,
            "[graphenum] the table of SizeSpec, line 4 (|large|zero|): value 'zero' of member large"
                + " is not an integer");
    assertEquals(3, error.getLineNumber());
  }

  /**
   * {@code java -jar ecj.jar}, in a JVM of its own, over {@code src/test/StatusSpec.java} with
   * {@code options}: the enum it generated, or the empty string.
   */
  private String ecjCommandLine(String... options) throws IOException, InterruptedException {
    page(project, "docs/status.md", STATUS);
    write("src/test/StatusSpec.java", STATUS_SPEC);
    Path generated = project.resolve("generated-" + options[0].substring(1));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                locationOf(EclipseCompiler.class)));
    command.addAll(List.of(options));
    command.addAll(
        List.of(
            "-17",
            "-Agraphenum.docs=" + project.resolve("docs"),
            "-d",
            project.resolve("classes").toString(),
            "-s",
            generated.toString(),
            project.resolve("src/test/StatusSpec.java").toString()));
    Process ecj = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(ecj.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, ecj.waitFor(), output);
    Path enumSource = generated.resolve("test/Status.java");
    return Files.exists(enumSource) ? Files.readString(enumSource) : "";
  }

  /**
   * ECJ 3.44's own bug, pinned so that an ECJ that fixes it shows here: on its command line ({@code
   * java -jar ecj.jar}), with {@code -processorpath} before {@code -cp}, it discovers no processor
   * and says nothing (through {@code javax.tools}, as above, the order does not matter). The docs
   * tell users of ECJ's command line to put {@code -cp} first; when this test fails, that advice
   * can go.
   */
  @Test
  void ecjsCommandLineRunsNoProcessorWhenProcessorpathComesBeforeTheClassPath()
      throws IOException, InterruptedException {
    assertTrue(
        ecjCommandLine("-cp", CLASS_PATH, "-processorpath", PROCESSOR_PATH)
            .contains("public enum Status"));
    assertEquals(
        "",
        ecjCommandLine("-processorpath", PROCESSOR_PATH, "-cp", CLASS_PATH),
        "ECJ ran the processor: its -processorpath bug is fixed");
  }
}
