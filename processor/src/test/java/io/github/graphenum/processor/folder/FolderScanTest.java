package io.github.graphenum.processor.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.locate.FolderPages;
import io.github.graphenum.processor.page.PageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder scan on its own: pages on disk in, the enums to generate and the warnings out. */
class FolderScanTest {
  private static final String NS = "microsoft.graph";

  @TempDir Path folder;

  private final PageReader reader = new PageReader();

  /** The page of its own of {@code name}, with the members {@code rows} (the heading at line 1). */
  private static String own(String name, String... rows) {
    return "# " + name + " enum type\n\nNamespace: " + NS + "\n\n" + table(rows);
  }

  /**
   * A multi-enum page of {@code sections}, made by {@link #section}; the first section's heading is
   * at line 5, each section of one member takes 6 lines.
   */
  private static String multi(String... sections) {
    return "# Enum values\n\nNamespace: " + NS + "\n\n" + String.join("\n", sections);
  }

  private static String section(String name, String... rows) {
    return "### " + name + " values\n\n" + table(rows);
  }

  private static String table(String... rows) {
    return "| Member |\n|---|\n"
        + Arrays.stream(rows).map(row -> "| " + row + " |\n").collect(Collectors.joining());
  }

  private void write(String path, String markdown) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown);
  }

  private FolderScan.Result scan(List<String> include, List<String> exclude) throws IOException {
    return FolderScan.scan(
        folder,
        "resources",
        include,
        exclude,
        files -> files.stream().map(file -> reader.read(file.doc(), file.file())).toList());
  }

  private FolderScan.Result scan() throws IOException {
    return scan(List.of("**.md"), List.of());
  }

  private static List<String> rendered(FolderScan.Result result) {
    return result.warnings().stream().map(Diagnostic::render).toList();
  }

  /** Checks that the scan warned once, with {@code message}, as {@code text} renders. */
  private static void assertOnlyWarning(Message message, String text, FolderScan.Result result) {
    assertEquals(List.of(text), rendered(result));
    assertEquals(message, result.warnings().get(0).message());
    assertEquals(Kind.WARNING, result.warnings().get(0).kind());
  }

  @Test
  void everyPagesEnumsAreChosenInPageOrder() throws IOException {
    write("b.md", multi(section("shape", "round"), section("size", "small")));
    write("a.md", own("color", "red"));
    write("sub/c.md", own("hue", "warm"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(
            new FolderScan.Chosen("resources/a.md", "color", NS, false),
            new FolderScan.Chosen("resources/b.md", "shape", NS, false),
            new FolderScan.Chosen("resources/b.md", "size", NS, false),
            new FolderScan.Chosen("resources/sub/c.md", "hue", NS, false)),
        result.chosen());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void pagesThatDocumentNoEnumAreSkippedSilently() throws IOException {
    write("user.md", "# user resource type\n\n| Property | Type |\n|---|---|\n| id | String |\n");
    write("overview.md", "# Overview\n\nText.\n");
    FolderScan.Result result = scan();
    assertEquals(new FolderScan.Result(List.of(), List.of(), Map.of(), result.pages()), result);
    assertEquals(
        List.of("overview.md", "user.md"),
        result.pages().stream().map(file -> file.getFileName().toString()).toList(),
        "every page, listed");
  }

  @Test
  void includeAndExcludeGlobsChooseThePages() throws IOException {
    write("enums/color.md", own("color", "red"));
    write("enums/draft.md", own("shape", "round"));
    write("other/size.md", own("size", "small"));
    FolderScan.Result result = scan(List.of("enums/*.md"), List.of("**/draft.md"));
    assertEquals(
        List.of(new FolderScan.Chosen("resources/enums/color.md", "color", NS, false)),
        result.chosen());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void aGlobThatLetsNothingThroughOrLeavesNothingOutIsAWarning() throws IOException {
    write("enums/color.md", own("color", "red"));
    write("other/size.md", own("size", "small"));
    // "enum/*.md" is a typo of enums/; "other/*.md" leaves out only what include already does.
    FolderScan.Result result =
        scan(List.of("enums/*.md", "enum/*.md"), List.of("**/colour.md", "other/*.md"));
    assertEquals(
        List.of(new FolderScan.Chosen("resources/enums/color.md", "color", NS, false)),
        result.chosen());
    String globs =
        "globs match paths relative to the folder, such as *.md or intune-*.md or **/intune-*.md";
    assertEquals(
        List.of(
            "include = \"enum/*.md\" matches no file of the folder; " + globs,
            "exclude = \"**/colour.md\" leaves out no file: it matches none that include lets"
                + " through; "
                + globs,
            "exclude = \"other/*.md\" leaves out no file: it matches none that include lets"
                + " through; "
                + globs),
        result.warnings().stream().map(Diagnostic::text).toList());
    assertEquals(
        List.of(
            Message.FOLDER_INCLUDE_UNUSED,
            Message.FOLDER_EXCLUDE_UNUSED,
            Message.FOLDER_EXCLUDE_UNUSED),
        result.warnings().stream().map(Diagnostic::message).toList());
    assertTrue(result.warnings().stream().noneMatch(Diagnostic::isError));
  }

  @Test
  void aFolderWithoutPagesSaysSoRatherThanBlameTheDefaultInclude() throws IOException {
    write("readme.txt", "not a page");
    FolderScan.Result result = scan(List.of(FolderPages.DEFAULT_INCLUDE), List.of());
    assertEquals(
        List.of("the folder holds no .md file; its index lists no enum"),
        result.warnings().stream().map(Diagnostic::text).toList());
  }

  @Test
  void anEnumDocumentedTwiceAlikeIsOneEnumFromItsOwnPage() throws IOException {
    write("a-enums.md", multi(section("color", "red")));
    write("color.md", own("color", "red"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(new FolderScan.Chosen("resources/color.md", "color", NS, false)), result.chosen());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void enumsOfOneNameInTwoNamespacesAreTwoEnums() throws IOException {
    write("a.md", own("color", "red"));
    write("b.md", own("color", "green").replace(NS, "microsoft.graph.callRecords"));
    assertEquals(
        List.of(
            new FolderScan.Chosen("resources/a.md", "color", NS, false),
            new FolderScan.Chosen("resources/b.md", "color", "microsoft.graph.callRecords", false)),
        scan().chosen());
  }

  @Test
  void thePageOfItsOwnWinsOverADifferentSectionOfAMultiEnumPage() throws IOException {
    write("a-enums.md", multi(section("color", "red", "blue")));
    write("color.md", own("color", "red", "green"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(new FolderScan.Chosen("resources/color.md", "color", NS, false)), result.chosen());
    assertEquals(
        List.of(
            "resources/color.md:1: color is documented with different members in"
                + " resources/color.md:1 and resources/a-enums.md:5; the page of its own,"
                + " resources/color.md, is generated"),
        rendered(result));
    assertEquals(
        Kind.NOTE, result.warnings().get(0).kind(), "the documented rule settles it: a note");
    assertEquals(Map.of(), result.skipped());
  }

  @Test
  void twoPagesThatDisagreeGiveNeither() throws IOException {
    write("a.md", own("color", "red"));
    write("b.md", own("color", "green"));
    FolderScan.Result result = scan();
    String warning =
        "resources/a.md:1: color is documented with different members in resources/a.md:1 and"
            + " resources/b.md:1; not generated";
    assertEquals(List.of(), result.chosen());
    assertOnlyWarning(Message.FOLDER_CONTRADICTION, warning, result);
    assertEquals(Map.of("color", warning), result.skipped());
  }

  @Test
  void twoSectionsOfOnePageThatDisagreeGiveNeither() throws IOException {
    write("a.md", multi(section("color", "red"), section("color", "green")));
    FolderScan.Result result = scan();
    String conflict =
        "color is documented twice on this page with different members: lines 5 and 11 (row 1: red"
            + " vs green)";
    assertEquals(List.of(), result.chosen());
    assertEquals(Map.of("color", "resources/a.md:11: " + conflict), result.skipped());
    assertOnlyWarning(
        Message.FOLDER_SKIPPED, "resources/a.md:11: color is not generated: " + conflict, result);
  }

  @Test
  void aSectionWithoutTableIsSkippedWithAWarning() throws IOException {
    write("a.md", multi("### color values\n\nNo table.\n", section("shape", "round")));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(new FolderScan.Chosen("resources/a.md", "shape", NS, false)), result.chosen());
    assertOnlyWarning(
        Message.FOLDER_SKIPPED,
        "resources/a.md:5: color is not generated: no members table for color (a table with a"
            + " Member column)",
        result);
    assertEquals(
        Map.of(
            "color", "resources/a.md:5: no members table for color (a table with a Member column)"),
        result.skipped());
  }

  @Test
  void aTableUnderAnUnreadableHeadingIsSkippedWithAWarning() throws IOException {
    write("a.md", "# Tipo de enumeración\n\n" + table("red"));
    FolderScan.Result result = scan();
    assertEquals(List.of(), result.chosen());
    assertOnlyWarning(
        Message.FOLDER_UNNAMED_TABLE,
        "resources/a.md:1: the heading 'Tipo de enumeración' does not name the enum its members"
            + " table documents; skipped",
        result);
  }

  @Test
  void aPageThatIsNotUtf8IsSkippedWithAWarning() throws IOException {
    write("a.md", own("color", "red"));
    Files.write(folder.resolve("b.md"), new byte[] {'#', ' ', 'x', '\n', (byte) 0xFF});
    FolderScan.Result result = scan();
    assertEquals(
        List.of(new FolderScan.Chosen("resources/a.md", "color", NS, false)), result.chosen());
    assertOnlyWarning(
        Message.FOLDER_PAGE_SKIPPED,
        "resources/b.md: the page is skipped: page is not valid UTF-8 (first bad byte at offset 4)",
        result);
  }

  @Test
  void everyDiagnosticOfAScanIsAWarning() throws IOException {
    Files.write(folder.resolve("a.md"), new byte[] {(byte) 0xFF});
    write(
        "b.md",
        multi(
            "### color values\n\nNo table.\n",
            section("shape", "round"),
            section("shape", "square")));
    write("c.md", own("size", "small"));
    write("d.md", own("size", "large"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(
            Message.FOLDER_PAGE_SKIPPED,
            Message.FOLDER_SKIPPED,
            Message.FOLDER_SKIPPED,
            Message.FOLDER_CONTRADICTION),
        result.warnings().stream().map(Diagnostic::message).toList());
    assertEquals(
        List.of(Kind.WARNING),
        result.warnings().stream().map(Diagnostic::kind).distinct().toList());
  }

  @Test
  void aSectionWithoutTableDoesNotCountWhileAnotherPlaceHasOne() throws IOException {
    write("a.md", multi("### color values\n\nNo table here.\n", section("shape", "round")));
    write("color.md", own("color", "red"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of("color", "shape"), result.chosen().stream().map(FolderScan.Chosen::name).toList());
    assertEquals(
        List.of(), rendered(result), "color is generated from its page: no warning says it is not");
    assertEquals(Map.of(), result.skipped());
  }

  @Test
  void aPageThatContradictsItselfIsNotTrustedEvenForItsOwnEnum() throws IOException {
    write("color.md", own("color", "red") + "\n" + section("color", "green"));
    FolderScan.Result result = scan();
    assertEquals(List.of(), result.chosen());
    assertOnlyWarning(
        Message.FOLDER_SKIPPED,
        "resources/color.md:9: color is not generated: color is documented twice on this page with"
            + " different members: lines 1 and 9 (row 1: red vs green)",
        result);
  }

  @Test
  void aLinkThatLeadsOutOfTheFolderIsNeverRead(@TempDir Path elsewhere) throws IOException {
    Path secret = elsewhere.resolve("secret.md");
    Files.writeString(secret, own("secret", "password"));
    Files.createSymbolicLink(folder.resolve("link.md"), secret);
    write("color.md", own("color", "red"));
    FolderScan.Result result = scan();
    assertEquals(List.of("color"), result.chosen().stream().map(FolderScan.Chosen::name).toList());
    assertOnlyWarning(
        Message.FOLDER_LINK_OUTSIDE,
        "resources/link.md: this file is a symbolic link that leads outside the folder; it is not"
            + " read",
        result);
  }

  /** An enum whose table has the sentinel (in any case) is evolvable: it gets a member type. */
  @Test
  void anEnumWithTheSentinelIsEvolvable() throws IOException {
    write("a.md", own("color", "red", "unknownFutureValue", "green"));
    write("b.md", own("shape", "round", "UnknownFutureValue"));
    write("c.md", own("size", "small", "unknownFuture"));
    assertEquals(
        List.of(
            new FolderScan.Chosen("resources/a.md", "color", NS, true),
            new FolderScan.Chosen("resources/b.md", "shape", NS, true),
            new FolderScan.Chosen("resources/c.md", "size", NS, false)),
        scan().chosen());
  }

  @Test
  void namespacesAreComparedIgnoringCase() throws IOException {
    write("v1.md", own("policy", "a").replace(NS, "microsoft.graph.teamsAdministration"));
    write("v2.md", own("policy", "a").replace(NS, "microsoft.graph.teamsadministration"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(
            new FolderScan.Chosen(
                "resources/v1.md", "policy", "microsoft.graph.teamsAdministration", false)),
        result.chosen());
    assertEquals(List.of(), rendered(result));
  }

  @Test
  void aNamespaceThatMakesNoPackageIsAWarningAndIgnored() throws IOException {
    write("a.md", own("color", "red").replace(NS, "a..b"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(new FolderScan.Chosen("resources/a.md", "color", null, false)), result.chosen());
    assertOnlyWarning(
        Message.UNUSABLE_NAMESPACE,
        "resources/a.md: the Namespace line says 'a..b', which is not a dotted name (such as"
            + " microsoft.graph.callRecords); it is ignored",
        result);
  }

  @Test
  void aPageWithoutNamespaceAndOneOfMicrosoftGraphDocumentOneEnum() throws IOException {
    write("a.md", own("color", "red").replace("Namespace: " + NS + "\n\n", ""));
    write("b.md", own("color", "red").replace(NS, "Microsoft.Graph"));
    FolderScan.Result result = scan();
    assertEquals(
        List.of(new FolderScan.Chosen("resources/a.md", "color", null, false)),
        result.chosen(),
        "one enum, one class");
    assertEquals(List.of(), rendered(result));
  }
}
