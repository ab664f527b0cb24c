package io.github.graphenum.processor.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page reader on its own: markdown in, {@link Page} out, no compiler. */
public class PageReaderTest {
  /** The example build's copy of the seed page. */
  public static final Path SEED =
      Path.of("../example/docs/intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md");

  private final PageReader reader = new PageReader();

  private Page parse(String markdown) {
    return reader.parse("page.md", markdown, 1);
  }

  private static List<String> members(Page.Section section) {
    return section.table().rows().stream()
        .map(r -> r.value() == null ? r.member() : r.member() + "=" + r.value())
        .toList();
  }

  @Test
  void seedIsReadThroughItsEnglishSpans() {
    Outcome<Page> read = reader.read("seed.md", SEED);
    Page page = read.value();
    assertTrue(page.sideBySide());
    assertNull(page.translation(), "the English spans were not translated");
    assertEquals("microsoft.graph", page.namespace());
    assertEquals(1, page.sections().size());
    Page.Section section = page.sections().get(0);
    assertEquals("vppTokenSyncStatus", section.name());
    assertEquals(
        "Possible sync statuses associated with an Apple Volume Purchase Program token.",
        section.description().text());
    assertEquals(List.of("none=0", "inProgress=1", "completed=2", "failed=3"), members(section));
    assertEquals(
        "Last Sync completed successfully.", section.table().rows().get(2).description().text());
    assertEquals(28, section.table().rows().get(0).line(), "lines count the front matter");
  }

  @Test
  void singleEnumPage() {
    Page page =
        parse(
            """
            ---
            title: "x"
            ---
            # clonableTeamParts enum type

            Namespace: microsoft.graph

            > **Note:** a note is not the description.

            Describes which part of a [team](../resources/team.md) should be cloned.

            ## Members

            | Member | Value| Description |
            |:-------|:-----|:------------|
            |apps|1|Copy the list of **installed** apps.|
            |tabs|2|See [docs](https://example.com/a?b=1&c=2) and `code`.|
            """);
    Page.Section section = page.sections().get(0);
    assertEquals("clonableTeamParts", section.name());
    assertEquals(4, section.line());
    assertEquals("Describes which part of a team should be cloned.", section.description().text());
    assertEquals(List.of("apps=1", "tabs=2"), members(section));
    assertEquals(16, section.table().rows().get(0).line());
    assertEquals(
        "Copy the list of <strong>installed</strong> apps.",
        section.table().rows().get(0).description().html());
    assertEquals(
        "See <a href=\"https://example.com/a?b=1&amp;c=2\">docs</a> and <code>code</code>.",
        section.table().rows().get(1).description().html());
    assertEquals("See docs and code.", section.table().rows().get(1).description().text());
    assertNull(page.translation());
  }

  @Test
  void columnsAreFoundByHeaderInAnyOrder() {
    Page page =
        parse(
            """
            # x enum type
            | Description | Int value | Member |
            |---|---|---|
            | first | 7 | a |
            | pipe \\| inside | -2 | b |
            """);
    Page.Section section = page.sections().get(0);
    assertEquals(List.of("a=7", "b=-2"), members(section));
    assertEquals("pipe | inside", section.table().rows().get(1).description().text());
  }

  @Test
  void memberOnlyTablesWithoutTrailingPipesStateNoValues() {
    Page page =
        parse(
            """
            # Call records enum values

            Namespace: microsoft.graph.callRecords

            ### callType values

            | Member
            |:--------------
            | unknown
            | groupCall

            ### modality values\s

            |Member|Description|
            |:---|:---|
            |audio|Sound.|
            """);
    assertEquals("microsoft.graph.callRecords", page.namespace());
    assertEquals(2, page.sections().size());
    Page.Section callType = page.sections().get(0);
    assertEquals("callType", callType.name());
    assertFalse(callType.table().hasValues());
    assertEquals(List.of("unknown", "groupCall"), members(callType));
    Page.Section modality = page.sections().get(1);
    assertEquals("modality", modality.name());
    assertEquals("Sound.", modality.table().rows().get(0).description().text());
  }

  @Test
  void badlyHeadedTablesAreReadAsTheirAuthorsMeantThem() {
    Page page =
        parse(
            """
            # Enum values
            ### dlpAction\u00A0values

            | Value |
            |:---|
            | none |
            | NotifySender |

            #### userAccountSecurityType values

            |Member|Member|Description|
            |:---|:---|:---|
            |unknown|-1|Unknown.|
            |standard|0|Standard.|
            """);
    Page.Section dlp = page.sections().get(0);
    assertEquals("dlpAction", dlp.name(), "a no-break space separates the name from 'values'");
    assertEquals(
        List.of("none", "NotifySender"),
        members(dlp),
        "a list of names headed Value is the member list");
    assertFalse(dlp.table().hasValues());
    assertEquals(
        List.of(new MemberTable.Relabeled("Value", 1, "Member")),
        dlp.table().findings().relabeled());
    Page.Section account = page.sections().get(1);
    assertEquals("userAccountSecurityType", account.name());
    assertEquals(
        List.of("unknown=-1", "standard=0"),
        members(account),
        "integers under a second Member are the values");
    assertEquals(
        List.of(new MemberTable.Relabeled("Member", 2, "Value")),
        account.table().findings().relabeled());
    assertEquals(List.of(), account.table().findings().repeatedColumns());
  }

  @Test
  void aTableWithoutMemberColumnIsNoMembersTable() {
    Page page =
        parse(
            """
            # Enum values
            ### numbers values

            | Value | Description |
            |:---|:---|
            | 1 | One. |
            | two | Two. |

            ### device values

            |Member|Member|Description|
            |:---|:---|:---|
            |unknown|-1|Unknown.|
            |standard|zero|Standard.|

            ### kind values

            |Member|Member|Value|
            |:---|:---|:---|
            |a|1|1|
            """);
    Page.Section numbers = page.sections().get(0);
    assertNull(numbers.table(), "a Value column of integers and names is neither");
    assertTrue(
        numbers.tableProblem().contains("has no Member column (its columns: Value, Description)"),
        numbers.tableProblem());
    Page.Section device = page.sections().get(1);
    assertFalse(
        device.table().hasValues(),
        "a second Member column that is not all integers is not the values");
    assertEquals(List.of("Member"), device.table().findings().repeatedColumns());
    assertEquals(List.of(), device.table().findings().relabeled());
    Page.Section kind = page.sections().get(2);
    assertEquals(
        List.of("a=1"),
        members(kind),
        "with a Value column, a second Member column is only repeated");
    assertEquals(List.of("Member"), kind.table().findings().repeatedColumns());
  }

  @Test
  void machineTranslationIsDetected() {
    Page byFrontMatter =
        parse(
            """
            ---
            ms.translationtype: MT
            ---
            # <a name="x-enum-type"></a>tipo de número x
            |Member|Value|
            |-|-|
            |a|1|
            """);
    assertEquals("ms.translationtype: MT", byFrontMatter.translation());
    assertEquals(
        "x",
        byFrontMatter.sections().get(0).name(),
        "the anchor names the translated heading's enum");

    Page byHeaders =
        parse(
            """
            # tipo de número y
            |Membro|Valor|Descrição|
            |-|-|-|
            |a|1|um|
            """);
    assertEquals("table headers Membro, Valor, Descrição", byHeaders.translation());
    assertNull(byHeaders.sections().get(0).name(), "no anchor: the name cannot be read");
    assertEquals(List.of("a=1"), members(byHeaders.sections().get(0)));
  }

  @Test
  void translatedSpansAreNeverRead() {
    Page page =
        parse(
            """
            # <a name="x"></a><span data-ttu-id="1">tipo x</span><span class="sxs-lookup"><span data-stu-id="1">x enum type</span></span>
            |<span data-ttu-id="2">Membro</span><span class="sxs-lookup"><span data-stu-id="2">Member</span></span>|<span data-ttu-id="3">Valor</span><span class="sxs-lookup"><span data-stu-id="3">Value</span></span>|
            |-|-|
            |<span data-ttu-id="4">duas</span><span class="sxs-lookup"><span data-stu-id="4">two</span></span>|<span data-ttu-id="5">3D</span><span class="sxs-lookup"><span data-stu-id="5">3</span></span>|
            |<span data-ttu-id="6">cut|<span data-ttu-id="7">4</span>|
            """);
    assertTrue(page.sideBySide());
    assertEquals("x", page.sections().get(0).name());
    assertEquals(
        List.of("two=3", "="),
        members(page.sections().get(0)),
        "a translated span alone leaves nothing");
  }

  @Test
  void headingsThatNameNoEnumGiveNoName() {
    Page page = parse("# Something else\n\n|Member|\n|-|\n|a|\n");
    assertNull(page.sections().get(0).name());
  }

  @Test
  void pagesOverTheLimitAreRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.md");
    Files.write(big, new byte[(int) PageReader.MAX_PAGE_BYTES + 1]);
    Outcome<Page> read = reader.read("big.md", big);
    assertTrue(read.failed());
    assertEquals(Message.PAGE_TOO_LARGE, read.diagnostics().get(0).message());

    Path limit = dir.resolve("limit.md");
    Files.write(limit, "#".repeat((int) PageReader.MAX_PAGE_BYTES).getBytes());
    assertFalse(reader.read("limit.md", limit).failed(), "a page of exactly 4 MiB is read");
  }

  @Test
  void bytesThatAreNotUtf8AreAnError(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("latin1.md");
    Files.write(page, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
    Outcome<Page> read = reader.read("latin1.md", page);
    assertEquals(Message.PAGE_NOT_UTF8, read.diagnostics().get(0).message());
    assertTrue(
        read.diagnostics().get(0).text().contains("offset 2"), read.diagnostics().get(0).text());
  }

  @Test
  void aReplacementCharacterWrittenOnThePageIsText(@TempDir Path dir) throws IOException {
    // U+FFFD is what a lenient decoding makes of a bad byte; written on the page it is valid text.
    Path page = dir.resolve("replacement.md");
    Files.writeString(
        page, "# color enum type\n\n|Member|Value|Description|\n|-|-|-|\n|red|0|Red \uFFFD.|\n");
    Outcome<Page> read = reader.read("replacement.md", page);
    assertFalse(read.failed(), read.diagnostics().toString());
    assertEquals(
        "Red \uFFFD.", read.value().sections().get(0).table().rows().get(0).description().text());

    Path both = dir.resolve("both.md");
    Files.write(
        both, new byte[] {'#', ' ', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, ' ', (byte) 0xE9, '\n'});
    Outcome<Page> bad = reader.read("both.md", both);
    assertEquals(Message.PAGE_NOT_UTF8, bad.diagnostics().get(0).message());
    assertTrue(
        bad.diagnostics().get(0).text().contains("offset 6"), bad.diagnostics().get(0).text());
  }

  @Test
  void theNamespaceIsTheLinesFirstWordAndADottedName() {
    assertEquals(
        "microsoft.graph.partner.security",
        parse(
                "# x enum type\n"
                    + "Namespace: microsoft.graph.partner.security\n"
                    + "**Note:** preview.\n"
                    + "|Member|\n"
                    + "|-|\n"
                    + "|a|\n")
            .namespace());
    for (String unusable : List.of("microsoft.graph.", "a..b", ".x", "1st.ns")) {
      Page page = parse("# x enum type\n\nNamespace: " + unusable + "\n\n|Member|\n|-|\n|a|\n");
      assertNull(page.namespace(), unusable);
      assertEquals(unusable, page.unusableNamespace());
    }
    Page none = parse("# Enum values\n\n### a values\n\n|Member|\n|-|\n|x|\n");
    assertNull(none.namespace(), "a multi-enum page without a Namespace line");
    assertNull(none.unusableNamespace());
  }

  /** A page of today's docs (2024-2026), with the shapes the 2021 corpus does not have. */
  private static final String TODAYS_PAGE =
      "---\n"
          + "title: \"chatMessageType enum type\"\n"
          + "doc_type: enumTypes\n"
          + "---\n"
          + "\n"
          + "# chatMessageType enum type   \n"
          + "\n"
          + "Namespace: microsoft.graph\n"
          + "\n"
          + "[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]\n"
          + "\n"
          + "The type of a chat message. The possible values are: `message`, `chatEvent`.\n"
          + "\n"
          + "## Members\n"
          + "|   Member    |  Value  | Description           |\n"
          + "|:------------|:--------|:----------------------|\n"
          + "|   message   |    0    |   A message.          |\n"
          + "|  chatEvent  |    1    |  An event.            |\n"
          + "<!-- the JSON below is generated -->\n"
          + "## JSON representation\n"
          + "\n"
          + "```json\n"
          + "| not | a | table |\n"
          + "```";

  @Test
  void todaysPageShapesAreReadAsMeant() {
    Page page = parse(TODAYS_PAGE);
    assertEquals(1, page.sections().size());
    Page.Section section = page.sections().get(0);
    assertEquals("chatMessageType", section.name(), "trailing spaces in the heading");
    assertEquals(6, section.line());
    assertEquals(
        "The type of a chat message. The possible values are: message, chatEvent.",
        section.description().text(),
        "no INCLUDE line");
    assertEquals(
        List.of("message=0", "chatEvent=1"),
        members(section),
        "padded cells; the comment and heading end the table");
    assertEquals(18, section.table().rows().get(1).line());
    assertEquals("An event.", section.table().rows().get(1).description().text());
    assertEquals(List.of(), section.ignoredTables(), "the code block is no table");
  }

  @Test
  void aLevelTwoSectionHeadingRightAfterATableRowStartsASection() {
    Page page =
        parse(
            "# Enum values\n\n"
                + "<!-- generated -->\n"
                + "## callType values  \n"
                + "|Member|\n"
                + "|-|\n"
                + "|a|\n"
                + "## modality values\n"
                + "|Member|\n"
                + "|-|\n"
                + "|audio|");
    assertEquals(
        List.of("callType", "modality"), page.sections().stream().map(Page.Section::name).toList());
    assertEquals(
        List.of("audio"), members(page.sections().get(1)), "no newline at the end of the file");
  }

  @Test
  void aSecondMembersTableIsRecordedNotRead() {
    Page page =
        parse(
            "# color enum type\n\n"
                + "## Members\n"
                + "|Member|Value|\n"
                + "|-|-|\n"
                + "|red|0|\n\n"
                + "## More members\n\n"
                + "|Member|Value|\n"
                + "|-|-|\n"
                + "|blue|1|\n\n"
                + "|Property|Type|\n"
                + "|-|-|\n"
                + "|id|String|\n");
    Page.Section section = page.sections().get(0);
    assertEquals(List.of("red=0"), members(section));
    assertEquals(List.of(10), section.ignoredTables(), "the property table is no members table");
  }

  @Test
  void aSideBySideRowCutByALineBreakInItsTranslatedSpanIsTheRowTheAuthorWrote() {
    Page page =
        parse(
            "# <a name=\"x-enum-type\"></a><span data-ttu-id=\"x-1\">tipo x</span><span"
                + " class=\"sxs-lookup\"><span data-stu-id=\"x-1\">x enum type</span></span>\n"
                + "\n"
                + "|Member|Value|Description|\n"
                + "|:---|:---|:---|\n"
                + "|<span data-ttu-id=\"x-112\">\n"
                + "não</span><span class=\"sxs-lookup\"><span"
                + " data-stu-id=\"x-112\">not</span></span>|<span"
                + " data-ttu-id=\"x-113\">0</span><span class=\"sxs-lookup\"><span"
                + " data-stu-id=\"x-113\">0</span></span>|<span"
                + " data-ttu-id=\"x-114\">Não.</span><span class=\"sxs-lookup\"><span"
                + " data-stu-id=\"x-114\">Not.</span></span>|\n"
                + "|<span data-ttu-id=\"x-115\">sim</span><span class=\"sxs-lookup\"><span"
                + " data-stu-id=\"x-115\">yes</span></span>|1|Yes.|\n");
    Page.Section section = page.sections().get(0);
    assertTrue(page.sideBySide());
    assertEquals("x", section.name());
    assertEquals(List.of("not=0", "yes=1"), members(section));
    assertEquals(
        List.of(5, 7),
        section.table().rows().stream().map(MemberTable.Row::line).toList(),
        "page lines");
    assertEquals("Not.", section.table().rows().get(0).description().text());
  }

  /**
   * The docs site's include references inside a cell or a paragraph insert a file that is not
   * beside the generated code: they are no description text, in the English reading as in the
   * translated one. One without its closing bracket is text as written.
   */
  @Test
  void includeReferencesInsideCellsAndParagraphsAreNoDescription(@TempDir Path dir)
      throws IOException {
    Page page =
        parse(
            "# hashType enum type\n\n"
                + "Hash types. [!INCLUDE [hash-note](../includes/hash-note.md)]\n\n"
                + "|Member|Value|Description|\n"
                + "|-|-|-|\n"
                + "|sha1|0|SHA1 hash type. [!INCLUDE [sha-note](../includes/sha-note.md)]|\n"
                + "|sha256|1|[!include[sha-note](../includes/sha-note.md)] SHA256, *the*"
                + " [default](https://example.com/a).|\n"
                + "|md5|2|Two [!INCLUDE [a](a.md)] notes [!INCLUDE [b [c]](b.md)] between words.|\n"
                + "|crc|3|An [!INCLUDE [unclosed](c.md) reference.|\n");
    Page.Section section = page.sections().get(0);
    assertEquals("Hash types.", section.description().text());
    List<Description> descriptions =
        section.table().rows().stream().map(MemberTable.Row::description).toList();
    assertEquals("SHA1 hash type.", descriptions.get(0).text());
    assertEquals("SHA1 hash type.", descriptions.get(0).html());
    assertEquals("SHA256, the default.", descriptions.get(1).text());
    assertEquals(
        "SHA256, <em>the</em> <a href=\"https://example.com/a\">default</a>.",
        descriptions.get(1).html());
    assertEquals("Two notes between words.", descriptions.get(2).text());
    assertEquals(
        "An [!INCLUDE unclosed reference.",
        descriptions.get(3).text(),
        "no ']' closes it: text as written (its relative link unwrapped)");

    Path localized =
        Files.writeString(
            dir.resolve("localized.md"),
            "# hashType enum type\n\n"
                + "|Member|Value|Description|\n"
                + "|-|-|-|\n"
                + "|sha1|0|<span data-ttu-id=\"1\">Tipo de hash SHA1. [!INCLUDE"
                + " [sha-note](../includes/sha-note.md)]</span><span class=\"sxs-lookup\"><span"
                + " data-stu-id=\"1\">SHA1 hash type. [!INCLUDE"
                + " [sha-note](../includes/sha-note.md)]</span></span>|\n");
    LocalizedPage read = reader.readLocalized("localized.md", localized).value();
    assertEquals(
        "SHA1 hash type.",
        read.page().sections().get(0).table().rows().get(0).description().text());
    assertEquals(Map.of(5, "Tipo de hash SHA1."), read.translatedDescriptions());
  }
}
