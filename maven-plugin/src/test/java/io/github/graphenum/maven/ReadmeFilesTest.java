package io.github.graphenum.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README shows files a user copies: the project's POM, the spec, the build cache
 * configuration. Each such block, marked {@code <!-- file: PATH -->}, must be the file at PATH,
 * which the integration tests build, so that what the README says is what was tested.
 */
class ReadmeFilesTest {
  private static final Path ROOT = Path.of("..");
  private static final Path PROJECT = ROOT.resolve("maven-plugin/src/it/readme-snippet");
  private static final String PAGE = "docs/api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md";

  @Test
  void everyFileTheReadmeShowsIsTheTestedFile() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher block = Pattern.compile("<!-- file: (\\S+) -->\n```\\w*\n(.*?)```\n", Pattern.DOTALL).matcher(readme);
    List<String> shown = new ArrayList<>();
    while (block.find()) {
      assertEquals(Files.readString(ROOT.resolve(block.group(1))), block.group(2), "README.md's copy of " + block.group(1) + " differs from the file");
      shown.add(block.group(1));
    }
    for (String file : List.of("pom.xml", "src/main/java/com/example/IosUpdatesInstallStatusSpec.java", ".mvn/maven-build-cache-config.xml", ".mvn/extensions.xml")) {
      assertTrue(shown.contains("maven-plugin/src/it/readme-snippet/" + file), "the README shows " + file);
    }
  }

  @Test
  void theEditBuildAddsOneRowAfterALineOfTheExamplesPage() throws IOException {
    String page = Files.readString(ROOT.resolve("example").resolve(PAGE));
    String edit = Files.readString(PROJECT.resolve("edit-page/pom.xml"));
    Matcher token = Pattern.compile("<replacetoken><!\\[CDATA\\[(.*?)]]></replacetoken>", Pattern.DOTALL).matcher(edit);
    Matcher value = Pattern.compile("<replacevalue><!\\[CDATA\\[(.*?)]]></replacevalue>", Pattern.DOTALL).matcher(edit);
    assertTrue(token.find() && value.find(), "edit-page/pom.xml replaces a token");
    assertTrue(page.contains(token.group(1)), "the example's page, which the tests copy, has the line the edit looks for");
    assertEquals(token.group(1) + "|addedByTheTest|-2016330695|A row the staleness test adds; not a Graph member.|\n", value.group(1));
  }

  @Test
  void theProjectUsesTheVersionBeingBuilt() throws IOException {
    String pom = Files.readString(PROJECT.resolve("pom.xml"));
    String version = System.getProperty("graphenum.version");
    assertTrue(pom.contains("<graphenum.version>" + version + "</graphenum.version>"), "the README's project names version " + version);
  }
}
