package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check against the service metadata, through javac. */
class MetadataTest {
  private static final String METADATA =
      """
      <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
        <edmx:DataServices>
          <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            <EnumType Name="label">
              <Member Name="title" Value="1" />
              <Member Name="url" Value="2" />
              <Member Name="unknownFutureValue" Value="3" />
            </EnumType>
            <EnumType Name="color">
              <Member Name="red" Value="0" />
              <Member Name="blue" Value="2" />
              <Member Name="unknownFutureValue" Value="3" />
              <Member Name="teal" Value="4" />
              <Member Name="cyan" Value="5" />
            </EnumType>
            <EnumType Name="priority">
              <Member Name="low" Value="0" />
              <Member Name="normal" Value="1" />
              <Member Name="high" Value="2" />
            </EnumType>
            <EnumType Name="huge">
              <Member Name="small" Value="1" />
              <Member Name="big" Value="4294967296" />
            </EnumType>
            <EnumType Name="parts" IsFlags="true">
              <Member Name="apps" Value="1" />
              <Member Name="tabs" Value="2" />
            </EnumType>
          </Schema>
        </edmx:DataServices>
      </edmx:Edmx>
      """;

  @TempDir Path dir;
  private Path metadata;

  @BeforeEach
  void writeMetadata() throws IOException {
    metadata = dir.resolve("v1.0.csdl.xml");
    Files.writeString(metadata, METADATA);
  }

  private static JavaFileObject spec(String name, String table, String... more) {
    String attributes = more.length == 0 ? "" : ", " + String.join(", ", more);
    return JavaFileObjects.forSourceLines(
        "test." + name + "Spec",
        "package test;",
        "@io.github.graphenum.GraphEnum(",
        "    table = \"" + table.replace("\n", "\\n") + "\"" + attributes + ")",
        "interface " + name + "Spec {}");
  }

  private Compilation compile(List<String> options, JavaFileObject... specs) {
    return javac().withProcessors(new GraphEnumProcessor()).withOptions(options).compile(specs);
  }

  private Compilation compile(JavaFileObject... specs) {
    return compile(List.of("-Agraphenum.metadata=" + metadata), specs);
  }

  @Test
  void aTableWithoutValuesTakesTheMetadatasValues() throws Throwable {
    JavaFileObject spec = spec("Label", "|Member|\n|-|\n|title|\n|url|\n|unknownFutureValue|\n");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Label")
        .contentsAsUtf8String()
        .contains(
            "<p>The table gives no values; these are the service metadata's, of"
                + " <code>microsoft.graph.label</code>.");
    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            List.of(spec),
            List.of("-Agraphenum.metadata=" + metadata),
            List.of(new GraphEnumProcessor()));
    Class<?> type = new GeneratedClasses(result.classes()).type("test.Label");
    assertEquals(
        "url",
        GeneratedClasses.call(
            GeneratedClasses.callStatic(type, "fromValue", int.class, 2), "memberName"));
  }

  @Test
  void metadataValuesNoIntHoldsAreNotTakenAndNotBlamedOnThePage() throws Throwable {
    JavaFileObject spec = spec("Huge", "|Member|\n|-|\n|small|\n|big|\n");
    Compilation compilation = compile(spec);
    // The enum is the page's, without values, as the rule says: a note.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "the service metadata (v1.0.csdl.xml) gives big the value 4294967296, which no Java int"
                + " holds; the page states no values, and none are taken from the metadata")
        .inFile(spec)
        .onLineContaining("table = ");
    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            List.of(spec),
            List.of("-Agraphenum.metadata=" + metadata),
            List.of(new GraphEnumProcessor()));
    Class<?> huge = new GeneratedClasses(result.classes()).type("test.Huge");
    assertThrows(NoSuchMethodException.class, () -> huge.getMethod("value"), "no values taken");
  }

  @Test
  void errorsInTodaysDocsSayWhatTheMetadataDocuments() throws IOException {
    Path docs = dir.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(
        docs.resolve("typo.md"),
        "# priority enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|low|0|\n"
            + "|norma.|1|\n"
            + "|high|2|\n");
    Files.writeString(
        docs.resolve("twice.md"),
        "# priority enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|low|0|\n"
            + "|low|1|\n"
            + "|high|2|\n");
    Files.writeString(
        docs.resolve("value.md"),
        "# priority enum type\n\n"
            + "Namespace: microsoft.graph\n\n"
            + "|Member|Value|\n"
            + "|-|-|\n"
            + "|low|0|\n"
            + "|normal|0|\n"
            + "|high|2|\n");
    List<String> options = List.of("-Agraphenum.metadata=" + metadata, "-Agraphenum.docs=" + docs);
    String fix = "; correct your copy of the page, or write the table in the spec (table = ...)";
    JavaFileObject typo = docSpec("Typo", "typo.md");
    assertThat(compile(options, typo))
        .hadErrorContaining(
            "typo.md:8: member name 'norma.' is not a Graph identifier (letters, digits and"
                + " underscores, not starting with a digit); the service metadata names this member"
                + " normal"
                + fix)
        .inFile(typo)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
    JavaFileObject twice = docSpec("Twice", "twice.md");
    assertThat(compile(options, twice))
        .hadErrorContaining(
            "twice.md:8: member low is documented twice (first at line 7); the service metadata"
                + " lists low once, with value 0; it also has normal, which this table lacks"
                + fix)
        .inFile(twice)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
    JavaFileObject value = docSpec("Value", "value.md");
    assertThat(compile(options, value))
        .hadErrorContaining(
            "value.md:8: value 0 of member normal is also the value of low (line 7); the service"
                + " metadata gives normal the value 1"
                + fix)
        .inFile(value)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
    JavaFileObject plain = docSpec("Plain", "typo.md");
    assertThat(compile(List.of("-Agraphenum.docs=" + docs), plain))
        .hadErrorContaining(
            "typo.md:8: member name 'norma.' is not a Graph identifier (letters, digits and"
                + " underscores, not starting with a digit)"
                + fix)
        .inFile(plain)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
  }

  private static JavaFileObject docSpec(String name, String doc) {
    return JavaFileObjects.forSourceLines(
        "test." + name + "Spec",
        "package test;",
        "@io.github.graphenum.GraphEnum(",
        "    doc = \"" + doc + "\", className = \"" + name + "\")",
        "interface " + name + "Spec {}");
  }

  @Test
  void valuesAreComparedAsNumbersNotAsText() {
    JavaFileObject plus =
        spec("Parts", "|Member|Value|\n|-|-|\n|apps|01|\n|tabs|+2|\n", "flags = true");
    assertThat(compile(plus))
        .hadErrorContaining("value '+2' of member tabs is not an integer")
        .inFile(plus)
        .onLineContaining("table = ");
    assertThat(
            compile(
                spec("Parts", "|Member|Value|\n|-|-|\n|apps|01|\n|tabs|002|\n", "flags = true")))
        .succeededWithoutWarnings();
  }

  @Test
  void aDirectoryGivenAsMetadataIsNotAFile() {
    Compilation compilation =
        compile(List.of("-Agraphenum.metadata=" + dir), spec("Label", "|Member|\n|-|\n|title|\n"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("graphenum.metadata: " + dir + " is a directory, not a metadata file");
  }

  @Test
  void withoutTheOptionNothingIsChecked() {
    JavaFileObject spec = spec("Label", "|Member|\n|-|\n|title|\n");
    assertThat(compile(List.of(), spec)).succeededWithoutWarnings();
    InMemoryJavac.Result result =
        InMemoryJavac.compile(List.of(spec), List.of(), List.of(new GraphEnumProcessor()));
    Set<String> methods =
        GeneratedClasses.publicMethodNames(
            new GeneratedClasses(result.classes()).type("test.Label"));
    assertTrue(
        methods.contains("fromMemberName")
            && Collections.disjoint(methods, GeneratedClasses.VALUE_METHODS),
        methods::toString);
  }

  @Test
  void driftIsOneWarningListingEveryDifference() {
    JavaFileObject spec =
        spec(
            "Color",
            "|Member|Value|\n"
                + "|-|-|\n"
                + "|red|0|\n"
                + "|green|1|\n"
                + "|blue|3|\n"
                + "|unknownFutureValue|3|\n"
                + "|cyan|5|\n"
                + "|teal|4|\n");
    Compilation compilation = compile(spec);
    assertThat(compilation)
        .hadErrorContaining("value 3 of member unknownFutureValue is also the value of blue")
        .inFile(spec)
        .onLineContaining("table = ");
    JavaFileObject valid =
        spec(
            "Color",
            "|Member|Value|\n"
                + "|-|-|\n"
                + "|red|0|\n"
                + "|green|1|\n"
                + "|blue|7|\n"
                + "|unknownFutureValue|3|\n"
                + "|cyan|5|\n"
                + "|teal|4|\n");
    Compilation drift = compile(valid);
    assertThat(drift).succeeded();
    assertThat(drift).hadWarningCount(1);
    assertThat(drift)
        .hadWarningContaining(
            "ColorSpec.java: the docs and the service metadata (v1.0.csdl.xml) differ for"
                + " microsoft.graph.color: only on the page: green; different values: blue (page 7,"
                + " metadata 2); evolvable members in another order: page [cyan, teal], metadata"
                + " [teal, cyan]")
        .inFile(valid)
        .onLineContaining("table = ");
    JavaFileObject missing = spec("Color", "|Member|Value|\n|-|-|\n|red|0|\n|blue|2|\n");
    assertThat(compile(missing))
        .hadWarningContaining("only in the metadata: unknownFutureValue, teal, cyan")
        .inFile(missing)
        .onLineContaining("table = ");
  }

  @Test
  void flagsMustAgreeWithIsFlags() {
    String parts = "|Member|Value|\n|-|-|\n|apps|1|\n|tabs|2|\n";
    JavaFileObject notFlags = spec("Parts", parts);
    assertThat(compile(notFlags))
        .hadWarningContaining(
            "the service metadata (v1.0.csdl.xml) marks microsoft.graph.parts IsFlags=\"true\"; add"
                + " flags = true to the spec")
        .inFile(notFlags)
        .onLineContaining("table = ");
    assertThat(compile(spec("Parts", parts, "flags = true"))).succeededWithoutWarnings();
    JavaFileObject label =
        spec(
            "Label",
            "|Member|Value|\n|-|-|\n|title|1|\n|url|2|\n|unknownFutureValue|3|\n",
            "flags = true");
    assertThat(compile(label))
        .hadWarningContaining(
            "flags = true, but the service metadata (v1.0.csdl.xml) does not mark"
                + " microsoft.graph.label as flags")
        .inFile(label)
        .onLineContaining("table = ");
  }

  @Test
  void strictTurnsDifferencesIntoErrors() {
    List<String> strict =
        List.of("-Agraphenum.metadata=" + metadata, "-Agraphenum.metadata.strict=true");
    JavaFileObject spec = spec("Parts", "|Member|Value|\n|-|-|\n|apps|1|\n|tabs|4|\n");
    Compilation compilation = compile(strict, spec);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("different values: tabs (page 4, metadata 2)")
        .inFile(spec)
        .onLineContaining("table = ");
    assertThat(compilation)
        .hadErrorContaining("marks microsoft.graph.parts IsFlags=\"true\"")
        .inFile(spec)
        .onLineContaining("table = ");
  }

  @Test
  void anEnumTheMetadataLacksGetsANoteNotAWarning() {
    JavaFileObject spec = spec("Beta", "|Member|\n|-|\n|a|\n");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "beta is not in the service metadata (v1.0.csdl.xml), so it is not checked against it")
        .inFile(spec)
        .onLineContaining("table = ");
  }

  @Test
  void unusableMetadataIsOneErrorForTheWholeBuild() throws IOException {
    JavaFileObject first = spec("Label", "|Member|\n|-|\n|title|\n");
    JavaFileObject second = spec("Other", "|Member|\n|-|\n|x|\n");
    Compilation missing =
        compile(List.of("-Agraphenum.metadata=" + dir.resolve("nope.xml")), first, second);
    assertThat(missing).hadErrorCount(1);
    assertThat(missing)
        .hadErrorContaining("graphenum.metadata: " + dir.resolve("nope.xml") + " does not exist");
    Path html = dir.resolve("page.html");
    Files.writeString(html, "<html/>");
    Compilation notCsdl = compile(List.of("-Agraphenum.metadata=" + html), first, second);
    assertThat(notCsdl).hadErrorCount(1);
    assertThat(notCsdl).hadErrorContaining("is not CSDL");
  }
}
