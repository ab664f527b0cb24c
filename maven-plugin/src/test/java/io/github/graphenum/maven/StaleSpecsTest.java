package io.github.graphenum.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.inputs.InputHashes;
import io.github.graphenum.processor.inputs.InputsRecord;
import io.github.graphenum.processor.inputs.InputsRecord.Input;
import io.github.graphenum.processor.inputs.InputsRecord.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which specs are out of date, and which class files go, without Maven: with real files, and with
 * records that lie (paths out of the class output, another build's, damaged, injected).
 */
class StaleSpecsTest {
  private static final Map<String, String> OPTIONS = Map.of("graphenum.docs", "docs");

  @TempDir Path project;
  private Path classes;
  private Path records;

  @BeforeEach
  void writeClassesAndPages() throws IOException {
    classes = project.resolve("target/classes");
    records = InputsRecord.directoryFor(classes);
    for (String file :
        List.of(
            "com/example/Specs.class",
            "com/example/Color.class",
            "com/example/Color$1.class",
            "com/example/Size.class",
            "com/example/Other.class",
            "com/example/Shape.class",
            "com/example/ShapeSpec.class")) {
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

  /**
   * A record as the processor writes it, of a spec reading {@code page}, in {@code source}, for
   * {@code classOutput}.
   */
  private static InputsRecord record(
      Path classOutput, String spec, String source, List<String> generated, String page)
      throws IOException {
    Path file = classOutput.resolve("../..").resolve(page).normalize();
    List<Input> inputs =
        List.of(
            new Input(Kind.OPTIONS, InputHashes.optionsHash(OPTIONS, classOutput), null),
            new Input(Kind.PAGE, InputHashes.contentHash(file), "../../" + page),
            new Input(Kind.ABSENT, null, "../../more-docs/" + file.getFileName()));
    return new InputsRecord(classOutput.toString(), spec, source, generated, inputs);
  }

  private void write(InputsRecord record) throws IOException {
    write(records.resolve(InputsRecord.fileName(record.spec())), record.format());
  }

  @BeforeEach
  void writeRecords() throws IOException {
    write(
        record(
            classes,
            "com.example.Specs.ColorSpec",
            "com/example/Specs.class",
            List.of("com/example/Color.class"),
            "docs/color.md"));
    write(
        record(
            classes,
            "com.example.Specs.SizeSpec",
            "com/example/Specs.class",
            List.of("com/example/Size.class"),
            "docs/size.md"));
    write(
        record(
            classes,
            "com.example.ShapeSpec",
            "com/example/ShapeSpec.class",
            List.of("com/example/Shape.class"),
            "docs/shape.md"));
  }

  private StaleSpecs.Plan find() {
    return StaleSpecs.find(classes, OPTIONS, project);
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  private static List<String> staleSpecs(StaleSpecs.Plan plan) {
    return plan.stale().stream().map(StaleSpecs.Stale::spec).toList();
  }

  @Test
  void nothingChangedNothingGoes() {
    StaleSpecs.Plan plan = find();
    assertEquals(new StaleSpecs.Plan(List.of(), List.of(), List.of(), List.of(), List.of()), plan);
  }

  @Test
  void aChangedPageTakesTheClassesOfEverySpecOfItsSourceFile() throws IOException {
    write(project.resolve("docs/color.md"), "red, green");
    StaleSpecs.Plan plan = find();
    assertEquals(
        List.of(
            new StaleSpecs.Stale("com.example.Specs.ColorSpec", List.of("docs/color.md changed"))),
        plan.stale());
    assertEquals(
        List.of("Color$1.class", "Color.class", "Size.class", "Specs.class"),
        names(plan.classFiles()),
        "SizeSpec is in the same source file: it is generated again too");
    assertEquals(List.of(), plan.warnings());
    assertEquals(List.of(), StaleSpecs.carryOut(plan));
    assertFalse(Files.exists(classes.resolve("com/example/Color$1.class")));
    assertTrue(Files.exists(classes.resolve("com/example/Shape.class")));
  }

  @Test
  void aPageThatAppearsInAnEarlierRootARemovedPageAndOtherOptionsAreChanges() throws IOException {
    write(project.resolve("more-docs/shape.md"), "round");
    Files.delete(project.resolve("docs/size.md"));
    StaleSpecs.Plan plan =
        StaleSpecs.find(
            classes, Map.of("graphenum.docs", "docs", "graphenum.jackson", "true"), project);
    assertEquals(
        List.of(
            "com.example.ShapeSpec: the graphenum options changed, more-docs/shape.md appeared",
            "com.example.Specs.ColorSpec: the graphenum options changed",
            "com.example.Specs.SizeSpec: the graphenum options changed, docs/size.md removed"),
        plan.stale().stream().map(s -> s.spec() + ": " + String.join(", ", s.changes())).toList());
  }

  @Test
  void unknownOptionsAreNotCompared() {
    assertEquals(List.of(), StaleSpecs.find(classes, null, project).stale());
  }

  @Test
  void noRecordsNoPlan() {
    assertEquals(
        List.of(), StaleSpecs.find(project.resolve("nowhere/classes"), OPTIONS, project).stale());
  }

  /** A record of ShapeSpec, stale (its page is gone), that names {@code generated} too. */
  private void shapeRecordNaming(String generated) throws IOException {
    write(
        record(
            classes,
            "com.example.ShapeSpec",
            "com/example/ShapeSpec.class",
            List.of("com/example/Shape.class", generated),
            "docs/shape.md"));
    Files.delete(project.resolve("docs/shape.md"));
  }

  @Test
  void aRecordNamingAFileOutsideTheClassOutputRemovesOnlyTheSpecsClasses() throws IOException {
    Path victim = project.resolve("victim.txt");
    Path victimClass = project.resolve("Victim.class");
    write(victim, "the user's");
    write(victimClass, "the user's");
    for (String outside :
        List.of(
            "../../victim.txt",
            "../../Victim.class",
            victimClass.toString(),
            "com/../../../Victim.class",
            "com/example/Color.txt",
            "")) {
      shapeRecordNaming(outside);
      StaleSpecs.Plan plan = find();
      assertEquals(List.of("com.example.ShapeSpec"), staleSpecs(plan), outside);
      assertEquals(List.of("Shape.class", "ShapeSpec.class"), names(plan.classFiles()), outside);
      String warning = String.join("\n", plan.warnings());
      assertTrue(
          warning.contains(records.resolve("com.example.ShapeSpec.txt").toString())
              && warning.contains("'" + outside + "'"),
          warning);
      assertEquals(List.of(), StaleSpecs.carryOut(plan));
      assertTrue(Files.exists(victim) && Files.exists(victimClass), "never removed: " + outside);
      write(classes.resolve("com/example/Shape.class"), "class");
      write(classes.resolve("com/example/ShapeSpec.class"), "class");
      write(project.resolve("docs/shape.md"), "round");
    }
  }

  @Test
  void aSymbolicLinkLeadingOutOfTheClassOutputIsNotFollowed() throws IOException {
    Path outside = project.resolve("outside");
    write(outside.resolve("Victim.class"), "the user's");
    write(outside.resolve("Victim$1.class"), "the user's");
    Files.createSymbolicLink(classes.resolve("com/link"), outside);
    shapeRecordNaming("com/link/Victim.class");
    StaleSpecs.Plan plan = find();
    assertEquals(List.of("Shape.class", "ShapeSpec.class"), names(plan.classFiles()));
    assertTrue(
        plan.warnings().get(0).contains("com/link/Victim.class")
            && plan.warnings().get(0).contains("symbolic link"),
        plan.warnings().toString());
    StaleSpecs.carryOut(plan);
    assertTrue(
        Files.exists(outside.resolve("Victim.class"))
            && Files.exists(outside.resolve("Victim$1.class")));
  }

  @Test
  void aRecordOfAnotherBuildIsIgnored() throws IOException {
    // A dependency's record, as a jar unpacked into target/classes, or a copied folder, would bring
    // it.
    Path dependency = project.resolve("dependency/target/classes");
    write(dependency.resolve("com/example/Other.class"), "class");
    write(project.resolve("dependency/docs/other.md"), "other");
    InputsRecord theirs =
        record(
            dependency,
            "com.example.OtherSpec",
            "com/example/Other.class",
            List.of("com/example/Other.class"),
            "docs/other.md");
    write(
        records.resolve("com.example.OtherSpec.txt"),
        theirs.format()); // its pages are not beside our classes
    StaleSpecs.Plan plan = find();
    assertEquals(List.of(), plan.stale());
    assertEquals(List.of(), plan.classFiles());
    assertEquals(1, plan.notes().size());
    assertTrue(
        plan.notes()
            .get(0)
            .contains(
                "1 record in "
                    + records
                    + " was written for the class output "
                    + dependency
                    + ", not "
                    + classes),
        plan.notes().toString());
    assertTrue(Files.exists(classes.resolve("com/example/Other.class")));
  }

  @Test
  void recordsInTheClassOutputAreNotRead() throws IOException {
    // graphenum 0.1's place, which a dependency's jar unpacked into target/classes fills.
    Files.walk(records)
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(f -> f.toFile().delete());
    write(
        classes.resolve(InputsRecord.OLD_DIRECTORY + "com.example.OtherSpec.txt"),
        "spec com.example.OtherSpec com/example/Other.class\n"
            + "generated com/example/Other.class\n"
            + "page 00 ../../docs/gone.md\n");
    StaleSpecs.Plan plan = find();
    assertEquals(List.of(), plan.stale());
    assertEquals(List.of(), plan.classFiles());
    assertTrue(plan.notes().get(0).contains("they are not read"), plan.notes().toString());
  }

  @Test
  void aLineBreakInAPathCannotAddALine() throws IOException {
    // Other.class is no spec's: a line of its own naming it would have it removed.
    String hostile = "../../docs/x.md\ngenerated com/example/Other.class";
    InputsRecord shape =
        record(
            classes,
            "com.example.ShapeSpec",
            "com/example/ShapeSpec.class",
            List.of("com/example/Shape.class"),
            "docs/shape.md");
    List<Input> inputs =
        List.of(shape.inputs().get(0), new Input(Kind.PAGE, shape.inputs().get(2).hash(), hostile));
    write(
        new InputsRecord(
            classes.toString(),
            shape.spec(),
            shape.specClassFile(),
            shape.generatedClassFiles(),
            inputs));
    assertTrue(
        Files.readString(records.resolve("com.example.ShapeSpec.txt"))
            .contains("docs/x.md\\ngenerated\\scom/example/Other.class\n"));
    StaleSpecs.Plan plan = find();
    assertEquals(
        List.of(
            new StaleSpecs.Stale(
                "com.example.ShapeSpec",
                List.of("docs/x.md\ngenerated com/example/Other.class removed"))),
        plan.stale());
    assertEquals(List.of("Shape.class", "ShapeSpec.class"), names(plan.classFiles()));
    StaleSpecs.carryOut(plan);
    assertTrue(Files.exists(classes.resolve("com/example/Other.class")));
  }

  @Test
  void aDamagedRecordOfAKnownSpecRegeneratesThatSpec() throws IOException {
    Path shapeRecord = records.resolve("com.example.ShapeSpec.txt");
    write(
        shapeRecord,
        Files.readString(shapeRecord)
            .replace(
                "generated com/example/Shape.class\n",
                "generated \ngenerated com/example/Shape.class\n"));
    StaleSpecs.Plan plan = find();
    assertEquals(
        List.of(new StaleSpecs.Stale("com.example.ShapeSpec", List.of("its record is damaged"))),
        plan.stale());
    assertEquals(List.of("Shape.class", "ShapeSpec.class"), names(plan.classFiles()));
    assertEquals(List.of(shapeRecord), plan.damagedRecords());
    assertEquals(1, plan.warnings().size());
    assertTrue(
        plan.warnings()
            .get(0)
            .startsWith(
                "graphenum: the record "
                    + shapeRecord
                    + " is damaged (line 5 (generated ): an empty field)"),
        plan.warnings().toString());
    assertEquals(List.of(), StaleSpecs.carryOut(plan));
    assertFalse(Files.exists(shapeRecord), "removed: the next compilation writes it again");
    assertEquals(List.of(), find().stale(), "the other records are sound");
  }

  @Test
  void garbageThatTellsNoSpecRegeneratesEverySpec() throws IOException {
    Path garbage = records.resolve("notes.txt");
    write(garbage, "not a record\n");
    Files.write(
        records.resolve("latin-1.txt"),
        "version 2\nspec caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    StaleSpecs.Plan plan = find();
    assertEquals(
        List.of(
            "com.example.ShapeSpec", "com.example.Specs.ColorSpec", "com.example.Specs.SizeSpec"),
        staleSpecs(plan));
    assertEquals(
        List.of(
            "Color$1.class",
            "Color.class",
            "Shape.class",
            "ShapeSpec.class",
            "Size.class",
            "Specs.class"),
        names(plan.classFiles()));
    assertEquals(2, plan.warnings().size(), plan.warnings().toString());
    assertTrue(
        plan.warnings()
            .get(0)
            .contains(
                records.resolve("latin-1.txt")
                    + " cannot be read (java.io.IOException: it is not UTF-8)"),
        plan.warnings().toString());
    assertTrue(
        plan.warnings()
            .get(1)
            .contains(
                garbage
                    + " is damaged (line 1 (not a record): the first line is not 'version 2') and"
                    + " does not tell which spec"),
        plan.warnings().toString());
  }
}
