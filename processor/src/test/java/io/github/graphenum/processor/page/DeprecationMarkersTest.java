package io.github.graphenum.processor.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page reader on the deprecation markers of the docs: each spelling read as the member's name
 * without the marker, and the sentence that says why; never a marker from translated text.
 */
class DeprecationMarkersTest {
  /** The test pages, each a spelling of the marker. */
  static final Path PAGES = Path.of("src/test/resources/deprecation");

  private final PageReader reader = new PageReader();

  private static String table(String rows) {
    return """
    # reportFormat enum type

    | Member | Value | Description |
    |:---|:---|:---|
    """
        + rows;
  }

  private List<MemberTable.Row> rows(String markdown) {
    Page page = reader.parse("page.md", markdown, 1);
    return page.sections().get(0).table().rows();
  }

  private List<MemberTable.Row> rowsOf(String file) {
    Page page = reader.read(file, PAGES.resolve(file)).value();
    return page.sections().get(page.sections().size() - 1).table().rows();
  }

  @Test
  void theBetaCloudPcReportPageNamesTheMemberWithoutItsMarkerAndKeepsItsSentence() {
    List<MemberTable.Row> rows = rowsOf("beta/cloudpcreport.md");
    assertEquals(
        List.of("cloudPcUsageCategoryReport", "unknownFutureValue", "cloudPcUsageCategoryReports"),
        rows.stream().map(MemberTable.Row::member).toList());
    assertNull(rows.get(0).deprecation());
    assertNull(rows.get(1).deprecation());
    Deprecation deprecation = rows.get(2).deprecation();
    assertNotNull(deprecation);
    assertEquals(
        "The cloudPcUsageCategoryReports member is deprecated and will stop returning on December"
            + " 31, 2025. Going forward, use the cloudPcUsageCategoryReport member.",
        deprecation.note().text());
    assertEquals(
        "The <code>cloudPcUsageCategoryReports</code> member is deprecated and will stop returning"
            + " on December 31, 2025. Going forward, use the"
            + " <code>cloudPcUsageCategoryReport</code> member.",
        deprecation.note().html());
    assertTrue(
        rows.get(2).description().text().startsWith("Indicates the report"),
        "the description is the whole cell");
  }

  @Test
  void aParenthesizedMarkerIsReadInAnyCase() {
    for (String marker : List.of("(deprecated)", "(Deprecated)", "( DEPRECATED )")) {
      MemberTable.Row row = rows(table("| pdf " + marker + " | 1 | A PDF document. |\n")).get(0);
      assertEquals("pdf", row.member(), marker);
      assertEquals(Description.EMPTY, row.deprecation().note(), "no sentence says why");
    }
    MemberTable.Row row = rowsOf("capitalized.md").get(1);
    assertEquals("pdf", row.member());
    assertEquals(
        "Deprecated: reports are no longer rendered as PDF; use csv.",
        row.deprecation().note().text());
  }

  @Test
  void aBoldMarkerInTheMemberCellIsNoPartOfTheName() {
    MemberTable.Row row = rowsOf("bold.md").get(1);
    assertEquals("pdf", row.member());
    assertNotNull(row.deprecation());
    assertEquals(Description.EMPTY, row.deprecation().note(), "no sentence says deprecated");
    MemberTable.Row alone = rows(table("| **deprecated** | 3 | A lifecycle state. |\n")).get(0);
    assertEquals("deprecated", alone.member(), "a bold name alone is the name");
    assertNull(alone.deprecation());
  }

  @Test
  void aDescriptionStartingWithTheMarkerDeprecatesAndTheRestSaysWhy() {
    List<MemberTable.Row> rows = rowsOf("description.md");
    MemberTable.Row pdf = rows.get(1);
    assertEquals("pdf", pdf.member());
    assertEquals("Use csv or json instead.", pdf.deprecation().note().text());
    assertEquals("Use csv or <code>json</code> instead.", pdf.deprecation().note().html());
    MemberTable.Row bold = rows(table("| pdf | 1 | **Deprecated.** Use csv. |\n")).get(0);
    assertEquals("Use csv.", bold.deprecation().note().text());
    MemberTable.Row boldOutside = rows(table("| pdf | 1 | **Deprecated**: use csv. |\n")).get(0);
    assertEquals("use csv.", boldOutside.deprecation().note().text());
  }

  @Test
  void aMemberNamedDeprecatedWithTheWordAsItsDescriptionIsNotDeprecated() {
    // v1.0 deviceManagementTemplateLifecycleState: |deprecated|40|Deprecated|
    MemberTable.Row row = rowsOf("description.md").get(3);
    assertEquals("deprecated", row.member());
    assertNull(row.deprecation());
    assertNull(
        rows(table("| retired | 4 | Deprecated feature, kept for reports. |\n"))
            .get(0)
            .deprecation());
  }

  @Test
  void aSideBySidePageReadsTheMarkerFromItsEnglishSpansOnly() {
    List<MemberTable.Row> rows = rowsOf("beta/cloudpcreport.pt-BR-sxs.md");
    assertEquals(
        List.of("cloudPcUsageCategoryReport", "unknownFutureValue", "cloudPcUsageCategoryReports"),
        rows.stream().map(MemberTable.Row::member).toList());
    assertNull(rows.get(0).deprecation(), "(deprecated) only in the translated text");
    assertEquals(
        "The cloudPcUsageCategoryReports member is deprecated and will stop returning on December"
            + " 31, 2025. Going forward, use the cloudPcUsageCategoryReport member.",
        rows.get(2).deprecation().note().text());
  }

  @Test
  void theSentenceIsCutFromTheFirstThatSaysDeprecated() {
    Description description =
        new Description(
            "First. Second, e.g. this. Starting from December 31, 2024, the <code>a</code> member"
                + " will be deprecated. Use <code>b</code>.",
            "First. Second, e.g. this. Starting from December 31, 2024, the a member will be"
                + " deprecated. Use b.");
    assertEquals(
        "Starting from December 31, 2024, the a member will be deprecated. Use b.",
        DeprecationMarkers.sentences(description).text());
    assertEquals(
        "Starting from December 31, 2024, the <code>a</code> member will be deprecated. Use"
            + " <code>b</code>.",
        DeprecationMarkers.sentences(description).html());
    assertEquals(
        Description.EMPTY, DeprecationMarkers.sentences(new Description("Gone.", "Gone.")));
  }
}
