package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Members after {@code unknownFutureValue}, which Graph returns only to requests that send {@code
 * Prefer: include-unknown-enum-members}: each such constant says so, {@code isEvolvable()} tells
 * code, and every evolvable enum holds the header's value as {@code
 * PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS}; members before the sentinel say nothing of it.
 */
class OptInMembersTest {
  private static final String FIELD = "PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS";

  private static JavaFileObject spec(String name, String table) {
    return JavaFileObjects.forSourceLines(
        "test." + name + "Spec",
        "package test;",
        "@io.github.graphenum.GraphEnum(className = \"" + name + "\", table = \"\"\"",
        table,
        "    \"\"\")",
        "interface " + name + "Spec {}");
  }

  /** Two members before the sentinel, two after. */
  private static final JavaFileObject LOCATION =
      spec(
          "Location",
          """
              |Member|Value|Description|
              |-|-|-|
              |inPerson|0|In person.|
              |online|1|Online.|
              |unknownFutureValue|2|Evolvable enumeration sentinel value. Do not use.|
              |hybrid|3|Both.|
              |phone|4|By phone.|\
          """);

  private static String source(Compilation compilation, String className) throws IOException {
    return compilation
        .generatedSourceFile(className)
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }

  private static Class<?> load(JavaFileObject spec, String className) {
    InMemoryJavac.Result result =
        InMemoryJavac.compile(List.of(spec), List.of(), List.of(new GraphEnumProcessor()));
    assertTrue(result.success(), result.diagnostics()::toString);
    return GeneratedClasses.of(result).type(className);
  }

  @Test
  void eachMemberAfterTheSentinelSaysItNeedsThePreferHeaderAndNoneBefore() throws Exception {
    Compilation compilation = javac().withProcessors(new GraphEnumProcessor()).compile(LOCATION);
    assertThat(compilation).succeededWithoutWarnings();
    String source = source(compilation, "test.Location");
    String optIn =
        "<p>Evolvable: the service returns this member only to clients that send\n"
            + "     * <code>Prefer: include-unknown-enum-members</code>; to others it returns"
            + " {@link #UNKNOWN_FUTURE_VALUE}.\n"
            + "     * The header's value is {@link #"
            + FIELD
            + "}.\n"
            + "     */\n";
    assertTrue(source.contains(optIn + "    HYBRID(\"hybrid\", 3, \"Both.\")"), source);
    assertTrue(source.contains(optIn + "    PHONE(\"phone\", 4, \"By phone.\")"), source);
    assertEquals(2, source.split("<p>Evolvable:", -1).length - 1, "only the two after it");
  }

  @Test
  void codeAsksAConstantWhetherItNeedsTheHeaderAndTheEnumForTheHeadersValue() throws Throwable {
    Class<?> type = load(LOCATION, "test.Location");
    List<Object> needsHeader =
        List.of(
            GeneratedClasses.call(type.getEnumConstants()[0], "isEvolvable"),
            GeneratedClasses.call(type.getEnumConstants()[1], "isEvolvable"),
            GeneratedClasses.call(type.getEnumConstants()[2], "isEvolvable"),
            GeneratedClasses.call(type.getEnumConstants()[3], "isEvolvable"),
            GeneratedClasses.call(type.getEnumConstants()[4], "isEvolvable"));
    assertEquals(List.of(false, false, false, true, true), needsHeader);
    java.lang.reflect.Field field = type.getField(FIELD);
    assertEquals(String.class, field.getType());
    assertEquals(
        Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL, field.getModifiers(), "a constant");
    assertEquals("include-unknown-enum-members", field.get(null));
  }

  @Test
  void everyEvolvableEnumHoldsTheHeadersValueEvenWithNoMemberAfterTheSentinelYet()
      throws Exception {
    Class<?> type =
        load(
            spec(
                "CallType",
                """
                    |Member|Value|
                    |-|-|
                    |groupCall|0|
                    |unknownFutureValue|1|\
                """),
            "test.CallType");
    assertEquals("include-unknown-enum-members", type.getField(FIELD).get(null));
    Class<?> closed =
        load(
            spec(
                "Closed",
                """
                    |Member|Value|
                    |-|-|
                    |a|0|
                    |b|1|\
                """),
            "test.Closed");
    assertThrows(NoSuchFieldException.class, () -> closed.getField(FIELD), "not evolvable");
  }

  @Test
  void aMemberWhoseConstantWouldBeTheHeadersValueIsNamedApartWithAWarning() {
    JavaFileObject spec =
        spec(
            "Clash",
            """
                |Member|Value|
                |-|-|
                |unknownFutureValue|0|
                |preferIncludeUnknownEnumMembers|1|\
            """);
    Compilation compilation = javac().withProcessors(new GraphEnumProcessor()).compile(spec);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "members (the Prefer header's value) and preferIncludeUnknownEnumMembers both map to"
                + " the constant name PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS;"
                + " preferIncludeUnknownEnumMembers is named PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS_2")
        .inFile(spec)
        .onLineContaining("@io.github.graphenum.GraphEnum(");
    JavaFileObject renamed =
        JavaFileObjects.forSourceLines(
            "test.RenamedSpec",
            "package test;",
            "@io.github.graphenum.GraphEnum(className = \"Renamed\",",
            "    rename = \"later=" + FIELD + "\",",
            "    table = \"|Member|Value|\\n|-|-|\\n|unknownFutureValue|0|\\n|later|1|\\n\")",
            "interface RenamedSpec {}");
    assertThat(javac().withProcessors(new GraphEnumProcessor()).compile(renamed))
        .hadErrorContaining(
            "rename gives later the constant name '"
                + FIELD
                + "', which the generated enum uses itself")
        .inFile(renamed);
  }

  @Test
  void theBetaCloudPcReportsDeprecatedMemberComesAfterTheSentinelAndIsOptInToo() throws Exception {
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions(
                "-Agraphenum.docs=" + Path.of("src/test/resources/deprecation").toAbsolutePath())
            .compile(
                JavaFileObjects.forSourceLines(
                    "test.Spec",
                    "package test;",
                    "@io.github.graphenum.GraphEnum(doc = \"beta/cloudpcreport.md\",",
                    "    name = \"cloudPcRecommendationReportType\")",
                    "interface Spec {}"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = source(compilation, "test.CloudPcRecommendationReportType");
    int constant = source.indexOf("    CLOUD_PC_USAGE_CATEGORY_REPORTS(");
    String javadoc = source.substring(source.lastIndexOf("/**", constant), constant);
    assertTrue(javadoc.contains("<p>Evolvable:"), javadoc);
    assertTrue(javadoc.contains("@deprecated"), javadoc);
    assertFalse(
        source.substring(0, source.indexOf("    UNKNOWN_FUTURE_VALUE(")).contains("<p>Evolvable:"),
        "members before the sentinel say nothing of it");
  }
}
