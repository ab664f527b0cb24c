package io.github.graphenum.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.InputsRecord;
import io.github.graphenum.processor.InputsRecord.Input;
import io.github.graphenum.processor.InputsRecord.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which specs are out of date, and which class files go, without Maven. */
class StaleSpecsTest {
  private static final Map<String, String> OPTIONS = Map.of("graphenum.docs", "docs");

  @TempDir Path project;
  private Path classes;

  @BeforeEach
  void writeClassesAndPages() throws IOException {
    classes = project.resolve("target/classes");
    for (String file : List.of("com/example/Specs.class", "com/example/Color.class", "com/example/Color$1.class", "com/example/Size.class", "com/example/Other.class", "com/example/Shape.class")) {
      write(classes.resolve(file), "class");
    }
    write(project.resolve("docs/color.md"), "red");
    write(project.resolve("docs/size.md"), "small");
    write(project.resolve("docs/shape.md"), "round");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A record as the processor writes it, of a spec reading {@code page}, in {@code source}. */
  private void record(String spec, String source, String generated, String page) throws IOException {
    Path file = project.resolve(page);
    List<Input> inputs =
        List.of(
            new Input(Kind.OPTIONS, InputsRecord.optionsHash(OPTIONS, classes), null),
            new Input(Kind.PAGE, InputsRecord.contentHash(file), "../../" + page),
            new Input(Kind.ABSENT, null, "../../more-docs/" + file.getFileName()));
    write(classes.resolve(InputsRecord.DIRECTORY + spec + ".txt"), new InputsRecord(spec, source, List.of(generated), inputs).format());
  }

  @BeforeEach
  void writeRecords() throws IOException {
    record("com.example.Specs.ColorSpec", "com/example/Specs.class", "com/example/Color.class", "docs/color.md");
    record("com.example.Specs.SizeSpec", "com/example/Specs.class", "com/example/Size.class", "docs/size.md");
    record("com.example.ShapeSpec", "com/example/ShapeSpec.class", "com/example/Shape.class", "docs/shape.md");
  }

  @Test
  void nothingChangedNothingGoes() throws IOException {
    StaleSpecs.Plan plan = StaleSpecs.find(classes, OPTIONS);
    assertEquals(List.of(), plan.stale());
    assertEquals(List.of(), plan.classFiles());
  }

  @Test
  void aChangedPageTakesTheClassesOfEverySpecOfItsSourceFile() throws IOException {
    write(project.resolve("docs/color.md"), "red, green");
    StaleSpecs.Plan plan = StaleSpecs.find(classes, OPTIONS);
    assertEquals(List.of("com.example.Specs.ColorSpec"), plan.stale().stream().map(StaleSpecs.Stale::spec).toList());
    assertEquals(List.of("docs/color.md changed"), plan.stale().get(0).changes().stream().map(c -> c.describe(project)).toList());
    assertEquals(
        List.of("Color$1.class", "Color.class", "Size.class", "Specs.class"),
        plan.classFiles().stream().map(f -> f.getFileName().toString()).toList(),
        "SizeSpec is in the same source file: it is generated again too");
  }

  @Test
  void aPageThatAppearsInAnEarlierRootARemovedPageAndOtherOptionsAreChanges() throws IOException {
    write(project.resolve("more-docs/shape.md"), "round");
    Files.delete(project.resolve("docs/size.md"));
    StaleSpecs.Plan plan = StaleSpecs.find(classes, Map.of("graphenum.docs", "docs", "graphenum.jackson", "true"));
    assertEquals(
        List.of(
            "com.example.ShapeSpec: the graphenum options changed, more-docs/shape.md appeared",
            "com.example.Specs.ColorSpec: the graphenum options changed",
            "com.example.Specs.SizeSpec: the graphenum options changed, docs/size.md removed"),
        plan.stale().stream().map(s -> s.spec() + ": " + String.join(", ", s.changes().stream().map(c -> c.describe(project)).toList())).toList());
  }

  @Test
  void unknownOptionsAreNotComparedAndAnUnreadableRecordIsReported() throws IOException {
    write(classes.resolve(InputsRecord.DIRECTORY + "broken.txt"), "not a record");
    StaleSpecs.Plan plan = StaleSpecs.find(classes, null);
    assertEquals(List.of(), plan.stale());
    assertTrue(plan.unreadable().keySet().stream().anyMatch(f -> f.endsWith("broken.txt")));
  }

  @Test
  void noRecordsNoPlan() throws IOException {
    assertEquals(List.of(), StaleSpecs.find(project.resolve("nowhere"), OPTIONS).stale());
  }
}
