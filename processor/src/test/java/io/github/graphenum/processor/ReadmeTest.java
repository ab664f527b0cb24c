package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the seed page's enum in full: it must be the one the processor generates. */
class ReadmeTest {
  @Test
  void readmeShowsTheGeneratedSeedEnum() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String golden = Files.readString(Path.of("src/test/resources/golden/VppTokenSyncStatus.java"));
    assertTrue(
        readme.contains("```java\n" + golden + "```\n"),
        "README.md's copy of the seed enum differs from golden/VppTokenSyncStatus.java; copy it over");
  }
}
