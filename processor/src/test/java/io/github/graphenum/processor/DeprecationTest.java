package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deprecation through javac: a member a page marks deprecated (each spelling of the docs), an enum
 * type and a member the service metadata deprecates, generated {@code @Deprecated} with a {@code
 * @deprecated} tag; the generated code that names them (lookup tables, the flags set, the JSON
 * bindings, a folder's index) compiled with every lint and doclint check as an error at {@code
 * --release 8}; a user's code warned.
 */
class DeprecationTest {
  /** The test pages: {@code beta/cloudpcreport.md} and one page per spelling of the marker. */
  private static final Path PAGES = Path.of("src/test/resources/deprecation").toAbsolutePath();

  /**
   * Metadata that deprecates {@code alertSeverity} (out of line) and reportFormat's {@code pdf}.
   */
  private static final Path METADATA = PAGES.resolve("alerts.csdl.xml");

  /**
   * The options generated code is compiled with: Java 8, every lint (but the options') an error.
   */
  private static final List<String> RELEASE_8_STRICT =
      List.of("--release", "8", "-Xlint:all,-options", "-Werror", "-Xdoclint:all");

  @TempDir Path temp;

  private static JavaFileObject spec(String name, String attributes) {
    return JavaFileObjects.forSourceLines(
        "test." + name + "Spec",
        "package test;",
        "/** The spec. */",
        "@io.github.graphenum.GraphEnum(" + attributes + ")",
        "interface " + name + "Spec {}");
  }

  private static final JavaFileObject CLOUD_PC =
      spec(
          "CloudPcRecommendationReportType",
          "doc = \"beta/cloudpcreport.md\", name = \"cloudPcRecommendationReportType\"");

  private static Compilation compile(JavaFileObject spec, String... options) {
    List<String> all = new ArrayList<>(List.of("-Agraphenum.docs=" + PAGES));
    all.addAll(List.of(options));
    return javac().withProcessors(new GraphEnumProcessor()).withOptions(all).compile(spec);
  }

  private static String source(Compilation compilation, String className) throws IOException {
    return compilation
        .generatedSourceFile(className)
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }

  /**
   * Generates from {@code specs} and compiles what is generated in the same compilation, as a
   * user's build does, at {@code --release 8} with every lint and doclint check (javadoc's, run by
   * javac) as an error.
   */
  private InMemoryJavac.Result generateStrictly(List<JavaFileObject> specs, String... options)
      throws IOException {
    List<String> all = new ArrayList<>(RELEASE_8_STRICT);
    all.add("-Agraphenum.docs=" + PAGES);
    all.addAll(List.of(options));
    InMemoryJavac.Result result =
        InMemoryJavac.compile(specs, all, List.of(new GraphEnumProcessor()));
    assertEquals(List.of(), messages(result), result.sources().toString());
    return result;
  }

  private static List<String> messages(InMemoryJavac.Result result) {
    return result.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  @Test
  void theBetaCloudPcReportPageGeneratesWithItsDeprecatedMember() throws Throwable {
    Compilation compilation = compile(CLOUD_PC);
    assertThat(compilation).succeededWithoutWarnings();
    String source = source(compilation, "test.CloudPcRecommendationReportType");
    assertTrue(
        source.contains(
            "     * @deprecated The <code>cloudPcUsageCategoryReports</code> member is deprecated"
                + " and will stop returning on December 31, 2025. Going forward, use the {@link"
                + " #CLOUD_PC_USAGE_CATEGORY_REPORT cloudPcUsageCategoryReport} member.\n"
                + "     */\n"
                + "    @Deprecated\n"
                + "    CLOUD_PC_USAGE_CATEGORY_REPORTS(\"cloudPcUsageCategoryReports\","),
        source);
    Class<?> type =
        GeneratedClasses.of(
                InMemoryJavac.compile(
                    List.of(CLOUD_PC),
                    List.of("-Agraphenum.docs=" + PAGES),
                    List.of(new GraphEnumProcessor())))
            .type("test.CloudPcRecommendationReportType");
    Object deprecated =
        GeneratedClasses.callStatic(
            type, "fromMemberName", String.class, "cloudPcUsageCategoryReports");
    assertEquals("cloudPcUsageCategoryReports", GeneratedClasses.call(deprecated, "memberName"));
    assertTrue(
        type.getField("CLOUD_PC_USAGE_CATEGORY_REPORTS").isAnnotationPresent(Deprecated.class));
    assertFalse(
        type.getField("CLOUD_PC_USAGE_CATEGORY_REPORT").isAnnotationPresent(Deprecated.class));
    assertFalse(type.isAnnotationPresent(Deprecated.class));
  }

  @Test
  void codeThatUsesADeprecatedMemberIsWarned() {
    JavaFileObject user =
        JavaFileObjects.forSourceLines(
            "test.User",
            "package test;",
            "class User {",
            "  Object report = CloudPcRecommendationReportType.CLOUD_PC_USAGE_CATEGORY_REPORTS;",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.docs=" + PAGES, "-Xlint:deprecation")
            .compile(CLOUD_PC, user);
    assertThat(compilation)
        .hadWarningContaining(
            "CLOUD_PC_USAGE_CATEGORY_REPORTS in test.CloudPcRecommendationReportType has been"
                + " deprecated")
        .inFile(user)
        .onLineContaining("CLOUD_PC_USAGE_CATEGORY_REPORTS");
  }

  @Test
  void eachSpellingOfTheMarkerGeneratesADeprecatedConstant() throws Exception {
    for (String page : List.of("capitalized.md", "bold.md", "description.md")) {
      Compilation compilation = compile(spec("ReportFormat", "doc = \"" + page + "\""));
      assertThat(compilation).succeededWithoutWarnings();
      String source = source(compilation, "test.ReportFormat");
      assertTrue(source.contains("    @Deprecated\n    PDF(\"pdf\", 1,"), page + "\n" + source);
      assertFalse(source.contains("@Deprecated\n    CSV("), page);
      assertFalse(source.contains("@Deprecated\n    DEPRECATED("), page);
    }
    String described =
        source(compile(spec("ReportFormat", "doc = \"description.md\"")), "test.ReportFormat");
    assertTrue(
        described.contains("@deprecated Use csv or {@link #JSON json} instead.\n"), described);
    String bold = source(compile(spec("ReportFormat", "doc = \"bold.md\"")), "test.ReportFormat");
    assertTrue(
        bold.contains("@deprecated The documentation marks this member deprecated.\n"), bold);
  }

  @Test
  void aSideBySidePageDeprecatesByItsEnglishSpansOnly() throws Exception {
    Compilation compilation =
        compile(
            spec(
                "CloudPcRecommendationReportType",
                "doc = \"beta/cloudpcreport.pt-BR-sxs.md\", name ="
                    + " \"cloudPcRecommendationReportType\""));
    assertThat(compilation).succeededWithoutWarnings();
    String source = source(compilation, "test.CloudPcRecommendationReportType");
    assertTrue(source.contains("    @Deprecated\n    CLOUD_PC_USAGE_CATEGORY_REPORTS("), source);
    assertFalse(source.contains("@Deprecated\n    CLOUD_PC_USAGE_CATEGORY_REPORT("), source);
    assertFalse(source.contains("preterido"), source);
  }

  @Test
  void theMetadataDeprecatesAnEnumTypeWithItsReasonAndDates() throws Exception {
    JavaFileObject alertSeverity =
        spec(
            "AlertSeverity",
            "name = \"alertSeverity\", table = \"|Member|Value|\\n|-|-|\\n|unknown|0|\\n"
                + "|informational|1|\\n|low|2|\\n|medium|3|\\n|high|4|\\n"
                + "|unknownFutureValue|127|\\n\"");
    Compilation compilation = compile(alertSeverity, "-Agraphenum.metadata=" + METADATA);
    assertThat(compilation).succeededWithoutWarnings();
    String source = source(compilation, "test.AlertSeverity");
    assertTrue(
        source.contains(
            " * @deprecated The legacy Graph Security API is deprecated and will stop returning"
                + " data on January 31, 2025. Please use the new Graph Security API.\n"
                + " *     (service metadata: deprecated on 2024-04-10, planned for removal on"
                + " 2026-04-10)\n"
                + " */\n"
                + "@Generated("),
        source);
    assertTrue(source.contains(")\n@Deprecated\npublic enum AlertSeverity {"), source);
    String without = source(compile(alertSeverity), "test.AlertSeverity");
    assertFalse(without.contains("@Deprecated"), "without the metadata, nothing is deprecated");
  }

  @Test
  void generatedCodeNamingDeprecatedTypesAndMembersIsLintClean() throws Exception {
    // A deprecated flags enum (its set deprecated with it), and a flags enum with a deprecated
    // member, its empty member and its sentinel: the set's tables, wire form and JSON name them.
    JavaFileObject alertChannels =
        spec(
            "AlertChannels",
            "name = \"alertChannels\", flags = true, table = \"|Member|Value|\\n|-|-|\\n"
                + "|none|0|\\n|email|1|\\n|sms|2|\\n|unknownFutureValue|4|\\n\"");
    JavaFileObject access =
        spec(
            "Access",
            "flags = true, table = \"|Member|Value|Description|\\n|-|-|-|\\n"
                + "|none (deprecated)|0|Use read.|\\n|read|1||\\n|write (deprecated)|2||\\n"
                + "|unknownFutureValue (deprecated)|4|Deprecated: the service sends `read`.|\\n\"");
    InMemoryJavac.Result result =
        generateStrictly(
            List.of(access, CLOUD_PC),
            "-Agraphenum.jackson=true",
            "-Agraphenum.gson=true",
            "-Agraphenum.kiota=true");
    InMemoryJavac.Result deprecatedType =
        generateStrictly(
            List.of(alertChannels),
            "-Agraphenum.metadata=" + METADATA,
            "-Agraphenum.jackson=true",
            "-Agraphenum.gson=true",
            "-Agraphenum.kiota=true");
    String set = result.sources().get("test.AccessSet");
    assertTrue(
        set.contains(
            "@SuppressWarnings(\"deprecation\")\n    private static final Access[] bitMembers"),
        set);
    assertFalse(set.contains("@Deprecated"), set);
    assertTrue(
        deprecatedType
            .sources()
            .get("test.AlertChannelsSet")
            .contains(")\n@Deprecated\npublic final class AlertChannelsSet"),
        "the set of a deprecated enum is deprecated");
    assertFalse(
        deprecatedType.sources().get("test.AlertChannelsSet").contains("@SuppressWarnings"),
        "nothing to suppress in a deprecated set");
    assertTrue(
        deprecatedType
            .sources()
            .get("test.AlertChannelsMember")
            .contains(")\n@Deprecated\n@JsonAdapter(AlertChannelsMember.GsonAdapter.class)\n"),
        "the member type of a deprecated enum is deprecated");
  }

  @Test
  void aFoldersIndexNamesADeprecatedEnumWithoutAWarning() throws Exception {
    Path docs = Files.createDirectories(temp.resolve("docs/security"));
    Files.writeString(
        docs.resolve("alertseverity.md"),
        """
        # alertSeverity enum type

        Namespace: microsoft.graph

        | Member | Value |
        |---|---|
        | unknown | 0 |
        | informational | 1 |
        | low | 2 |
        | medium | 3 |
        | high | 4 |
        | unknownFutureValue | 127 |
        """);
    JavaFileObject folder =
        JavaFileObjects.forSourceLines(
            "test.Enums",
            "package test;",
            "/** The folder. */",
            "@io.github.graphenum.GraphEnums(folder = \"security\")",
            "interface Enums {}");
    List<String> options = new ArrayList<>(RELEASE_8_STRICT);
    options.add("-Agraphenum.docs=" + temp.resolve("docs"));
    options.add("-Agraphenum.metadata=" + METADATA);
    InMemoryJavac.Result generated =
        InMemoryJavac.compile(List.of(folder), options, List.of(new GraphEnumProcessor()));
    assertEquals(List.of(), messages(generated), generated.sources().toString());
    String index = generated.sources().get("test.GraphEnumIndex");
    assertTrue(
        index.contains("@SuppressWarnings(\"deprecation\")\n    private static void putEnums0("),
        index);
  }
}
