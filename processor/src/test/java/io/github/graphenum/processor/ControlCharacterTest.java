package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.page;

import com.google.testing.compile.Compilation;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code doc} or {@code folder} holding a control character (a line break, a tab) is refused on
 * the attribute itself: a path is one line, wherever it is written (the build's records among
 * them), and no page or folder is named so.
 */
class ControlCharacterTest {
  @TempDir Path docs;

  @BeforeEach
  void writeColor() {
    page(docs, "color.md", "# color enum type\n\n|Member|Value|\n|-|-|\n|red|0|\n");
  }

  @Test
  void aLineBreakInDocIsAnErrorOnTheAttribute() {
    JavaFileObject spec =
        graphEnum("ColorSpec")
            .name("color")
            .doc("color.md\ngenerated /home/me/.ssh/id_rsa.class")
            .source();
    Compilation compilation =
        compile(List.of(Compile.docs(docs), "-Agraphenum.refresh=true"), spec);
    assertReported(compilation, Message.DOC_CONTROL_CHARACTER.at(0x0A, 8))
        .inFile(spec)
        .onLineContaining("doc = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTabOrALineSeparatorInAFolderIsAnErrorOnTheAttribute() {
    for (String folder : new String[] {"v1\tresources", "v1\u2028resources"}) {
      JavaFileObject pkg =
          Specs.source(
              "test.package-info",
              "@io.github.graphenum.GraphEnums(",
              "    indexName = \"Index\",",
              "    folder = " + JavaText.stringLiteral(folder) + ")",
              "package test;");
      Compilation compilation =
          compile(List.of(Compile.docs(docs), "-Agraphenum.refresh=true"), pkg);
      assertReported(compilation, Message.FOLDER_CONTROL_CHARACTER.at((int) folder.charAt(2), 2))
          .inFile(pkg)
          .onLineContaining("folder = ");
      assertThat(compilation).hadErrorCount(1);
    }
  }
}
