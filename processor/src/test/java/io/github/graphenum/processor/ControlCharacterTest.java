package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code doc} or {@code folder} holding a control character (a line break, a tab) is refused on
 * the attribute itself: a path is one line, wherever it is written (the build's records among
 * them), and no page or folder is named so.
 */
class ControlCharacterTest {
  @TempDir Path docs;

  private Compilation compile(JavaFileObject source) throws IOException {
    Files.writeString(
        docs.resolve("color.md"), "# color enum type\n\n|Member|Value|\n|-|-|\n|red|0|\n");
    return javac()
        .withProcessors(new GraphEnumProcessor())
        .withOptions("-Agraphenum.docs=" + docs, "-Agraphenum.refresh=true")
        .compile(source);
  }

  @Test
  void aLineBreakInDocIsAnErrorOnTheAttribute() throws IOException {
    JavaFileObject spec =
        JavaFileObjects.forSourceLines(
            "test.ColorSpec",
            "package test;",
            "",
            "@io.github.graphenum.GraphEnum(",
            "    name = \"color\",",
            "    doc = \"color.md\\ngenerated /home/me/.ssh/id_rsa.class\")",
            "interface ColorSpec {}");
    Compilation compilation = compile(spec);
    assertThat(compilation)
        .hadErrorContaining(
            "[graphenum] doc holds the control character U+000A (at index 8); a page's path is one"
                + " line of printable characters")
        .inFile(spec)
        .onLineContaining("doc = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTabOrALineSeparatorInAFolderIsAnErrorOnTheAttribute() throws IOException {
    for (String folder : new String[] {"v1\\tresources", "v1\\u2028resources"}) {
      JavaFileObject pkg =
          JavaFileObjects.forSourceLines(
              "test.package-info",
              "@io.github.graphenum.GraphEnums(",
              "    indexName = \"Index\",",
              "    folder = \"" + folder + "\")",
              "package test;");
      Compilation compilation = compile(pkg);
      assertThat(compilation)
          .hadErrorContaining(
              "[graphenum] folder holds the control character U+"
                  + (folder.contains("\\t") ? "0009" : "2028")
                  + " (at index 2)")
          .inFile(pkg)
          .onLineContaining("folder = ");
      assertThat(compilation).hadErrorCount(1);
    }
  }
}
