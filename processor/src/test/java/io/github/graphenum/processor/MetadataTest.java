package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Specs.GRAPH_ENUM;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
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

  /** The metadata's file, as its messages name it. */
  private static final String FILE = "v1.0.csdl.xml";

  @TempDir Path dir;
  private Path metadata;

  /** The option that checks against {@link #METADATA}. */
  private List<String> checked;

  @BeforeEach
  void writeMetadata() throws IOException {
    metadata = dir.resolve(FILE);
    Files.writeString(metadata, METADATA);
    checked = List.of("-Agraphenum.metadata=" + metadata);
  }

  @Test
  void aTableWithoutValuesTakesTheMetadatasValues() throws Throwable {
    JavaFileObject spec =
        graphEnum("LabelSpec")
            .table("|Member|\n|-|\n|title|\n|url|\n|unknownFutureValue|\n")
            .source();
    Compilation compilation = compile(checked, spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Label")
        .contentsAsUtf8String()
        .contains(
            "<p>The table gives no values; these are the service metadata's, of"
                + " <code>microsoft.graph.label</code>.");
    Class<?> type = Compile.classes(compilation).type("test.Label");
    assertEquals(
        "url",
        GeneratedClasses.call(
            GeneratedClasses.callStatic(type, "fromValue", int.class, 2), "memberName"));
  }

  @Test
  void metadataValuesNoIntHoldsAreNotTakenAndNotBlamedOnThePage() {
    JavaFileObject spec = graphEnum("HugeSpec").table("|Member|\n|-|\n|small|\n|big|\n").source();
    Compilation compilation = compile(checked, spec);
    // The enum is the page's, without values, as the rule says: a note.
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(
            compilation,
            Message.METADATA_VALUE_OUT_OF_RANGE.onPage(
                "HugeSpec.java", 0, FILE, "big", 4294967296L))
        .inFile(spec)
        .onLineContaining("table = ");
    Class<?> huge = Compile.classes(compilation).type("test.Huge");
    assertThrows(NoSuchMethodException.class, () -> huge.getMethod("value"), "no values taken");
  }

  @Test
  void errorsInTodaysDocsSayWhatTheMetadataDocuments() throws IOException {
    Path docs = dir.resolve("docs");
    String head = "# priority enum type\n\nNamespace: microsoft.graph\n\n|Member|Value|\n|-|-|\n";
    page(docs, "typo.md", head + "|low|0|\n|norma.|1|\n|high|2|\n");
    page(docs, "twice.md", head + "|low|0|\n|low|1|\n|high|2|\n");
    page(docs, "value.md", head + "|low|0|\n|normal|0|\n|high|2|\n");
    List<String> options = List.of("-Agraphenum.metadata=" + metadata, Compile.docs(docs));
    String fix = "; correct your copy of the page, or write the table in the spec (table = ...)";
    JavaFileObject typo = graphEnum("TypoSpec").doc("typo.md").className("Typo").source();
    assertReported(
            compile(options, typo),
            Message.INVALID_MEMBER_NAME.onPage(
                "typo.md", 8, "norma.", "; the service metadata names this member normal" + fix))
        .inFile(typo)
        .onLineContaining(GRAPH_ENUM);
    JavaFileObject twice = graphEnum("TwiceSpec").doc("twice.md").className("Twice").source();
    assertReported(
            compile(options, twice),
            Message.DUPLICATE_MEMBER.onPage(
                "twice.md",
                8,
                "low",
                7,
                "; the service metadata lists low once, with value 0; it also has normal, which"
                    + " this table lacks"
                    + fix))
        .inFile(twice)
        .onLineContaining(GRAPH_ENUM);
    JavaFileObject value = graphEnum("ValueSpec").doc("value.md").className("Value").source();
    assertReported(
            compile(options, value),
            Message.DUPLICATE_VALUE.onPage(
                "value.md",
                8,
                0,
                "normal",
                "low",
                7,
                "; the service metadata gives normal the value 1" + fix))
        .inFile(value)
        .onLineContaining(GRAPH_ENUM);
    JavaFileObject plain = graphEnum("PlainSpec").doc("typo.md").className("Plain").source();
    assertReported(
            compile(docs, plain), Message.INVALID_MEMBER_NAME.onPage("typo.md", 8, "norma.", fix))
        .inFile(plain)
        .onLineContaining(GRAPH_ENUM);
  }

  @Test
  void valuesAreComparedAsNumbersNotAsText() {
    JavaFileObject plus =
        graphEnum("PartsSpec")
            .table("|Member|Value|\n|-|-|\n|apps|01|\n|tabs|+2|\n")
            .flags(true)
            .source();
    assertReported(
            compile(checked, plus),
            Message.VALUE_NOT_INTEGER.onPage("PartsSpec.java", 3, "+2", "tabs", ""))
        .inFile(plus)
        .onLineContaining("table = ");
    assertThat(
            compile(
                checked,
                graphEnum("PartsSpec")
                    .table("|Member|Value|\n|-|-|\n|apps|01|\n|tabs|002|\n")
                    .flags(true)
                    .source()))
        .succeededWithoutWarnings();
  }

  @Test
  void aDirectoryGivenAsMetadataIsNotAFile() {
    Compilation compilation =
        compile(
            List.of("-Agraphenum.metadata=" + dir),
            graphEnum("LabelSpec").table("|Member|\n|-|\n|title|\n").source());
    assertThat(compilation).hadErrorCount(1);
    assertReported(
        compilation, Message.METADATA_INVALID.at(dir + " is a directory, not a metadata file"));
  }

  @Test
  void withoutTheOptionNothingIsChecked() {
    Compilation compilation =
        compile(graphEnum("LabelSpec").table("|Member|\n|-|\n|title|\n").source());
    assertThat(compilation).succeededWithoutWarnings();
    Set<String> methods =
        GeneratedClasses.publicMethodNames(Compile.classes(compilation).type("test.Label"));
    assertTrue(
        methods.contains("fromMemberName")
            && Collections.disjoint(methods, GeneratedClasses.VALUE_METHODS),
        methods::toString);
  }

  @Test
  void driftIsOneWarningListingEveryDifference() {
    String head = "|Member|Value|\n|-|-|\n|red|0|\n|green|1|\n";
    JavaFileObject spec =
        graphEnum("ColorSpec")
            .table(head + "|blue|3|\n|unknownFutureValue|3|\n|cyan|5|\n|teal|4|\n")
            .source();
    assertReported(
            compile(checked, spec),
            Message.DUPLICATE_VALUE.onPage(
                "ColorSpec.java", 3, 3, "unknownFutureValue", "blue", 3, ""))
        .inFile(spec)
        .onLineContaining("table = ");
    JavaFileObject valid =
        graphEnum("ColorSpec")
            .table(head + "|blue|7|\n|unknownFutureValue|3|\n|cyan|5|\n|teal|4|\n")
            .source();
    Compilation drift = compile(checked, valid);
    assertThat(drift).succeeded();
    assertThat(drift).hadWarningCount(1);
    assertReported(
            drift,
            Message.METADATA_DRIFT.onPage(
                "ColorSpec.java",
                0,
                FILE,
                "microsoft.graph.color",
                "only on the page: green; different values: blue (page 7, metadata 2); evolvable"
                    + " members in another order: page [cyan, teal], metadata [teal, cyan]"))
        .inFile(valid)
        .onLineContaining("table = ");
    JavaFileObject missing =
        graphEnum("ColorSpec").table("|Member|Value|\n|-|-|\n|red|0|\n|blue|2|\n").source();
    assertReported(
            compile(checked, missing),
            Message.METADATA_DRIFT.onPage(
                "ColorSpec.java",
                0,
                FILE,
                "microsoft.graph.color",
                "only in the metadata: unknownFutureValue, teal, cyan"))
        .inFile(missing)
        .onLineContaining("table = ");
  }

  @Test
  void flagsMustAgreeWithIsFlags() {
    String parts = "|Member|Value|\n|-|-|\n|apps|1|\n|tabs|2|\n";
    JavaFileObject notFlags = graphEnum("PartsSpec").table(parts).source();
    assertReported(
            compile(checked, notFlags),
            Message.METADATA_FLAGS.onPage("PartsSpec.java", 0, FILE, "microsoft.graph.parts"))
        .inFile(notFlags)
        .onLineContaining("table = ");
    assertThat(compile(checked, graphEnum("PartsSpec").table(parts).flags(true).source()))
        .succeededWithoutWarnings();
    JavaFileObject label =
        graphEnum("LabelSpec")
            .table("|Member|Value|\n|-|-|\n|title|1|\n|url|2|\n|unknownFutureValue|3|\n")
            .flags(true)
            .source();
    assertReported(
            compile(checked, label),
            Message.METADATA_NOT_FLAGS.onPage("LabelSpec.java", 0, FILE, "microsoft.graph.label"))
        .inFile(label)
        .onLineContaining("table = ");
  }

  @Test
  void strictTurnsDifferencesIntoErrors() {
    JavaFileObject spec =
        graphEnum("PartsSpec").table("|Member|Value|\n|-|-|\n|apps|1|\n|tabs|4|\n").source();
    Compilation compilation =
        compile(
            List.of("-Agraphenum.metadata=" + metadata, "-Agraphenum.metadata.strict=true"), spec);
    assertThat(compilation).failed();
    assertReported(
            compilation,
            Message.METADATA_DRIFT
                .onPage(
                    "PartsSpec.java",
                    0,
                    FILE,
                    "microsoft.graph.parts",
                    "different values: tabs (page 4, metadata 2)")
                .asError())
        .inFile(spec)
        .onLineContaining("table = ");
    assertReported(
            compilation,
            Message.METADATA_FLAGS
                .onPage("PartsSpec.java", 0, FILE, "microsoft.graph.parts")
                .asError())
        .inFile(spec)
        .onLineContaining("table = ");
  }

  @Test
  void anEnumTheMetadataLacksGetsANoteNotAWarning() {
    JavaFileObject spec = graphEnum("BetaSpec").table("|Member|\n|-|\n|a|\n").source();
    Compilation compilation = compile(checked, spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertReported(compilation, Message.METADATA_ABSENT.onPage("BetaSpec.java", 0, "beta", FILE))
        .inFile(spec)
        .onLineContaining("table = ");
  }

  @Test
  void unusableMetadataIsOneErrorForTheWholeBuild() throws IOException {
    JavaFileObject first = graphEnum("LabelSpec").table("|Member|\n|-|\n|title|\n").source();
    JavaFileObject second = graphEnum("OtherSpec").table("|Member|\n|-|\n|x|\n").source();
    Compilation missing =
        compile(List.of("-Agraphenum.metadata=" + dir.resolve("nope.xml")), first, second);
    assertThat(missing).hadErrorCount(1);
    assertReported(
        missing, Message.METADATA_INVALID.at(dir.resolve("nope.xml") + " does not exist"));
    Path html = dir.resolve("page.html");
    Files.writeString(html, "<html/>");
    Compilation notCsdl = compile(List.of("-Agraphenum.metadata=" + html), first, second);
    assertThat(notCsdl).hadErrorCount(1);
    assertReported(
        notCsdl,
        Message.METADATA_INVALID.at(
            html + " is not CSDL: its root element is <html>, not <edmx:Edmx>"));
  }

  @Test
  void aBrokenPartOfTheMetadataIsAnErrorOnTheSpecThatNeedsIt() throws IOException {
    Files.writeString(
        metadata,
        METADATA.replace("<Member Name=\"high\" Value=\"2\" />", "<Member Value=\"2\" />"));
    JavaFileObject priority =
        graphEnum("PrioritySpec").table("|Member|\n|-|\n|low|\n|normal|\n|high|\n").source();
    JavaFileObject label =
        graphEnum("LabelSpec")
            .table("|Member|\n|-|\n|title|\n|url|\n|unknownFutureValue|\n")
            .source();
    Compilation compilation = compile(checked, priority, label);
    assertThat(compilation).hadErrorCount(1);
    assertReported(compilation, Message.METADATA_INVALID.at(metadata + ":19: <Member> has no Name"))
        .inFile(priority);
    assertTrue(
        compilation.diagnostics().stream()
            .noneMatch(d -> d.getSource() != null && d.getSource().getName().contains("Label")),
        "no word on the spec whose part of the metadata reads");
    assertTrue(
        Compile.processOnly(checked, priority, label).sources().containsKey("test.Label"),
        "the spec whose part of the metadata reads is generated");
  }
}
