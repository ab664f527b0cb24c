package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.LocalizedPages.COLOR;
import static io.github.graphenum.processor.testing.LocalizedPages.DARK_BLUE;
import static io.github.graphenum.processor.testing.LocalizedPages.GREEN;
import static io.github.graphenum.processor.testing.LocalizedPages.RED;
import static io.github.graphenum.processor.testing.LocalizedPages.sideBySide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.inputs.InputsRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor writes besides sources, translation bundles and the records of build inputs,
 * is in one encoding whatever javac's {@code -encoding} says: bundles in ASCII (which Java 8 reads
 * as ISO-8859-1 and later Javas as UTF-8), records in UTF-8. Real compilations to disk: an
 * in-memory file manager ignores {@code -encoding}.
 */
class FixedEncodingTest {
  @TempDir Path project;

  /**
   * Compiles the spec {@code test.ColorSpec}, its source in {@code encoding}, to {@code
   * target/classes}.
   */
  private Path compile(String spec, Charset encoding, Map<String, String> options)
      throws IOException {
    Path source = project.resolve("src/test/ColorSpec.java");
    Files.createDirectories(source.getParent());
    Files.write(source, spec.getBytes(encoding));
    Path classes = project.resolve("target/classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> arguments =
          new ArrayList<>(
              List.of(
                  "-encoding",
                  encoding.name(),
                  "-d",
                  classes.toString(),
                  "-s",
                  project.resolve("target/generated").toString()));
      options.forEach((key, value) -> arguments.add("-A" + key + "=" + value));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostics, arguments, null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new GraphEnumProcessor()));
      assertTrue(task.call(), diagnostics.getDiagnostics().toString());
    }
    return classes;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void bundlesWrittenUnderUtf16AreReadByJava8AndLater() throws Exception {
    write(project.resolve("docs/color.md"), COLOR);
    write(project.resolve("docs-pt/color.md"), sideBySide(RED, DARK_BLUE, GREEN));
    Path classes =
        compile(
            "package test;\n\n"
                + "@io.github.graphenum.GraphEnum(doc = \"color.md\")\n"
                + "interface ColorSpec {}\n",
            StandardCharsets.UTF_16,
            Map.of(
                "graphenum.docs",
                project.resolve("docs").toString(),
                "graphenum.translations",
                "pt-BR=" + project.resolve("docs-pt")));
    byte[] bundle = Files.readAllBytes(classes.resolve("test/ColorDescriptions_pt_BR.properties"));
    for (byte b : bundle) {
      assertTrue(b > 0, "ASCII only");
    }
    // Java 8's PropertyResourceBundle reads ISO-8859-1; later ones UTF-8: the same text.
    PropertyResourceBundle java8 =
        new PropertyResourceBundle(
            new InputStreamReader(new ByteArrayInputStream(bundle), StandardCharsets.ISO_8859_1));
    PropertyResourceBundle java9 =
        new PropertyResourceBundle(
            new InputStreamReader(new ByteArrayInputStream(bundle), StandardCharsets.UTF_8));
    assertEquals("Vermelho.", java8.getString("red"));
    assertEquals("Vermelho.", java9.getString("red"));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> color = Class.forName("test.Color", true, loader);
      Object red = color.getEnumConstants()[0];
      assertEquals(
          "Vermelho.",
          color.getMethod("description", Locale.class).invoke(red, Locale.forLanguageTag("pt-BR")));
    }
  }

  @Test
  void aRecordOfLatin1SourcesNamingAPageUnderCafeIsUtf8AndSeesTheEdit() throws IOException {
    Path page = project.resolve("docs/caf\u00e9/color.md");
    write(page, "# color enum type\n\n|Member|Value|\n|-|-|\n|red|0|\n");
    Map<String, String> options =
        Map.of("graphenum.docs", project.resolve("docs").toString(), "graphenum.refresh", "true");
    Path classes =
        compile(
            "package test;\n\n"
                + "/** Caf\u00e9 colors. */\n"
                + "@io.github.graphenum.GraphEnum(doc = \"caf\u00e9/color.md\")\n"
                + "interface ColorSpec {}\n",
            StandardCharsets.ISO_8859_1,
            options);
    // Read as the refresh goal reads it: strictly UTF-8.
    InputsRecord record =
        InputsRecord.parse(
            Files.readString(InputsRecord.directoryFor(classes).resolve("test.ColorSpec.txt")));
    assertEquals(List.of(), record.changes(classes, options));
    write(page, "# color enum type\n\n|Member|Value|\n|-|-|\n|red|0|\n|blue|1|\n");
    assertEquals(
        List.of("docs/caf\u00e9/color.md changed"),
        record.changes(classes, options).stream().map(c -> c.describe(project)).toList());
  }
}
