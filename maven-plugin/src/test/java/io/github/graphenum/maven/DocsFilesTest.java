package io.github.graphenum.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.testing.DocPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The docs show files a user copies: the project's POM, the spec, the build cache configuration.
 * Each such block, on any page the tests keep true ({@code README.md}, {@code ARCHITECTURE.md},
 * {@code benchmarks/README.md}, every {@code docs/*.md}), is marked {@code <!-- file: PATH -->} and
 * must be the file at PATH, which the integration tests build, so that what the docs say is what
 * was tested.
 */
class DocsFilesTest {
  private static final Path ROOT = Path.of("..");
  private static final Path PROJECT = ROOT.resolve("maven-plugin/src/it/readme-snippet");
  private static final String PAGE =
      "docs/api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md";
  private static final Pattern FILE_BLOCK =
      Pattern.compile("<!-- file: (\\S+) -->\n```\\w*\n(.*?)```\n", Pattern.DOTALL);

  /** The files each page shows, at least: a page that stops showing one fails here. */
  private static final Map<String, List<String>> SHOWN =
      Map.of(
          "README.md",
              List.of("pom.xml", "src/main/java/com/example/IosUpdatesInstallStatusSpec.java"),
          "docs/build-tools.md",
              List.of(".mvn/maven-build-cache-config.xml", ".mvn/extensions.xml"));

  @Test
  void everyFileTheDocsShowIsTheTestedFile() throws IOException {
    Map<String, List<String>> shown = new TreeMap<>();
    for (String page : DocPages.pages()) {
      Matcher block = FILE_BLOCK.matcher(Files.readString(ROOT.resolve(page)));
      while (block.find()) {
        assertEquals(
            Files.readString(ROOT.resolve(block.group(1))),
            block.group(2),
            page + "'s copy of " + block.group(1) + " differs from the file");
        shown.computeIfAbsent(page, p -> new ArrayList<>()).add(block.group(1));
      }
    }
    SHOWN.forEach(
        (page, files) -> {
          for (String file : files) {
            assertTrue(
                shown
                    .getOrDefault(page, List.of())
                    .contains("maven-plugin/src/it/readme-snippet/" + file),
                page + " shows " + file);
          }
        });
  }

  @Test
  void theEditBuildAddsOneRowAfterALineOfTheExamplesPage() throws IOException {
    String page = Files.readString(ROOT.resolve("example").resolve(PAGE));
    String edit = Files.readString(PROJECT.resolve("edit-page/pom.xml"));
    Matcher token =
        Pattern.compile("<replacetoken><!\\[CDATA\\[(.*?)]]></replacetoken>", Pattern.DOTALL)
            .matcher(edit);
    Matcher value =
        Pattern.compile("<replacevalue><!\\[CDATA\\[(.*?)]]></replacevalue>", Pattern.DOTALL)
            .matcher(edit);
    assertTrue(token.find() && value.find(), "edit-page/pom.xml replaces a token");
    assertTrue(
        page.contains(token.group(1)),
        "the example's page, which the tests copy, has the line the edit looks for");
    assertEquals(
        token.group(1)
            + "|addedByTheTest|-2016330695|A row the staleness test adds; not a Graph member.|\n",
        value.group(1));
  }

  @Test
  void theProjectUsesTheVersionBeingBuilt() throws IOException {
    String pom = Files.readString(PROJECT.resolve("pom.xml"));
    String version = System.getProperty("graphenum.version");
    assertTrue(
        pom.contains("<graphenum.version>" + version + "</graphenum.version>"),
        "the README's project names version " + version);
  }
}
