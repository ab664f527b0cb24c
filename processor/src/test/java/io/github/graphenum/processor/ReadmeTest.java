package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README shows generated code: the seed page's enum in full, and excerpts of the other golden
 * enums. Each is compared with what the processor generates now (not with the golden files, which
 * {@link GoldenFilesTest} may be rewriting in the same run).
 */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final String MARKER = "<!-- golden-file: VppTokenSyncStatus.java -->\n";

  @Test
  void readmeShowsTheGeneratedSeedEnum() throws IOException {
    String readme = Files.readString(README);
    String seed = GoldenEnum.VPP_TOKEN_SYNC_STATUS.generate();
    if (GoldenEnum.updating()) {
      // The same switch that rewrites the golden files copies the seed enum into the README.
      int start = readme.indexOf(MARKER) + MARKER.length();
      int end = readme.indexOf("```\n", start + "```java\n".length());
      readme = readme.substring(0, start) + "```java\n" + seed + readme.substring(end);
      Files.writeString(README, readme);
    }
    assertTrue(
        readme.contains(MARKER + "```java\n" + seed + "```\n"),
        "README.md's copy of the seed enum differs from the generated one; rewrite it with -Dgraphenum.updateGolden=true (see GoldenFilesTest)");
  }

  @Test
  void readmeExcerptsOfGeneratedCodeAreInTheGeneratedEnums() throws IOException {
    String readme = Files.readString(README);
    Matcher excerpt = Pattern.compile("<!-- golden: (\\S+) -->\n```java\n(.*?)```\n", Pattern.DOTALL).matcher(readme);
    int checked = 0;
    while (excerpt.find()) {
      String generated = GoldenEnum.ofFile(excerpt.group(1)).generate();
      assertTrue(generated.contains(excerpt.group(2)), "README.md's excerpt of " + excerpt.group(1) + " is not in it:\n" + excerpt.group(2));
      checked++;
    }
    assertTrue(checked >= 4, "the README's marked excerpts were found");
  }
}
