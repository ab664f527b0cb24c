package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.graphenum.processor.testing.GoldenEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated source of example pages, compared with {@code src/test/resources/golden}. After an
 * intended change of the generated code, rewrite the golden files with {@code mvn -B -pl processor
 * -am test -Dtest='GoldenFilesTest,DocsGeneratedCodeTest' -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgraphenum.updateGolden=true} (which also rewrites the whole enums the docs show) and review the
 * diff; never edit them by hand.
 */
public class GoldenFilesTest {
  @ParameterizedTest
  @EnumSource(GoldenEnum.class)
  void generatedSourceMatchesTheGoldenFile(GoldenEnum golden) throws IOException {
    String generated = golden.generate();
    Path file = golden.goldenFile();
    if (GoldenEnum.updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated);
    }
    assertEquals(
        Files.readString(file), generated, "differs from " + file + "; see this class's Javadoc");
  }
}
