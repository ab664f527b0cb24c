package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.compile;
import static io.github.graphenum.processor.testing.Specs.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.graphenum.GraphEnum;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
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
  // Tables written in the spec.

  private static final JavaFileObject MEETING =
      source(
          "test.MeetingStatusSpec",
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
    Class<?> type = Compile.classes(compilation).type("test.MeetingStatus");
    assertEquals(
        "running",
        GeneratedClasses.call(
            GeneratedClasses.callStatic(type, "fromValue", int.class, 1), "memberName"));
  }

  @Test
  void anInlineTableErrorNamesTheSourceLineAndPointsAtTheTable() {
    JavaFileObject spec =
        source(
            "test.BadSpec",
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
    assertReported(
            compile(spec), Message.VALUE_NOT_INTEGER.onPage("BadSpec.java", 8, "duas", "two", ""))
        .inFile(spec)
        .onLineContaining("table = ");
  }

  /** The README's compiler settings: Java 8 (no text blocks), every lint, warnings as errors. */
  private static final List<String> JAVA_8 =
      List.of("--release", "8", "-Xlint:all,-options", "-Werror", "-encoding", "UTF-8");

  @Test
  void aJava8TableIndentedAsCodeIsGeneratedAndItsErrorsNameTheRowsSourceLine() {
    JavaFileObject spec =
        source(
            "test.SizeSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(",
            "    table = \"\"",
            "        + \"  | Member | Value | Description |\\n\"",
            "        + \"  |---|---|---|\\n\"",
            "        + \"  | small | 0 | Small. |\\n\"",
            "        + \"  | large | 1 | Large. |\\n\")",
            "interface SizeSpec {}");
    Compilation compilation = compile(JAVA_8, spec);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Size")
        .contentsAsUtf8String()
        .contains("LARGE(\"large\", 1, \"Large.\")");

    JavaFileObject bad =
        source(
            "test.BadSizeSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(table =",
            "      \"    |Member|Value|\\n\"",
            "    + \"    |-|-|\\n\"",
            "    + \"    |small|0|\\n\" + \"    |large|big|\\n\")",
            "interface BadSizeSpec {}");
    assertReported(
            compile(JAVA_8, bad),
            Message.VALUE_NOT_INTEGER.onPage("BadSizeSpec.java", 5, "big", "large", ""))
        .inFile(bad)
        .onLineContaining("|Member|Value|"); // the table attribute's value starts there
  }

  @Test
  void anInlineTextWithoutATableSaysSoWithoutAPage() {
    JavaFileObject spec =
        source(
            "test.WordsSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(",
            "    table = \"small, large\")",
            "interface WordsSpec {}");
    assertReported(
            compile(spec),
            Message.INLINE_NO_MEMBERS_TABLE.onPage("WordsSpec.java", 0, "the table attribute"))
        .inFile(spec)
        .onLineContaining("table = ");
  }

  @Test
  void theSpecsJavadocCanHoldTheDescriptionAndTheTable() throws Throwable {
    JavaFileObject spec =
        source(
            "test.ShadeSpec",
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
    Class<?> type = Compile.classes(compilation).type("test.Shade");
    assertEquals("Dark.", GeneratedClasses.call(type.getEnumConstants()[1], "description"));

    JavaFileObject bad =
        source(
            "test.BadShadeSpec",
            "package test;",
            "/**",
            " * |Member|Value|",
            " * |---|---|",
            " * |light|x|",
            " */",
            "@io.github.graphenum.GraphEnum",
            "interface BadShadeSpec {}");
    assertReported(
            compile(bad),
            Message.VALUE_NOT_INTEGER.onPage("BadShadeSpec.java", 5, "x", "light", ""))
        .inFile(bad)
        .onLineContaining("@io.github.graphenum.GraphEnum");
  }

  @Test
  void exactlyOneSourcePerSpec() {
    JavaFileObject both =
        source(
            "test.BothSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(doc = \"a.md\", table = \"|Member|\\n|-|\\n|a|\")",
            "interface BothSpec {}");
    assertReported(compile(both), Message.SOURCE_BOTH.at())
        .inFile(both)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
    JavaFileObject none =
        source(
            "test.NoneSpec",
            "package test;",
            "/** No table here. */",
            "@io.github.graphenum.GraphEnum",
            "interface NoneSpec {}");
    assertReported(compile(none), Message.SOURCE_NONE.at())
        .inFile(none)
        .onLineContaining("@io.github.graphenum.GraphEnum");
  }

  // Evolvable enums.

  private static final JavaFileObject LOCATION =
      source(
          "test.LocationSpec",
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
    Class<?> type = Compile.classes(compile(LOCATION)).type("test.Location");
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
        GeneratedClasses.publicMethodNames(
            Compile.classes(compile(LOCATION)).type("test.Location"));
    assertTrue(evolvable.containsAll(GeneratedClasses.EVOLVABLE_METHODS), evolvable::toString);
    Set<String> meeting =
        GeneratedClasses.publicMethodNames(
            Compile.classes(compile(MEETING)).type("test.MeetingStatus"));
    assertTrue(
        Collections.disjoint(meeting, GeneratedClasses.EVOLVABLE_METHODS), meeting::toString);
  }

  // Flags enums.

  /** A flags enum: none, inPerson, online, both (a combination), phone. */
  static final JavaFileObject MODES =
      source(
          "test.ModesSpec",
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
    Class<?> type = Compile.classes(compile(MODES)).type("test.Modes");
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
    Class<?> type = Compile.classes(compile(MODES)).type("test.Modes");
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
            "test.BadFlagsSpec",
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
    assertReported(compilation, Message.FLAGS_NOT_BITS.onPage("BadFlagsSpec.java", 7, 6, "c", 4))
        .inFile(spec)
        .onLineContaining("table = ");
    assertReported(compilation, Message.FLAGS_NEGATIVE.onPage("BadFlagsSpec.java", 8, -4, "d"))
        .inFile(spec)
        .onLineContaining("table = ");
    JavaFileObject noValues =
        source(
            "test.NoValuesSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(flags = true, table = \"|Member|\\n|-|\\n|a|\")",
            "interface NoValuesSpec {}");
    assertReported(
            compile(noValues),
            Message.FLAGS_WITHOUT_VALUES.onPage(
                "NoValuesSpec.java", 2, "noValues", "; add a Value column to the table"))
        .inFile(noValues)
        .onLineContaining("table = ");
  }

  @Test
  void anEnumThatIsNotFlagsHasNoMaskMethods() {
    Set<String> flags =
        GeneratedClasses.publicMethodNames(Compile.classes(compile(MODES)).type("test.Modes"));
    assertTrue(flags.containsAll(GeneratedClasses.FLAGS_METHODS), flags::toString);
    Set<String> meeting =
        GeneratedClasses.publicMethodNames(
            Compile.classes(compile(MEETING)).type("test.MeetingStatus"));
    assertTrue(Collections.disjoint(meeting, GeneratedClasses.FLAGS_METHODS), meeting::toString);
  }

  // Jackson.

  @Test
  void jacksonAnnotationsOnlyWithTheOption() {
    Compilation with = compile(List.of("-Agraphenum.jackson=true"), LOCATION);
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
    Compilation plain = compile(List.of("-Agraphenum.jackson=true"), MEETING);
    assertThat(plain)
        .generatedSourceFile("test.MeetingStatus")
        .contentsAsUtf8String()
        .contains(")\n    public static MeetingStatus fromMemberName(String memberName)");
    assertEquals(
        List.of(
            "UNKNOWN_FUTURE_VALUE: @JsonEnumDefaultValue",
            "fromMemberNameOrUnknown: @JsonCreator",
            "memberName: @JsonValue"),
        jacksonAnnotations(Compile.classes(with).type("test.Location")));
    assertEquals(
        List.of(), jacksonAnnotations(Compile.classes(compile(LOCATION)).type("test.Location")));
  }

  private static List<String> jacksonAnnotations(Class<?> type) {
    return GeneratedClasses.annotations(type, "com.fasterxml.jackson.");
  }

  @Test
  void theJacksonOptionWithoutJacksonSaysWhichDependencyToAdd() throws URISyntaxException {
    Compilation compilation = compileWithoutJsonLibraries("-Agraphenum.jackson=true");
    assertReported(
        compilation,
        Message.JSON_LIBRARY_MISSING.at(
            "graphenum.jackson",
            "Jackson's annotations",
            "com.fasterxml.jackson.core:jackson-annotations"));
    assertThat(compilation).hadErrorCount(1);
  }

  /** The specs of this class, compiled with only graphenum's annotations on the class path. */
  private static Compilation compileWithoutJsonLibraries(String... options)
      throws URISyntaxException {
    List<File> classpath = new ArrayList<>();
    classpath.add(
        new File(GraphEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    return Compile.javac(List.of(options))
        .withClasspath(classpath)
        .compile(MEETING, LOCATION, MODES);
  }

  // Gson.

  @Test
  void gsonAdaptersOnlyWithTheOption() {
    GeneratedClasses with = Compile.classes(compile(List.of("-Agraphenum.gson=true"), LOCATION));
    assertEquals(
        List.of("GsonAdapter: extends TypeAdapter", "Location: @JsonAdapter"),
        gsonAnnotations(with.type("test.Location")));
    GeneratedClasses flags = Compile.classes(compile(List.of("-Agraphenum.gson=true"), MODES));
    assertEquals(
        List.of("GsonAdapter: extends TypeAdapter", "Modes: @JsonAdapter"),
        gsonAnnotations(flags.type("test.Modes")));
    assertEquals(
        List.of("GsonAdapter: extends TypeAdapter"),
        gsonAnnotations(flags.type("test.ModesSet")),
        "Gson passes over a collection's @JsonAdapter");
    assertEquals(
        List.of(), gsonAnnotations(Compile.classes(compile(LOCATION)).type("test.Location")));
  }

  private static List<String> gsonAnnotations(Class<?> type) {
    return GeneratedClasses.annotations(type, "com.google.gson.");
  }

  @Test
  void withoutTheOptionsNothingOfJacksonOrGsonIsGenerated() throws URISyntaxException {
    GeneratedClasses plain = Compile.classes(compile(MEETING, LOCATION, MODES));
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
    assertReported(
        compilation,
        Message.JSON_LIBRARY_MISSING.at("graphenum.gson", "Gson", "com.google.code.gson:gson"));
    assertThat(compilation).hadErrorCount(1);
  }
}
