package io.github.graphenum.processor.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table rows of side-by-side pages that a line break in a translated span cut in two. */
class SideBySideRowsTest {
  private static final String CUT_ROW =
      "|Member|Value|\n"
          + "|-|-|\n"
          + "|<span data-ttu-id=\"x-112\">\n"
          + "não</span><span class=\"sxs-lookup\"><span"
          + " data-stu-id=\"x-112\">not</span></span>|1|\n"
          + "|<span data-ttu-id=\"x-113\">sim</span><span class=\"sxs-lookup\"><span"
          + " data-stu-id=\"x-113\">yes</span></span>|2|\n";

  @Test
  void aRowCutInsideATranslatedSpanIsOneRowAgainOnItsFirstLine() {
    SideBySideRows.Rejoined rejoined = SideBySideRows.rejoin(CUT_ROW);
    assertEquals(
        "|Member|Value|\n"
            + "|-|-|\n"
            + "|<span data-ttu-id=\"x-112\"> não</span><span class=\"sxs-lookup\"><span"
            + " data-stu-id=\"x-112\">not</span></span>|1|\n"
            + "|<span data-ttu-id=\"x-113\">sim</span><span class=\"sxs-lookup\"><span"
            + " data-stu-id=\"x-113\">yes</span></span>|2|\n",
        rejoined.markdown());
    assertEquals(
        List.of(1, 2, 3, 5),
        rejoined.pageLines(),
        "the row after the joined one keeps its page line");
    assertEquals(5, rejoined.pageLine(4));
  }

  @Test
  void aSpanLeftOpenEndsAtABlankLineAndTheEndOfTheText() {
    String open = "|<span data-ttu-id=\"1\">cut\nstill\n\n|next|\n|<span data-ttu-id=\"2\">";
    SideBySideRows.Rejoined rejoined = SideBySideRows.rejoin(open);
    assertEquals(
        "|<span data-ttu-id=\"1\">cut still\n\n|next|\n|<span data-ttu-id=\"2\">\n",
        rejoined.markdown());
    assertEquals(List.of(1, 3, 4, 5), rejoined.pageLines());
  }

  @Test
  void onlyTableRowsInsideTranslatedSpansAreJoined() {
    String text =
        "A <span data-ttu-id=\"1\">paragraph\nline</span> stays.\n"
            + "|<span class=\"other\">\nnot translated</span>|\n"
            + "|<span data-ttu-id=\"2\">closed</span>|\n";
    assertEquals(text, SideBySideRows.rejoin(text).markdown());
    String english = "|Member|\n|-|\n|a|\n";
    assertEquals(english, SideBySideRows.rejoin(english).markdown());
  }

  @Test
  void aSpanLeftOpenNeverSwallowsTheRowsAfterIt() {
    String damaged =
        "|Member|Value|\n|-|-|\n|<span data-ttu-id=\"1\">vermelho|0|\n|green|1|\n|blue|2|\n";
    SideBySideRows.Rejoined rejoined = SideBySideRows.rejoin(damaged);
    assertEquals(damaged, rejoined.markdown(), "the next lines start rows of their own");
    String runaway = "|<span data-ttu-id=\"1\">a\n" + "b\n".repeat(20) + "|next|\n";
    long rows = SideBySideRows.rejoin(runaway).markdown().lines().count();
    assertEquals(21 - 8 + 1, rows, "at most 8 lines are joined to one row");
  }

  /**
   * A row of 4 MiB of {@code <span} tags without a {@code >}: each tag's {@code >} was looked for
   * to the end of the line, and the row took a minute. The timeout only catches such growth (the
   * benchmark {@code SideBySideRowsGrowth} measures the time per tag).
   */
  @Test
  void aRowOfOpenTagsWithoutTheirEndIsRejoinedInTimeProportionalToItsLength() {
    String row = "|<span data-ttu-id=\"1\">" + "<span".repeat(4 * 1024 * 1024 / 5) + "|1|";
    String page = "|Member|Value|\n|-|-|\n" + row + "\nnext line\n";
    SideBySideRows.Rejoined rejoined =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SideBySideRows.rejoin(page));
    assertEquals(
        "|Member|Value|\n|-|-|\n" + row + " next line\n",
        rejoined.markdown(),
        "the open translated span joins the next line");
  }
}
