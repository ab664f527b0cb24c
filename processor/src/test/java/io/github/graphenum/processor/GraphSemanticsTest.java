package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.GraphEnum;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Tables written in the spec, evolvable enums, flags enums and the Jackson and Gson options: the
 * rules and errors through javac, and the generated methods called.
 */
class GraphSemanticsTest {
  private static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  private static Compilation compile(JavaFileObject... specs) {
    return javac().withProcessors(new GraphEnumProcessor()).compile(specs);
  }

  /** Compiles {@code spec} with the processor and loads what it generated. */
  private static GeneratedClasses generate(JavaFileObject spec, String... options) {
    InMemoryJavac.Result result =
        InMemoryJavac.compile(List.of(spec), List.of(options), List.of(new GraphEnumProcessor()));
    assertTrue(result.success(), () -> result.diagnostics().toString());
    return new GeneratedClasses(result.classes());
  }

  // Tables written in the spec.

  private static final JavaFileObject MEETING =
      source(
          "MeetingStatusSpec",
          "package test;",
          "",
          "import io.github.graphenum.GraphEnum;",
          "",
          "@GraphEnum(",
          "    table = \"\"\"",
          "        |Member|Value|Description|",
          "        |---|---|---|",
          "        |scheduled|0|Not started.|",
          "        |running|1|In progress.|",
          "        \"\"\")",
          "interface MeetingStatusSpec {}");

  @Test
  void anInlineTableGeneratesAnEnumNamedAfterTheSpec() throws Throwable {
    Compilation compilation = compile(MEETING);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.MeetingStatus")
        .contentsAsUtf8String()
        .contains(
            "The Graph enum <code>meetingStatus</code>,\n"
                + " * generated from the table of <code>test.MeetingStatusSpec</code>.");
    Class<?> type = generate(MEETING).type("test.MeetingStatus");
    assertEquals(
        "running",
        GeneratedClasses.call(
            GeneratedClasses.callStatic(type, "fromValue", int.class, 1), "memberName"));
  }

  @Test
  void anInlineTableErrorNamesTheSourceLineAndPointsAtTheTable() {
    JavaFileObject spec =
        source(
            "BadSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(",
            "    name = \"bad\",",
            "    table = \"\"\"",
            "        |Member|Value|",
            "        |---|---|",
            "        |one|1|",
            "        |two|duas|",
            "        \"\"\")",
            "interface BadSpec {}");
    assertThat(compile(spec))
        .hadErrorContaining("BadSpec.java:8: value 'duas' of member two is not an integer")
        .inFile(spec)
        .onLineContaining("table = ");
  }

  /** The README's compiler settings: Java 8 (no text blocks), every lint, warnings as errors. */
  private static Compilation compileForJava8(JavaFileObject spec) {
    return javac()
        .withProcessors(new GraphEnumProcessor())
        .withOptions("--release", "8", "-Xlint:all,-options", "-Werror", "-encoding", "UTF-8")
        .compile(spec);
  }

  @Test
  void aJava8TableIndentedAsCodeIsGeneratedAndItsErrorsNameTheRowsSourceLine() {
    JavaFileObject spec =
        source(
            "SizeSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(",
            "    table = \"\"",
            "        + \"  | Member | Value | Description |\\n\"",
            "        + \"  |---|---|---|\\n\"",
            "        + \"  | small | 0 | Small. |\\n\"",
            "        + \"  | large | 1 | Large. |\\n\")",
            "interface SizeSpec {}");
    Compilation compilation = compileForJava8(spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Size")
        .contentsAsUtf8String()
        .contains("LARGE(\"large\", 1, \"Large.\")");

    JavaFileObject bad =
        source(
            "BadSizeSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(table =",
            "      \"    |Member|Value|\\n\"",
            "    + \"    |-|-|\\n\"",
            "    + \"    |small|0|\\n\" + \"    |large|big|\\n\")",
            "interface BadSizeSpec {}");
    assertThat(compileForJava8(bad))
        .hadErrorContaining("BadSizeSpec.java:5: value 'big' of member large is not an integer")
        .inFile(bad)
        .onLineContaining("|Member|Value|"); // the table attribute's value starts there
  }

  @Test
  void anInlineTextWithoutATableSaysSoWithoutAPage() {
    JavaFileObject spec =
        source(
            "WordsSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(",
            "    table = \"small, large\")",
            "interface WordsSpec {}");
    assertThat(compile(spec))
        .hadErrorContaining(
            "WordsSpec.java: the table attribute holds no members table: write a markdown table"
                + " whose header row has a Member column")
        .inFile(spec)
        .onLineContaining("table = ");
  }

  @Test
  void theSpecsJavadocCanHoldTheDescriptionAndTheTable() throws Throwable {
    JavaFileObject spec =
        source(
            "ShadeSpec",
            "package test;",
            "",
            "/**",
            " * How dark a color is.",
            " *",
            " * |Member|Value|Description|",
            " * |---|---|---|",
            " * |light|1|Light.|",
            " * |dark|2|Dark.|",
            " *",
            " * @see Object",
            " */",
            "@io.github.graphenum.GraphEnum",
            "interface ShadeSpec {}");
    Compilation compilation = compile(spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Shade")
        .contentsAsUtf8String()
        .contains(" * How dark a color is.\n");
    Class<?> type = generate(spec).type("test.Shade");
    assertEquals("Dark.", GeneratedClasses.call(type.getEnumConstants()[1], "description"));

    JavaFileObject bad =
        source(
            "BadShadeSpec",
            "package test;",
            "/**",
            " * |Member|Value|",
            " * |---|---|",
            " * |light|x|",
            " */",
            "@io.github.graphenum.GraphEnum",
            "interface BadShadeSpec {}");
    assertThat(compile(bad))
        .hadErrorContaining("BadShadeSpec.java:5: value 'x' of member light is not an integer")
        .inFile(bad)
        .onLineContaining("@io.github.graphenum.GraphEnum");
  }

  @Test
  void exactlyOneSourcePerSpec() {
    JavaFileObject both =
        source(
            "BothSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(doc = \"a.md\", table = \"|Member|\\n|-|\\n|a|\")",
            "interface BothSpec {}");
    assertThat(compile(both))
        .hadErrorContaining(
            "set either doc (a page under a docs root) or table (the members table as markdown),"
                + " not both")
        .inFile(both)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
    JavaFileObject none =
        source(
            "NoneSpec",
            "package test;",
            "/** No table here. */",
            "@io.github.graphenum.GraphEnum",
            "interface NoneSpec {}");
    assertThat(compile(none))
        .hadErrorContaining(
            "no members table: set doc = \"<page>\" (a page under a docs root), or table =")
        .inFile(none)
        .onLineContaining("@io.github.graphenum.GraphEnum");
  }

  // Evolvable enums.

  private static final JavaFileObject LOCATION =
      source(
          "LocationSpec",
          "package test;",
          "@io.github.graphenum.GraphEnum(table = \"\"\"",
          "    |Member|Value|",
          "    |-|-|",
          "    |inPerson|0|",
          "    |unknownFutureValue|1|",
          "    |online|2|",
          "    \"\"\")",
          "interface LocationSpec {}");

  @Test
  void membersAfterTheSentinelAreEvolvableAndUnknownNamesReadAsTheSentinel() throws Throwable {
    Class<?> type = generate(LOCATION).type("test.Location");
    Object[] constants = type.getEnumConstants();
    assertEquals(
        List.of(false, false, true),
        List.of(
            GeneratedClasses.call(constants[0], "isEvolvable"),
            GeneratedClasses.call(constants[1], "isEvolvable"),
            GeneratedClasses.call(constants[2], "isEvolvable")));
    assertSame(
        constants[2],
        GeneratedClasses.callStatic(type, "fromMemberNameOrUnknown", String.class, "online"));
    assertSame(
        constants[1],
        GeneratedClasses.callStatic(type, "fromMemberNameOrUnknown", String.class, "hybrid"));
    assertSame(
        constants[1],
        GeneratedClasses.callStatic(type, "fromMemberNameOrUnknown", String.class, "Online"));
    assertThrows(
        NullPointerException.class,
        () -> GeneratedClasses.callStatic(type, "fromMemberNameOrUnknown", String.class, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> GeneratedClasses.callStatic(type, "fromMemberName", String.class, "hybrid"));
  }

  @Test
  void theSentinelIsExplainedInTheJavadoc() {
    Compilation compilation = compile(LOCATION);
    assertThat(compilation)
        .generatedSourceFile("test.Location")
        .contentsAsUtf8String()
        .contains(
            "<p>This enum is evolvable: the service adds members after {@link"
                + " #UNKNOWN_FUTURE_VALUE},");
    assertThat(compilation)
        .generatedSourceFile("test.Location")
        .contentsAsUtf8String()
        .contains(
            "<p>Evolvable: the service returns this member only to clients that send\n"
                + "     * <code>Prefer: include-unknown-enum-members</code>; to others it returns"
                + " {@link #UNKNOWN_FUTURE_VALUE}.");
  }

  @Test
  void anEnumWithoutTheSentinelHasNoEvolvableMethods() {
    Set<String> evolvable =
        GeneratedClasses.publicMethodNames(generate(LOCATION).type("test.Location"));
    assertTrue(evolvable.containsAll(GeneratedClasses.EVOLVABLE_METHODS), evolvable::toString);
    Set<String> meeting =
        GeneratedClasses.publicMethodNames(generate(MEETING).type("test.MeetingStatus"));
    assertTrue(
        Collections.disjoint(meeting, GeneratedClasses.EVOLVABLE_METHODS), meeting::toString);
  }

  // Flags enums.

  /** A flags enum: none, inPerson, online, both (a combination), phone. */
  static final JavaFileObject MODES =
      source(
          "ModesSpec",
          "package test;",
          "@io.github.graphenum.GraphEnum(flags = true, table = \"\"\"",
          "    |Member|Value|",
          "    |-|-|",
          "    |none|0|",
          "    |inPerson|1|",
          "    |online|2|",
          "    |both|3|",
          "    |phone|8|",
          "    \"\"\")",
          "interface ModesSpec {}");

  @Test
  void masksAndMemberNamesRoundTripForEverySubset() throws Throwable {
    Class<?> type = generate(MODES).type("test.Modes");
    Object[] c = type.getEnumConstants(); // none, inPerson, online, both, phone
    List<Object> bits = List.of(c[1], c[2], c[4]);
    for (int subset = 0; subset < 1 << bits.size(); subset++) {
      Set<Object> members = new java.util.HashSet<>();
      for (int i = 0; i < bits.size(); i++) {
        if ((subset & 1 << i) != 0) {
          members.add(bits.get(i));
        }
      }
      int mask = (int) GeneratedClasses.callStatic(type, "toMask", Set.class, members);
      assertEquals(members, GeneratedClasses.callStatic(type, "fromMask", int.class, mask));
      assertEquals(
          Optional.of(members), GeneratedClasses.callStatic(type, "findByMask", int.class, mask));
      String names =
          (String) GeneratedClasses.callStatic(type, "formatMemberNames", Set.class, members);
      assertEquals(
          members,
          GeneratedClasses.callStatic(type, "parseMemberNames", String.class, names),
          names);
    }
  }

  @Test
  void flagsWireFormFollowsGraph() throws Throwable {
    Class<?> type = generate(MODES).type("test.Modes");
    Object[] c = type.getEnumConstants();
    assertEquals(
        "none", GeneratedClasses.callStatic(type, "formatMemberNames", Set.class, Set.of()));
    assertEquals(
        "inPerson,phone",
        GeneratedClasses.callStatic(type, "formatMemberNames", Set.class, Set.of(c[4], c[1])));
    assertEquals(
        Set.of(c[1], c[4]),
        GeneratedClasses.callStatic(type, "parseMemberNames", String.class, " phone ,inPerson"));
    assertEquals(
        Set.of(), GeneratedClasses.callStatic(type, "parseMemberNames", String.class, "none"));
    assertEquals(
        Set.of(), GeneratedClasses.callStatic(type, "parseMemberNames", String.class, "  "));
    assertEquals(
        Set.of(c[1], c[2]),
        GeneratedClasses.callStatic(type, "parseMemberNames", String.class, "both"),
        "a combination reads as its bits");
    assertEquals(3, GeneratedClasses.callStatic(type, "toMask", Set.class, Set.of(c[3])));
    assertEquals(
        Set.of(c[1], c[2]),
        GeneratedClasses.callStatic(type, "fromMask", int.class, 3),
        "a mask decomposes into single bits");
    IllegalArgumentException unknownBits =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratedClasses.callStatic(type, "fromMask", int.class, 4 | 1));
    assertEquals("Modes has no member for bits 0x4 of mask 5", unknownBits.getMessage());
    assertEquals(Optional.empty(), GeneratedClasses.callStatic(type, "findByMask", int.class, -1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GeneratedClasses.callStatic(
                type, "parseMemberNames", String.class, "inPerson,,online"));
    assertThrows(
        IllegalArgumentException.class,
        () -> GeneratedClasses.callStatic(type, "parseMemberNames", String.class, "InPerson"));
    assertEquals(
        "test.ModesSet",
        GeneratedClasses.callStatic(type, "fromMask", int.class, 0).getClass().getName());
  }

  @Test
  void flagsValuesMustBeBits() {
    JavaFileObject spec =
        source(
            "BadFlagsSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(flags = true, table = \"\"\"",
            "    |Member|Value|",
            "    |-|-|",
            "    |a|1|",
            "    |b|2|",
            "    |c|6|",
            "    |d|-4|",
            "    \"\"\")",
            "interface BadFlagsSpec {}");
    Compilation compilation = compile(spec);
    assertThat(compilation)
        .hadErrorContaining(
            "BadFlagsSpec.java:7: value 6 of flags member c is neither a single bit, nor 0, nor a"
                + " combination of the documented bits (bits 0x4 are no member's)")
        .inFile(spec)
        .onLineContaining("table = ");
    assertThat(compilation)
        .hadErrorContaining("BadFlagsSpec.java:8: value -4 of flags member d is negative");
    JavaFileObject noValues =
        source(
            "NoValuesSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(flags = true, table = \"|Member|\\n|-|\\n|a|\")",
            "interface NoValuesSpec {}");
    assertThat(compile(noValues))
        .hadErrorContaining(
            "flags = true needs values, and the members table of noValues has no Value column; add"
                + " a Value column to the table")
        .inFile(noValues)
        .onLineContaining("table = ");
  }

  @Test
  void anEnumThatIsNotFlagsHasNoMaskMethods() {
    Set<String> flags = GeneratedClasses.publicMethodNames(generate(MODES).type("test.Modes"));
    assertTrue(flags.containsAll(GeneratedClasses.FLAGS_METHODS), flags::toString);
    Set<String> meeting =
        GeneratedClasses.publicMethodNames(generate(MEETING).type("test.MeetingStatus"));
    assertTrue(Collections.disjoint(meeting, GeneratedClasses.FLAGS_METHODS), meeting::toString);
  }

  // Jackson.

  @Test
  void jacksonAnnotationsOnlyWithTheOption() {
    Compilation with =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.jackson=true")
            .compile(LOCATION);
    assertThat(with).succeededWithoutWarnings();
    assertThat(with)
        .generatedSourceFile("test.Location")
        .contentsAsUtf8String()
        .contains("@JsonValue\n    public String memberName()");
    assertThat(with)
        .generatedSourceFile("test.Location")
        .contentsAsUtf8String()
        .contains("    @JsonEnumDefaultValue\n    UNKNOWN_FUTURE_VALUE(");
    assertThat(with)
        .generatedSourceFile("test.Location")
        .contentsAsUtf8String()
        .contains(")\n    public static Location fromMemberNameOrUnknown(String memberName)");
    Compilation plain =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.jackson=true")
            .compile(MEETING);
    assertThat(plain)
        .generatedSourceFile("test.MeetingStatus")
        .contentsAsUtf8String()
        .contains(")\n    public static MeetingStatus fromMemberName(String memberName)");
    assertEquals(
        List.of(
            "UNKNOWN_FUTURE_VALUE: @JsonEnumDefaultValue",
            "fromMemberNameOrUnknown: @JsonCreator",
            "memberName: @JsonValue"),
        jacksonAnnotations(generate(LOCATION, "-Agraphenum.jackson=true").type("test.Location")));
    assertEquals(List.of(), jacksonAnnotations(generate(LOCATION).type("test.Location")));
  }

  private static List<String> jacksonAnnotations(Class<?> type) {
    return GeneratedClasses.annotations(type, "com.fasterxml.jackson.");
  }

  @Test
  void theJacksonOptionWithoutJacksonSaysWhichDependencyToAdd() throws URISyntaxException {
    Compilation compilation = compileWithoutJsonLibraries("-Agraphenum.jackson=true");
    assertThat(compilation)
        .hadErrorContaining(
            "graphenum.jackson=true needs Jackson's annotations on the compile class path: add the"
                + " dependency com.fasterxml.jackson.core:jackson-annotations");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The specs of this class, compiled with only graphenum's annotations on the class path. */
  private static Compilation compileWithoutJsonLibraries(String... options)
      throws URISyntaxException {
    List<File> classpath = new ArrayList<>();
    classpath.add(
        new File(GraphEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    return javac()
        .withProcessors(new GraphEnumProcessor())
        .withClasspath(classpath)
        .withOptions((Object[]) options)
        .compile(MEETING, LOCATION, MODES);
  }

  // Gson.

  @Test
  void gsonAdaptersOnlyWithTheOption() {
    GeneratedClasses with = generate(LOCATION, "-Agraphenum.gson=true");
    assertEquals(
        List.of("GsonAdapter: extends TypeAdapter", "Location: @JsonAdapter"),
        gsonAnnotations(with.type("test.Location")));
    GeneratedClasses flags = generate(MODES, "-Agraphenum.gson=true");
    assertEquals(
        List.of("GsonAdapter: extends TypeAdapter", "Modes: @JsonAdapter"),
        gsonAnnotations(flags.type("test.Modes")));
    assertEquals(
        List.of("GsonAdapter: extends TypeAdapter"),
        gsonAnnotations(flags.type("test.ModesSet")),
        "Gson passes over a collection's @JsonAdapter");
    assertEquals(List.of(), gsonAnnotations(generate(LOCATION).type("test.Location")));
  }

  private static List<String> gsonAnnotations(Class<?> type) {
    return GeneratedClasses.annotations(type, "com.google.gson.");
  }

  @Test
  void withoutTheOptionsNothingOfJacksonOrGsonIsGenerated() throws URISyntaxException {
    GeneratedClasses plain =
        new GeneratedClasses(
            InMemoryJavac.compile(
                    List.of(MEETING, LOCATION, MODES), List.of(), List.of(new GraphEnumProcessor()))
                .classes());
    for (String name :
        List.of("test.Location", "test.MeetingStatus", "test.Modes", "test.ModesSet")) {
      Class<?> type = plain.type(name);
      assertEquals(List.of(), jacksonAnnotations(type), name);
      assertEquals(List.of(), gsonAnnotations(type), name);
    }
    assertThat(compileWithoutJsonLibraries()).succeededWithoutWarnings();
  }

  @Test
  void theGsonOptionWithoutGsonSaysWhichDependencyToAdd() throws URISyntaxException {
    Compilation compilation = compileWithoutJsonLibraries("-Agraphenum.gson=true");
    assertThat(compilation)
        .hadErrorContaining(
            "graphenum.gson=true needs Gson on the compile class path: add the dependency"
                + " com.google.code.gson:gson");
    assertThat(compilation).hadErrorCount(1);
  }
}
