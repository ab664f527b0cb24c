package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The example pages' enums whose generated sources are kept in {@code src/test/resources/golden},
 * generated afresh. {@link GoldenFilesTest} compares each with its golden file, {@link ReadmeTest}
 * the README's copies with them: both compare with what the processor generates now, so neither
 * depends on the other having run first, also when {@code -Dgraphenum.updateGolden=true} has
 * them rewrite what they compare.
 */
enum GoldenEnum {
  VPP_TOKEN_SYNC_STATUS("intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md", "", "VppTokenSyncStatus", "", false),
  CALL_TYPE("api-reference/v1.0/resources/enums-callrecords.md", "callType", "CallType", "", false),
  CLONABLE_TEAM_PARTS("api-reference/v1.0/resources/clonableteamparts.md", "", "ClonableTeamParts", "", false),
  WINDOWS_ARCHITECTURE(
      "api-reference/v1.0/resources/intune-apps-windowsarchitecture.md", "", "WindowsArchitecture", "flags = true", true),
  APPLIED_CONDITIONAL_ACCESS_POLICY_RESULT(
      "api-reference/beta/resources/enums.md", "appliedConditionalAccessPolicyResult", "AppliedConditionalAccessPolicyResult", "", true),
  /** The seed enum with its Portuguese descriptions: the seed page is its own translation. */
  TRANSLATED_VPP_TOKEN_SYNC_STATUS(
      "intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md", "", "TranslatedVppTokenSyncStatus", "className = \"TranslatedVppTokenSyncStatus\"", false, true);

  private static final Path DOCS = Path.of("../example/docs");
  private static final Path PORTUGUESE_DOCS = Path.of("../example/docs-pt-BR");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private final String doc;
  private final String name;
  private final String className;
  private final String attributes;
  private final boolean jackson;
  private final boolean translated;
  private String source;

  /**
   * @param doc the page, under {@code example/docs}
   * @param name the spec's {@code name}, or empty
   * @param className the generated enum, in package {@code com.example}
   * @param attributes more attributes of the spec, or empty
   * @param jackson the {@code graphenum.jackson} option
   */
  GoldenEnum(String doc, String name, String className, String attributes, boolean jackson) {
    this(doc, name, className, attributes, jackson, false);
  }

  /** @param translated whether {@code graphenum.translations} gives pt-BR as {@code example/docs-pt-BR} */
  GoldenEnum(String doc, String name, String className, String attributes, boolean jackson, boolean translated) {
    this.doc = doc;
    this.name = name;
    this.className = className;
    this.attributes = attributes;
    this.jackson = jackson;
    this.translated = translated;
  }

  /** Whether {@code -Dgraphenum.updateGolden=true} asks the tests to rewrite the files they compare. */
  static boolean updating() {
    return Boolean.getBoolean("graphenum.updateGolden");
  }

  /** The enum whose golden file is named {@code fileName}. */
  static GoldenEnum ofFile(String fileName) {
    return Arrays.stream(values())
        .filter(golden -> golden.goldenFile().getFileName().toString().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no golden file " + fileName));
  }

  Path goldenFile() {
    return GOLDEN.resolve(className + ".java");
  }

  private List<String> options() {
    List<String> options = new ArrayList<>(List.of("-Agraphenum.docs=" + DOCS.toAbsolutePath(), "-Agraphenum.jackson=" + jackson));
    if (translated) {
      options.add("-Agraphenum.translations=pt-BR=" + PORTUGUESE_DOCS.toAbsolutePath());
    }
    return options;
  }

  /** The source the processor generates, without a warning, for a spec over the page. */
  synchronized String generate() {
    if (source == null) {
      String spec =
          "package com.example;\n\n@io.github.graphenum.GraphEnum(doc = \"" + doc + "\""
              + (name.isEmpty() ? "" : ", name = \"" + name + "\"")
              + (attributes.isEmpty() ? "" : ", " + attributes)
              + ")\ninterface " + className + "Spec {}\n";
      Compilation compilation =
          javac()
              .withProcessors(new GraphEnumProcessor())
              .withOptions(options())
              .compile(JavaFileObjects.forSourceString("com.example." + className + "Spec", spec));
      assertThat(compilation).succeededWithoutWarnings();
      try {
        source = compilation.generatedSourceFile("com.example." + className).orElseThrow().getCharContent(false).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }
}
