package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README shows the seed page's enum in full: it must be the one the processor generates. */
class ReadmeTest {
  private static final String MARKER = "<!-- golden-file: VppTokenSyncStatus.java -->\n";

  @Test
  void readmeShowsTheGeneratedSeedEnum() throws IOException {
    Path readmeFile = Path.of("../README.md");
    String readme = Files.readString(readmeFile);
    String golden = Files.readString(Path.of("src/test/resources/golden/VppTokenSyncStatus.java"));
    if (Boolean.getBoolean("graphenum.updateGolden")) {
      // The same switch that rewrites the golden files copies the seed enum into the README.
      int start = readme.indexOf(MARKER) + MARKER.length();
      int end = readme.indexOf("```\n", start + "```java\n".length());
      readme = readme.substring(0, start) + "```java\n" + golden + readme.substring(end);
      Files.writeString(readmeFile, readme);
    }
    assertTrue(
        readme.contains(MARKER + "```java\n" + golden + "```\n"),
        "README.md's copy of the seed enum differs from golden/VppTokenSyncStatus.java; copy it over");
  }

  @Test
  void readmeExcerptsOfGeneratedCodeAreInTheirGoldenFiles() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher excerpt = Pattern.compile("<!-- golden: (\\S+) -->\n```java\n(.*?)```\n", Pattern.DOTALL).matcher(readme);
    int checked = 0;
    while (excerpt.find()) {
      String golden = Files.readString(Path.of("src/test/resources/golden").resolve(excerpt.group(1)));
      assertTrue(golden.contains(excerpt.group(2)), "README.md's excerpt of " + excerpt.group(1) + " is not in it:\n" + excerpt.group(2));
      checked++;
    }
    assertTrue(checked >= 4, "the README's marked excerpts were found");
  }
}
