package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.Specs.graphEnums;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.testing.Specs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven project compiles with {@code --release 8 -Xlint:all,-options -Werror}: with
 * {@code @GraphEnums} over both resources folders of {@code ../shared/corpus/en}, and over pages of
 * every shape of today's Graph docs, with pt-BR translations from {@code
 * ../shared/corpus/pt-BR-sxs}, graphenum warns only about the enums it skips, so the build passes
 * once the folders carry {@code @SuppressWarnings("graphenum:skipped")} (and so with {@code
 * "graphenum"}); what graphenum read as the authors meant is a note. Skipped, with a line on the
 * console, where the corpus is absent.
 */
class StrictBuildTest {
  /** The compiler settings of the README's pom (maven-plugin/src/it/readme-snippet/pom.xml). */
  private static final List<String> README_POM =
      List.of(
          "--release",
          "8",
          "-encoding",
          "UTF-8",
          "-Xlint:all,-options",
          "-Werror",
          "-Agraphenum.refresh=true");

  private static final Path CORPUS = CorpusTest.CORPUS;

  /** A {@code @GraphEnums} that silences the warnings of the enums it skips. */
  private static final Specs.Builder SILENCED =
      graphEnums("Enums").before("@SuppressWarnings(\"graphenum:skipped\")");

  @BeforeAll
  static void sayWhyItIsSkipped() {
    if (!CorpusTest.hasCorpus()) {
      System.out.println(
          "StrictBuildTest: skipped, no corpus at "
              + CORPUS
              + " (no en/ folder there); to run it, add -Dgraphenum.corpus=<dir>");
    }
  }

  @TempDir Path shapesRoot;

  @Test
  void theReadmePomBuildsTheCorpusAndTodaysShapesWithOnlySkippedEnumsSilenced() throws IOException {
    assumeTrue(CorpusTest.hasCorpus(), "no corpus at " + CORPUS);
    TodaysShapes.write(shapesRoot.resolve("shapes"));
    List<JavaFileObject> specs =
        List.of(
            SILENCED.inPackage("corpus.beta").folder("api-reference/beta/resources").source(),
            SILENCED.inPackage("corpus.v1").folder("api-reference/v1.0/resources").source(),
            SILENCED.inPackage("shapes").folder("shapes").source());
    List<String> options = new ArrayList<>(README_POM);
    options.add(
        "-Agraphenum.docs=" + CORPUS.resolve("en") + java.io.File.pathSeparator + shapesRoot);
    options.add("-Agraphenum.translations=pt-BR=" + CORPUS.resolve("pt-BR-sxs"));
    long start = System.nanoTime();
    long cpuStart = processCpuMillis();
    // The records of build inputs live beside a class output on disk, as in a Maven build.
    InMemoryJavac.Result build =
        InMemoryJavac.compile(
            specs,
            options,
            List.of(new GraphEnumProcessor()),
            shapesRoot.resolve("target/classes"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<String> notes = build.messages(Diagnostic.Kind.NOTE);
    // A rough figure, to keep this test's cost in view (CPU time too: other builds share the
    // machine).
    System.out.printf(
        "README pom over corpus en (beta, v1.0) and today's shapes, pt-BR-sxs translations: %d"
            + " sources generated, %d classes, %d notes; %d ms, %d ms of CPU time%n",
        build.sources().size(),
        build.classes().size(),
        notes.size(),
        millis,
        processCpuMillis() - cpuStart);

    assertEquals(
        List.of(), build.messages(Diagnostic.Kind.WARNING), "warnings other than skipped enums");
    assertEquals(List.of(), build.messages(Diagnostic.Kind.ERROR));
    assertTrue(build.success());
    // The skipped enums, counted where they were silenced: beta enums.md contradicts itself three
    // times; the shapes' page has the three errors of today's docs. v1.0 skips none.
    assertEquals(
        List.of(
            "[graphenum] @SuppressWarnings silenced graphenum warnings here: 3 skipped",
            "[graphenum] @SuppressWarnings silenced graphenum warnings here: 3 skipped"),
        notes.stream().filter(n -> n.contains("@SuppressWarnings")).toList());
    // Read as the authors meant: two tables of each enums.md of the corpus and both of the shapes.
    assertEquals(
        5, notes.stream().filter(n -> n.contains("of the members table is headed")).count());
    assertEquals(
        5,
        notes.stream().filter(n -> n.contains("; the page of its own, ")).count(),
        "the page of its own wins");
    assertTrue(
        notes.stream()
            .anyMatch(
                n -> n.contains("remote_Control_Software is named REMOTE_CONTROL_SOFTWARE_2")));

    GeneratedClasses classes = new GeneratedClasses(build.classes(), build.resources());
    TodaysShapes.assertReadAsMeant(classes);
  }

  private static long processCpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1_000_000;
  }

  /**
   * Pages of the shapes of today's Graph docs (2024-2026) that the 2021 corpus lacks, and what each
   * gives.
   */
  static final class TodaysShapes {
    private TodaysShapes() {}

    static void write(Path folder) throws IOException {
      Files.createDirectories(folder);
      // A multi-enum page: level-2 section with trailing spaces, a one-column list headed Value,
      // a comment line before a heading, a heading right after a table row, Member|Member whose
      // second column holds the values, a sentence before a padded table, the errors of today's
      // docs (a member name with a period, a member listed twice, one value twice), a Namespace
      // line with a note and no blank line, an INCLUDE line, no newline at the end.
      Files.writeString(
          folder.resolve("enums.md"),
          String.join(
              "\n",
              "---",
              "title: \"Enum values\"",
              "doc_type: enumPageType",
              "---",
              "# Enum values",
              "",
              "Namespace: microsoft.graph",
              "> **Note:** some enums are in preview.",
              "",
              "[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]",
              "",
              "## chatMessageType values   ",
              "",
              "| Value |",
              "|:---|",
              "| message |",
              "| chatEvent |",
              "| typing |",
              "<!-- generated below -->",
              "### userAccountSecurityType values",
              "|Member|Member|Description|",
              "|:---|:---|:---|",
              "|unknown|-1|Unknown.|",
              "|standard|0|Standard.|",
              "|power|1|Power.|",
              "|administrator|2|Administrator.|",
              "### meetingStatus values",
              "The members are `scheduled` and `running`.",
              "",
              "|   Member   |  Value  |  Description   |",
              "|:-----------|:--------|:---------------|",
              "|  scheduled |    0    |  Not started.  |",
              "|  running   |    1    |  In progress.  |",
              "",
              "### normaStatus values",
              "",
              "| Member | Value |",
              "|---|---|",
              "| norma. | 0 |",
              "",
              "### twiceStatus values",
              "",
              "| Member | Value |",
              "|---|---|",
              "| a | 0 |",
              "| a | 1 |",
              "",
              "### oneValueStatus values",
              "",
              "| Member | Value |",
              "|---|---|",
              "| a | 0 |",
              "| b | 0 |"));
      // A page of its own: doc_type, a title with trailing spaces, a JSON section with a code
      // block.
      Files.writeString(
          folder.resolve("chattype.md"),
          "---\n"
              + "title: \"chatType enum type\"\n"
              + "doc_type: enumTypes\n"
              + "---\n\n"
              + "# chatType enum type   \n\n"
              + "Namespace: microsoft.graph\n\n"
              + "The type of a chat.\n\n"
              + "## Members\n"
              + "|   Member    |  Value  | Description |\n"
              + "|:---|:---|:---|\n"
              + "|  oneOnOne  |   0   |  One on one. |\n"
              + "|  group  |  1  |  Group. |\n"
              + "## JSON representation\n\n"
              + "```json\n"
              + "| not | a | table |\n"
              + "```\n");
      // A dotted namespace below microsoft.graph, and one namespace spelled in two cases.
      Files.writeString(
          folder.resolve("partner-security-enums.md"),
          "# Enum values\n\n"
              + "Namespace: microsoft.graph.partner.security\n\n"
              + "## securityAlertSeverity values\n\n"
              + "|Member|Value|\n"
              + "|-|-|\n"
              + "|low|0|\n"
              + "|high|1|\n");
      Files.writeString(
          folder.resolve("teams-policytype.md"),
          "# policyType enum type\n\n"
              + "Namespace: microsoft.graph.teamsAdministration\n\n"
              + "|Member|Value|\n"
              + "|-|-|\n"
              + "|a|0|\n");
      Files.writeString(
          folder.resolve("teams-accounttype.md"),
          "# accountType enum type\n\n"
              + "Namespace: microsoft.graph.teamsadministration\n\n"
              + "|Member|Value|\n"
              + "|-|-|\n"
              + "|user|0|\n");
      // A multi-enum page with no Namespace line.
      Files.writeString(
          folder.resolve("enums-colors.md"),
          "# Enum values\n\n### colorMode values\n\n|Member|\n|-|\n|light|\n|dark|\n");
      // A side-by-side page whose translated span holds a line break inside a table row.
      Files.writeString(
          folder.resolve("directiontype.md"),
          "---\n"
              + "ms.translationtype: MT\n"
              + "ms.contentlocale: pt-BR\n"
              + "---\n"
              + "# <a name=\"directiontype-enum-type\"></a><span data-ttu-id=\"x-101\">tipo de"
              + " enumeração directionType</span><span class=\"sxs-lookup\"><span"
              + " data-stu-id=\"x-101\">directionType enum type</span></span>\n\n"
              + "<span data-ttu-id=\"x-102\">Namespace: microsoft.graph</span><span"
              + " class=\"sxs-lookup\"><span data-stu-id=\"x-102\">Namespace:"
              + " microsoft.graph</span></span>\n\n"
              + "| <span data-ttu-id=\"x-107\">Membro</span><span class=\"sxs-lookup\"><span"
              + " data-stu-id=\"x-107\">Member</span></span> | <span"
              + " data-ttu-id=\"x-108\">Valor</span><span class=\"sxs-lookup\"><span"
              + " data-stu-id=\"x-108\">Value</span></span> |\n"
              + "|:---|:---|\n"
              + "|<span data-ttu-id=\"x-112\">\n"
              + "entrada</span><span class=\"sxs-lookup\"><span"
              + " data-stu-id=\"x-112\">inbound</span></span>|0|\n"
              + "|<span data-ttu-id=\"x-113\">saída</span><span class=\"sxs-lookup\"><span"
              + " data-stu-id=\"x-113\">outbound</span></span>|1|\n");
    }

    /** Each shape gave the enum its author meant. */
    static void assertReadAsMeant(GeneratedClasses classes) {
      assertEquals(
          List.of("message", "chatEvent", "typing"), members(classes, "shapes.ChatMessageType"));
      assertEquals(
          List.of("unknown=-1", "standard=0", "power=1", "administrator=2"),
          members(classes, "shapes.UserAccountSecurityType"));
      assertEquals(List.of("scheduled=0", "running=1"), members(classes, "shapes.MeetingStatus"));
      assertEquals(List.of("oneOnOne=0", "group=1"), members(classes, "shapes.ChatType"));
      assertEquals(
          List.of("low=0", "high=1"),
          members(classes, "shapes.partner.security.SecurityAlertSeverity"));
      assertEquals(List.of("a=0"), members(classes, "shapes.teamsadministration.PolicyType"));
      assertEquals(List.of("user=0"), members(classes, "shapes.teamsadministration.AccountType"));
      assertEquals(List.of("light", "dark"), members(classes, "shapes.ColorMode"));
      assertEquals(List.of("inbound=0", "outbound=1"), members(classes, "shapes.DirectionType"));
    }

    private static List<String> members(GeneratedClasses classes, String className) {
      Class<?> type = classes.type(className);
      boolean values = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("value"));
      return Arrays.stream(type.getEnumConstants())
          .map(
              c ->
                  GeneratedClasses.call(c, "memberName")
                      + (values ? "=" + GeneratedClasses.call(c, "value") : ""))
          .toList();
    }
  }
}
