package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Specs.GRAPH_ENUMS;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.graphEnums;
import static io.github.graphenum.processor.testing.Specs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.WarningKind;
import io.github.graphenum.processor.render.source.JavaText;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.Specs;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @SuppressWarnings("graphenum")} and {@code @SuppressWarnings("graphenum:<kind>")} on a
 * spec, a folder or a type that encloses them, under the README's {@code -Xlint:all -Werror}.
 */
class SuppressWarningsTest {
  /** Two members of one constant name. */
  private static final String CLASH = "|Member|\n|-|\n|darkBlue|\n|dark_Blue|\n";

  /** The folder spec {@code test.Enums}: one enum skipped, one with a column not read. */
  private static final Specs.Builder FOLDER = graphEnums("Enums").folder("resources");

  /** A spec whose table maps two members to one constant name: a warning of kind names. */
  private static final Specs.Builder CLASH_SPEC = graphEnum("ClashSpec").table(CLASH);

  @TempDir Path docs;

  @BeforeEach
  void writeFolder() {
    // One enum the folder skips (a value that is no integer): a warning of kind skipped.
    page(docs, "resources/bad.md", "# bad enum type\n\n|Member|Value|\n|-|-|\n|one|x|\n");
    // A column that is not read: a warning of kind unread; the enum is generated.
    page(
        docs,
        "resources/extra.md",
        "# extra enum type\n\n|Member|Value|Notes|\n|-|-|-|\n|one|1|n|\n");
  }

  /** The README's compiler settings (every lint, and warnings fail the build) and the docs root. */
  private List<String> strict() {
    return List.of("-Xlint:all", "-Werror", Compile.docs(docs));
  }

  @Test
  void withoutSuppressionEachKindWarnsAndFailsTheStrictBuild() {
    Compilation compilation = compile(strict(), FOLDER.source());
    assertThat(compilation).failed();
    assertReported(
        compilation,
        Message.FOLDER_SKIPPED.onPage(
            "resources/bad.md", 5, "bad", Message.VALUE_NOT_INTEGER.at("x", "one", "").text()));
    assertReported(compilation, Message.UNKNOWN_COLUMN.onPage("resources/extra.md", 3, "Notes"));
    assertThat(compile(strict(), CLASH_SPEC.source()))
        .hadWarningContaining(
            "members darkBlue and dark_Blue both map to the constant name DARK_BLUE");
  }

  @Test
  void graphenumSilencesEveryKindOnTheFolderAndANoteCountsThem() {
    JavaFileObject spec = FOLDER.before("@SuppressWarnings(\"graphenum\")").source();
    Compilation compilation = compile(strict(), spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(compilation, Message.WARNINGS_SUPPRESSED.at("1 skipped, 1 unread"))
        .inFile(spec)
        .onLineContaining(GRAPH_ENUMS);
    assertThat(compilation).generatedSourceFile("test.Extra").isNotNull();
  }

  @Test
  void aKindSilencesThatKindAndNoOther() {
    Compilation skipped =
        compile(
            strict(),
            FOLDER.before("@SuppressWarnings({\"rawtypes\", \"graphenum:skipped\"})").source());
    assertThat(skipped).hadWarningCount(1);
    assertReported(skipped, Message.UNKNOWN_COLUMN.onPage("resources/extra.md", 3, "Notes"));
    assertReported(skipped, Message.WARNINGS_SUPPRESSED.at("1 skipped"));

    assertThat(
            compile(strict(), CLASH_SPEC.before("@SuppressWarnings(\"graphenum:names\")").source()))
        .succeededWithoutWarnings();
    Compilation otherKind =
        compile(strict(), CLASH_SPEC.before("@SuppressWarnings(\"graphenum:metadata\")").source());
    assertThat(otherKind).hadWarningCount(1);
    assertThat(otherKind)
        .hadWarningContaining(
            "members darkBlue and dark_Blue both map to the constant name DARK_BLUE");
  }

  @Test
  void aTypeThatEnclosesTheSpecSilencesItsWarningsAsJavaDoes() {
    JavaFileObject outer =
        Specs.source(
            "test.Specs",
            "package test;",
            "@SuppressWarnings(\"graphenum:names\")",
            "class Specs {",
            "  @io.github.graphenum.GraphEnum(table = " + JavaText.stringLiteral(CLASH) + ")",
            "  interface ClashSpec {}",
            "}");
    assertThat(compile(strict(), outer)).succeededWithoutWarnings();
  }

  @Test
  void errorsAreNeverSilenced() {
    JavaFileObject spec =
        graphEnum("BadSpec")
            .before("@SuppressWarnings(\"graphenum\")")
            .table("|Member|Value|\n|-|-|\n|one|x|\n")
            .source();
    assertReported(
            compile(strict(), spec),
            Message.VALUE_NOT_INTEGER.onPage("BadSpec.java", 4, "x", "one", ""))
        .inFile(spec)
        .onLineContaining("table = ");
  }

  @Test
  void aKindThatDoesNotExistIsAWarningOnItsString() {
    JavaFileObject spec =
        Specs.source(
            "test.Enums",
            "package test;",
            "@SuppressWarnings({",
            "    \"graphenum:skipped\",",
            "    \"graphenum:unred\"})",
            "@io.github.graphenum.GraphEnums(folder = \"resources\")",
            "interface Enums {}");
    assertReported(
            compile(strict(), spec),
            Message.SUPPRESSION_UNKNOWN_KIND.at(
                "graphenum:unred",
                "skipped, unread, names, metadata, translation, unused, refresh, options"))
        .inFile(spec)
        .onLineContaining("graphenum:unred");
  }

  /** The names users write in {@code @SuppressWarnings}: part of graphenum's interface. */
  @Test
  void theKindsKeepTheirNames() {
    assertEquals(
        List.of(
            "skipped",
            "unread",
            "names",
            "metadata",
            "translation",
            "unused",
            "refresh",
            "options"),
        Arrays.stream(WarningKind.values()).map(WarningKind::key).toList());
  }
}
