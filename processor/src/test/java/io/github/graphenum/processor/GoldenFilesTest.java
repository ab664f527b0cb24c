package io.github.graphenum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated source of example pages, compared with {@code src/test/resources/golden}. After an
 * intended change of the generated code, rewrite the golden files with
 * {@code mvn -pl processor test -Dtest='GoldenFilesTest,ReadmeTest' -Dgraphenum.updateGolden=true}
 * (which also copies the seed enum into the README) and review the diff; never edit them by hand.
 */
class GoldenFilesTest {
  private static final Path DOCS = Path.of("../example/docs");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @CsvSource({
    "intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md, '', VppTokenSyncStatus, '', false",
    "api-reference/v1.0/resources/enums-callrecords.md, callType, CallType, '', false",
    "api-reference/v1.0/resources/clonableteamparts.md, '', ClonableTeamParts, '', false",
    "api-reference/v1.0/resources/intune-apps-windowsarchitecture.md, '', WindowsArchitecture, 'flags = true', true",
    "api-reference/beta/resources/enums.md, appliedConditionalAccessPolicyResult, AppliedConditionalAccessPolicyResult, '', true",
  })
  void generatedSourceMatchesTheGoldenFile(
      String doc, String name, String className, String more, boolean jackson) throws IOException {
    String spec =
        "package com.example;\n\n@io.github.graphenum.GraphEnum(doc = \"" + doc + "\""
            + (name.isEmpty() ? "" : ", name = \"" + name + "\"")
            + (more.isEmpty() ? "" : ", " + more)
            + ")\ninterface " + className + "Spec {}\n";
    Compilation compilation =
        javac()
            .withProcessors(new GraphEnumProcessor())
            .withOptions("-Agraphenum.docs=" + DOCS.toAbsolutePath(), "-Agraphenum.jackson=" + jackson)
            .compile(JavaFileObjects.forSourceString("com.example." + className + "Spec", spec));
    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation.generatedSourceFile("com.example." + className).orElseThrow().getCharContent(false).toString();
    Path golden = GOLDEN.resolve(className + ".java");
    if (Boolean.getBoolean("graphenum.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, generated);
    }
    assertEquals(Files.readString(golden), generated, "differs from " + golden + "; see this class's Javadoc");
  }
}
