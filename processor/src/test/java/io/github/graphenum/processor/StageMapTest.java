package io.github.graphenum.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.testing.GoldenEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stage map lives in each stage's {@code package-info.java}; {@code ARCHITECTURE.md}'s table of
 * stages is drawn from them, in {@link LayeringTest#STAGES}' order, and this test fails when the
 * two differ. {@code -Dgraphenum.updateGolden=true} (the switch of the golden files) redraws it.
 */
class StageMapTest {
  private static final Path SOURCES = Path.of("src/main/java/io/github/graphenum/processor");
  private static final Path ARCHITECTURE = Path.of("../ARCHITECTURE.md");
  private static final String START =
      "<!-- stages: drawn from each package-info.java by StageMapTest -->\n";
  private static final String END = "<!-- end of stages -->\n";

  @Test
  void architectureDrawsTheStagesFromTheirPackageInfo() throws IOException {
    StringBuilder table = new StringBuilder("| package | what it holds |\n|---|---|\n");
    for (String stage : LayeringTest.STAGES) {
      Path info = SOURCES.resolve(stage.replace('.', '/')).resolve("package-info.java");
      assertTrue(
          Files.isRegularFile(info),
          "every stage says what it holds in its package-info.java: " + info);
      table
          .append("| `")
          .append(LayeringTest.packageOf(stage).substring("io.github.graphenum.".length()))
          .append("` | ");
      table.append(firstParagraph(Files.readString(info))).append(" |\n");
    }
    String architecture = Files.readString(ARCHITECTURE);
    int start = architecture.indexOf(START);
    int end = architecture.indexOf(END);
    assertTrue(start >= 0 && end > start, "ARCHITECTURE.md marks its table of stages");
    String drawn =
        architecture.substring(0, start + START.length()) + table + architecture.substring(end);
    if (GoldenEnum.updating()) {
      Files.writeString(ARCHITECTURE, drawn);
      architecture = drawn;
    }
    assertTrue(
        architecture.equals(drawn),
        "ARCHITECTURE.md's table of stages differs from the package-info files; redraw it with"
            + " -Dgraphenum.updateGolden=true:\n"
            + table);
  }

  /** The package-info's first paragraph, as markdown: {@code x} and {@link X} as code. */
  static String firstParagraph(String packageInfo) {
    String comment =
        packageInfo.substring(packageInfo.indexOf("/**") + 3, packageInfo.indexOf("*/"));
    StringBuilder text = new StringBuilder();
    for (String line : comment.split("\n")) {
      String stripped = line.strip().replaceFirst("^\\*\\s?", "");
      if (stripped.isEmpty()) {
        if (text.length() > 0) {
          break;
        }
        continue;
      }
      if (stripped.startsWith("<p>") || stripped.startsWith("<pre>")) {
        break;
      }
      text.append(text.length() > 0 ? " " : "").append(stripped);
    }
    Matcher tag =
        Pattern.compile("\\{@(?:code|link) ([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}").matcher(text);
    StringBuilder markdown = new StringBuilder();
    while (tag.find()) {
      String code = tag.group(1);
      code =
          code.startsWith("io.github.graphenum.processor.")
              ? code.substring(code.lastIndexOf('.') + 1)
              : code;
      tag.appendReplacement(markdown, Matcher.quoteReplacement("`" + code + "`"));
    }
    tag.appendTail(markdown);
    return markdown.toString().replace("|", "\\|");
  }
}
