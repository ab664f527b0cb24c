package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.diagnostic.WarningKind;
import java.io.IOException;
import java.nio.file.Files;
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
  /** The README's compiler settings: every lint, and warnings fail the build. */
  private static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

  @TempDir Path docs;

  @BeforeEach
  void writeFolder() throws IOException {
    Files.createDirectories(docs.resolve("resources"));
    // One enum the folder skips (a value that is no integer): a warning of kind skipped.
    Files.writeString(
        docs.resolve("resources/bad.md"), "# bad enum type\n\n|Member|Value|\n|-|-|\n|one|x|\n");
    // A column that is not read: a warning of kind unread; the enum is generated.
    Files.writeString(
        docs.resolve("resources/extra.md"),
        "# extra enum type\n\n|Member|Value|Notes|\n|-|-|-|\n|one|1|n|\n");
  }

  private Compilation compile(JavaFileObject... sources) {
    List<String> options = new java.util.ArrayList<>(STRICT);
    options.add("-Agraphenum.docs=" + docs);
    return javac().withProcessors(new GraphEnumProcessor()).withOptions(options).compile(sources);
  }

  /** The folder spec {@code test.Enums}, its lines after {@code suppression} (none when empty). */
  private static JavaFileObject folder(String suppression) {
    return JavaFileObjects.forSourceLines(
        "test.Enums",
        "package test;",
        suppression,
        "@io.github.graphenum.GraphEnums(folder = \"resources\")",
        "interface Enums {}");
  }

  /** A spec whose table maps two members to one constant name: a warning of kind names. */
  private static JavaFileObject clash(String suppression) {
    return JavaFileObjects.forSourceLines(
        "test.ClashSpec",
        "package test;",
        suppression,
        "@io.github.graphenum.GraphEnum(table = \"|Member|\\n|-|\\n|darkBlue|\\n|dark_Blue|\\n\")",
        "interface ClashSpec {}");
  }

  @Test
  void withoutSuppressionEachKindWarnsAndFailsTheStrictBuild() {
    Compilation compilation = compile(folder(""));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadWarningContaining(
            "resources/bad.md:5: bad is not generated: value 'x' of member one is not an integer");
    assertThat(compilation)
        .hadWarningContaining(
            "resources/extra.md:3: the members table has a column headed 'Notes'");
    assertThat(compile(clash("")))
        .hadWarningContaining(
            "members darkBlue and dark_Blue both map to the constant name DARK_BLUE");
  }

  @Test
  void graphenumSilencesEveryKindOnTheFolderAndANoteCountsThem() {
    JavaFileObject spec = folder("@SuppressWarnings(\"graphenum\")");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "[graphenum] @SuppressWarnings silenced graphenum warnings here: 1 skipped, 1 unread")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnums(");
    assertThat(compilation).generatedSourceFile("test.Extra").isNotNull();
  }

  @Test
  void aKindSilencesThatKindAndNoOther() {
    Compilation skipped =
        compile(folder("@SuppressWarnings({\"rawtypes\", \"graphenum:skipped\"})"));
    assertThat(skipped).hadWarningCount(1);
    assertThat(skipped).hadWarningContaining("the members table has a column headed 'Notes'");
    assertThat(skipped).hadNoteContaining("silenced graphenum warnings here: 1 skipped");

    assertThat(compile(clash("@SuppressWarnings(\"graphenum:names\")"))).succeededWithoutWarnings();
    Compilation otherKind = compile(clash("@SuppressWarnings(\"graphenum:metadata\")"));
    assertThat(otherKind).hadWarningCount(1);
    assertThat(otherKind)
        .hadWarningContaining(
            "members darkBlue and dark_Blue both map to the constant name DARK_BLUE");
  }

  @Test
  void aTypeThatEnclosesTheSpecSilencesItsWarningsAsJavaDoes() {
    JavaFileObject outer =
        JavaFileObjects.forSourceLines(
            "test.Specs",
            "package test;",
            "@SuppressWarnings(\"graphenum:names\")",
            "class Specs {",
            "  @io.github.graphenum.GraphEnum(table = \"|Member|\\n"
                + "|-|\\n"
                + "|darkBlue|\\n"
                + "|dark_Blue|\\n"
                + "\")",
            "  interface ClashSpec {}",
            "}");
    assertThat(compile(outer)).succeededWithoutWarnings();
  }

  @Test
  void errorsAreNeverSilenced() {
    JavaFileObject spec =
        JavaFileObjects.forSourceLines(
            "test.BadSpec",
            "package test;",
            "@SuppressWarnings(\"graphenum\")",
            "@io.github.graphenum.GraphEnum(table = \"|Member|Value|\\n|-|-|\\n|one|x|\\n\")",
            "interface BadSpec {}");
    assertThat(compile(spec)).hadErrorContaining("value 'x' of member one is not an integer");
  }

  @Test
  void aKindThatDoesNotExistIsAWarningOnItsString() {
    JavaFileObject spec =
        JavaFileObjects.forSourceLines(
            "test.Enums",
            "package test;",
            "@SuppressWarnings({",
            "    \"graphenum:skipped\",",
            "    \"graphenum:unred\"})",
            "@io.github.graphenum.GraphEnums(folder = \"resources\")",
            "interface Enums {}");
    assertThat(compile(spec))
        .hadWarningContaining(
            "@SuppressWarnings(\"graphenum:unred\") names no kind of graphenum warning; the kinds"
                + " are skipped, unread, names, metadata, translation, unused, refresh, options")
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
