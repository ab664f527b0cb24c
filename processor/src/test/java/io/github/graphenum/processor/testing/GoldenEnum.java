package io.github.graphenum.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphenum.processor.DocsGeneratedCodeTest;
import io.github.graphenum.processor.GoldenFilesTest;
import io.github.graphenum.processor.GraphEnumProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example pages' enums whose generated sources are kept in {@code src/test/resources/golden},
 * generated afresh. {@link GoldenFilesTest} compares each with its golden file, {@link
 * DocsGeneratedCodeTest} the docs' copies with them: both compare with what the processor generates
 * now, so neither depends on the other having run first, also when {@code
 * -Dgraphenum.updateGolden=true} has them rewrite what they compare.
 */
public enum GoldenEnum {
  VPP_TOKEN_SYNC_STATUS(
      "intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md", "", "VppTokenSyncStatus", "", ""),
  CALL_TYPE("api-reference/v1.0/resources/enums-callrecords.md", "callType", "CallType", "", ""),
  /** The member type of an evolvable enum, with no JSON binding. */
  CALL_TYPE_MEMBER(
      "api-reference/v1.0/resources/enums-callrecords.md",
      "callType",
      "CallType",
      "",
      "",
      "CallTypeMember"),
  CLONABLE_TEAM_PARTS(
      "api-reference/v1.0/resources/clonableteamparts.md",
      "",
      "ClonableTeamParts",
      "",
      "-Agraphenum.gson=true"),
  WINDOWS_ARCHITECTURE(
      "api-reference/v1.0/resources/intune-apps-windowsarchitecture.md",
      "",
      "WindowsArchitecture",
      "flags = true",
      "-Agraphenum.jackson=true"),
  WINDOWS_ARCHITECTURE_SET(
      "api-reference/v1.0/resources/intune-apps-windowsarchitecture.md",
      "",
      "WindowsArchitecture",
      "flags = true",
      "-Agraphenum.jackson=true",
      "WindowsArchitectureSet"),
  WORKFORCE_INTEGRATION_SUPPORTED_ENTITIES(
      "",
      "workforceIntegrationSupportedEntities",
      "WorkforceIntegrationSupportedEntities",
      Tables.ENTITIES,
      "-Agraphenum.gson=true"),
  WORKFORCE_INTEGRATION_SUPPORTED_ENTITIES_SET(
      "",
      "workforceIntegrationSupportedEntities",
      "WorkforceIntegrationSupportedEntities",
      Tables.ENTITIES,
      "-Agraphenum.gson=true",
      "WorkforceIntegrationSupportedEntitiesSet"),
  /** The member type of an evolvable flags enum, with Gson. */
  WORKFORCE_INTEGRATION_SUPPORTED_ENTITIES_MEMBER(
      "",
      "workforceIntegrationSupportedEntities",
      "WorkforceIntegrationSupportedEntities",
      Tables.ENTITIES,
      "-Agraphenum.gson=true",
      "WorkforceIntegrationSupportedEntitiesMember"),
  APPLIED_CONDITIONAL_ACCESS_POLICY_RESULT(
      "api-reference/beta/resources/enums.md",
      "appliedConditionalAccessPolicyResult",
      "AppliedConditionalAccessPolicyResult",
      "",
      "-Agraphenum.jackson=true"),
  /** The member type of an evolvable enum, with Jackson. */
  APPLIED_CONDITIONAL_ACCESS_POLICY_RESULT_MEMBER(
      "api-reference/beta/resources/enums.md",
      "appliedConditionalAccessPolicyResult",
      "AppliedConditionalAccessPolicyResult",
      "",
      "-Agraphenum.jackson=true",
      "AppliedConditionalAccessPolicyResultMember"),
  /**
   * An evolvable enum with Kiota's additions: {@code forValue} reads an unknown name as the
   * sentinel.
   */
  KIOTA_CALL_TYPE(
      "api-reference/v1.0/resources/enums-callrecords.md",
      "callType",
      "KiotaCallType",
      "className = \"KiotaCallType\"",
      "-Agraphenum.kiota=true"),
  /** A flags enum with Kiota's additions: {@code forValue} returns null for an unknown name. */
  KIOTA_WINDOWS_ARCHITECTURE(
      "api-reference/v1.0/resources/intune-apps-windowsarchitecture.md",
      "",
      "KiotaWindowsArchitecture",
      "flags = true, className = \"KiotaWindowsArchitecture\"",
      "-Agraphenum.kiota=true"),
  /** Its set, with {@code toEnumSet()}. */
  KIOTA_WINDOWS_ARCHITECTURE_SET(
      "api-reference/v1.0/resources/intune-apps-windowsarchitecture.md",
      "",
      "KiotaWindowsArchitecture",
      "flags = true, className = \"KiotaWindowsArchitecture\"",
      "-Agraphenum.kiota=true",
      "KiotaWindowsArchitectureSet"),
  /** The seed enum with its Portuguese descriptions: the seed page is its own translation. */
  TRANSLATED_VPP_TOKEN_SYNC_STATUS(
      "intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md",
      "",
      "TranslatedVppTokenSyncStatus",
      "className = \"TranslatedVppTokenSyncStatus\"",
      "-Agraphenum.translations=pt-BR=" + GoldenEnum.PORTUGUESE_DOCS_TOKEN),
  /**
   * A member the page marks deprecated, after the sentinel: the table of beta {@code
   * cloudpcreport.md}'s {@code cloudPcRecommendationReportType}.
   */
  CLOUD_PC_RECOMMENDATION_REPORT_TYPE(
      "",
      "cloudPcRecommendationReportType",
      "CloudPcRecommendationReportType",
      Tables.CLOUD_PC,
      ""),
  /** An enum type the service metadata deprecates: v1.0 {@code alertSeverity}. */
  ALERT_SEVERITY(
      "",
      "alertSeverity",
      "AlertSeverity",
      Tables.ALERT_SEVERITY,
      "-Agraphenum.metadata=" + GoldenEnum.DEPRECATION_TOKEN + "/alerts.csdl.xml");

  /** Tables written in specs. */
  private static final class Tables {
    /**
     * Graph's v1.0 {@code workforceIntegrationSupportedEntities}, an evolvable flags enum: the
     * members of {@code enums.md}, which states no values, with the values of the v1.0 service
     * metadata.
     */
    static final String ENTITIES =
        "flags = true, table = \"|Member|Value|\\n"
            + "|-|-|\\n"
            + "|none|0|\\n"
            + "|shift|1|\\n"
            + "|swapRequest|2|\\n"
            + "|userShiftPreferences|8|\\n"
            + "|openShift|16|\\n"
            + "|openShiftRequest|32|\\n"
            + "|offerShiftRequest|64|\\n"
            + "|unknownFutureValue|1024|\\n"
            + "\"";

    /** Beta {@code cloudPcRecommendationReportType}, as {@code cloudpcreport.md} writes it. */
    static final String CLOUD_PC =
        "table = \"| Member | Description |\\n"
            + "| :--- | :--- |\\n"
            + "| cloudPcUsageCategoryReport | Indicates the report that shows the usage of Cloud"
            + " PCs along with their associated categories. |\\n"
            + "| unknownFutureValue | Evolvable enumeration sentinel value. Don't use.|\\n"
            + "| cloudPcUsageCategoryReports (deprecated) | Indicates the report that shows the"
            + " usage of Cloud PCs along with their associated categories. The"
            + " `cloudPcUsageCategoryReports` member is deprecated and will stop returning on"
            + " December 31, 2025. Going forward, use the `cloudPcUsageCategoryReport` member.|\\n"
            + "\"";

    /** v1.0 {@code alertSeverity}, with the values of the v1.0 service metadata. */
    static final String ALERT_SEVERITY =
        "table = \"|Member|Value|\\n"
            + "|-|-|\\n"
            + "|unknown|0|\\n"
            + "|informational|1|\\n"
            + "|low|2|\\n"
            + "|medium|3|\\n"
            + "|high|4|\\n"
            + "|unknownFutureValue|127|\\n"
            + "\"";
  }

  private static final Path DOCS = Path.of("../example/docs");
  private static final Path PORTUGUESE_DOCS = Path.of("../example/docs-pt-BR");

  /** Stands for {@link #PORTUGUESE_DOCS} in an option: enum constants cannot read the path. */
  private static final String PORTUGUESE_DOCS_TOKEN = "{docs-pt-BR}";

  /** The deprecation tests' pages and metadata. */
  private static final Path DEPRECATION = Path.of("src/test/resources/deprecation");

  /** Stands for {@link #DEPRECATION} in an option. */
  private static final String DEPRECATION_TOKEN = "{deprecation}";

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private final String doc;
  private final String name;
  private final String className;
  private final String attributes;
  private final String option;
  private final String generatedClass;
  private String source;

  /**
   * @param doc the page, under {@code example/docs}; empty for a table in the attributes
   * @param name the spec's {@code name}, or empty
   * @param className the generated enum, in package {@code com.example}
   * @param attributes more attributes of the spec, or empty
   * @param option a processor option ({@code -Agraphenum.jackson=true}), or empty
   * @param generatedClass the generated class whose source is the golden file, in package {@code
   *     com.example}
   */
  GoldenEnum(
      String doc,
      String name,
      String className,
      String attributes,
      String option,
      String generatedClass) {
    this.doc = doc;
    this.name = name;
    this.className = className;
    this.attributes = attributes;
    this.option = option;
    this.generatedClass = generatedClass;
  }

  /** The golden file of the enum itself. */
  GoldenEnum(String doc, String name, String className, String attributes, String option) {
    this(doc, name, className, attributes, option, className);
  }

  /**
   * Whether {@code -Dgraphenum.updateGolden=true} asks the tests to rewrite the files they compare.
   */
  public static boolean updating() {
    return Boolean.getBoolean("graphenum.updateGolden");
  }

  /** The enum whose golden file is named {@code fileName}. */
  public static GoldenEnum ofFile(String fileName) {
    return Arrays.stream(values())
        .filter(golden -> golden.goldenFile().getFileName().toString().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no golden file " + fileName));
  }

  public Path goldenFile() {
    return GOLDEN.resolve(generatedClass + ".java");
  }

  /**
   * The docs root and the enum's option; {@value #PORTUGUESE_DOCS_TOKEN} in it is {@code
   * example/docs-pt-BR}.
   */
  private List<String> options() {
    String more =
        option.isEmpty()
            ? "-Agraphenum.jackson=false"
            : option
                .replace(PORTUGUESE_DOCS_TOKEN, PORTUGUESE_DOCS.toAbsolutePath().toString())
                .replace(DEPRECATION_TOKEN, DEPRECATION.toAbsolutePath().toString());
    return List.of("-Agraphenum.docs=" + DOCS.toAbsolutePath(), more);
  }

  /** The source the processor generates, without a warning, for a spec over the page. */
  public synchronized String generate() {
    if (source == null) {
      String spec =
          "package com.example;\n\n@io.github.graphenum.GraphEnum("
              + String.join(
                  ", ",
                  Stream.of(
                          doc.isEmpty() ? "" : "doc = \"" + doc + "\"",
                          name.isEmpty() ? "" : "name = \"" + name + "\"",
                          attributes)
                      .filter(a -> !a.isEmpty())
                      .toList())
              + ")\ninterface "
              + className
              + "Spec {}\n";
      Compilation compilation =
          javac()
              .withProcessors(new GraphEnumProcessor())
              .withOptions(options())
              .compile(JavaFileObjects.forSourceString("com.example." + className + "Spec", spec));
      assertThat(compilation).succeededWithoutWarnings();
      try {
        source =
            compilation
                .generatedSourceFile("com.example." + generatedClass)
                .orElseThrow()
                .getCharContent(false)
                .toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }
}
