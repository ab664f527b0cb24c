package io.github.graphenum.processor;

import static io.github.graphenum.processor.testing.Compile.assertReported;
import static io.github.graphenum.processor.testing.Compile.processOnly;
import static io.github.graphenum.processor.testing.Specs.graphEnum;
import static io.github.graphenum.processor.testing.Specs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.folder.FolderScan;
import io.github.graphenum.processor.page.LocalizedPage;
import io.github.graphenum.processor.page.MarkdownBounds;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.pipeline.StageWorkers;
import io.github.graphenum.processor.render.IndexRenderer;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import io.github.graphenum.processor.testing.Compile;
import io.github.graphenum.processor.testing.GeneratedClasses;
import io.github.graphenum.processor.testing.InMemoryJavac;
import io.github.graphenum.processor.validation.EnumValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits, tested: the largest enum javac compiles, the largest page, huge cells and lines, deep
 * nesting, and many specs in one compilation ({@code docs/limits.md} lists them). The timeouts only
 * catch a hang: speed is measured in the benchmarks module.
 */
class LimitsTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path docs;

  /**
   * The spec {@code limits.S<index>} of the enum {@code e<index>} of {@code doc}: enum {@code
   * E<index>}.
   */
  private static JavaFileObject spec(int index, String doc) {
    return graphEnum("S" + index)
        .inPackage("limits")
        .doc(doc)
        .name("e" + index)
        .className("E" + index)
        .source();
  }

  private InMemoryJavac.Result process(List<JavaFileObject> specs) {
    return processOnly(List.of(Compile.docs(docs)), specs.toArray(JavaFileObject[]::new));
  }

  private static String errors(InMemoryJavac.Result result) {
    return result.messages(Diagnostic.Kind.ERROR).toString();
  }

  /**
   * A page whose table has {@code count} members with long names, large values and descriptions.
   */
  private static String table(int count) {
    StringBuilder page = new StringBuilder("|Member|Value|Description|\n|---|---|---|\n");
    for (int i = 0; i < count; i++) {
      page.append("|memberWithALongishName")
          .append(i)
          .append('|')
          .append(1_000_000 + i * 7)
          .append("|The description of member ")
          .append(i)
          .append(".|\n");
    }
    return page.toString();
  }

  /**
   * The processor over {@code specs} through javac, timed: the time is printed; the timeout only
   * catches a hang.
   */
  private InMemoryJavac.Result timed(String what, List<JavaFileObject> specs) {
    long start = System.nanoTime();
    InMemoryJavac.Result result = assertTimeoutPreemptively(HANG, () -> process(specs));
    System.out.printf(
        Locale.ROOT, "LimitsTest: %s: %.2f s%n", what, (System.nanoTime() - start) / 1e9);
    return result;
  }

  /** The start of a page documenting {@code e<index>}, whose text goes on after its table. */
  private static String head(int index) {
    return "# e" + index + " enum type\n\n|Member|Value|\n|-|-|\n|a|1|\n\n";
  }

  /** {@code unit} repeated to fill a page of {@code bytes} after {@code head}. */
  private static String filled(String head, String unit, long bytes) {
    return head + unit.repeat((int) ((bytes - head.length()) / unit.length()));
  }

  @Test
  void theLargestEnumCompilesAndOneMoreIsAClearError() {
    page(docs, "largest.md", table(EnumValidator.MAX_CONSTANTS));
    page(docs, "toolarge.md", table(EnumValidator.MAX_CONSTANTS + 1));
    InMemoryJavac.Result result = process(List.of(spec(0, "largest.md"), spec(1, "toolarge.md")));
    assertTrue(result.sources().containsKey("limits.E0"));
    assertFalse(result.sources().containsKey("limits.E1"));
    assertReported(
        result,
        Message.ENUM_TOO_LARGE.onPage(
            "toolarge.md", 1, "e1", EnumValidator.MAX_CONSTANTS + 1, EnumValidator.MAX_CONSTANTS));
    InMemoryJavac.Result compiled =
        InMemoryJavac.compile(
            List.of(InMemoryJavac.source("limits.E0", result.sources().get("limits.E0"))),
            List.of("-proc:none", "-Xlint:all", "-Werror"),
            List.of());
    assertTrue(compiled.success(), () -> compiled.diagnostics().toString());
  }

  @Test
  void pagesOfFourMebibytesAreReadInBoundedTimeAndLargerOnesRefused() throws IOException {
    String table = table(3);
    String filler = "Filler paragraph, long enough to matter.\n\n";
    StringBuilder page = new StringBuilder(table).append('\n');
    while (page.length() + filler.length() <= PageReader.MAX_PAGE_BYTES) {
      page.append(filler);
    }
    page(docs, "four.md", page.toString());
    Path over = page(docs, "over.md", page + "xx".repeat(filler.length()));
    InMemoryJavac.Result result =
        assertTimeoutPreemptively(
            HANG, () -> process(List.of(spec(0, "four.md"), spec(1, "over.md"))));
    assertTrue(result.sources().containsKey("limits.E0"), errors(result));
    assertReported(
        result,
        Message.PAGE_TOO_LARGE.onPage("over.md", 0, Files.size(over), PageReader.MAX_PAGE_BYTES));
  }

  @Test
  void aDescriptionOf100KibGeneratesAndCompiles() {
    String description = "Lorem ipsum dolor sit amet \u00e9 ".repeat(100 * 1024 / 29);
    page(
        docs,
        "long.md",
        "|Member|Value|Description|\n|-|-|-|\n|a|1|" + description + "|\n|b|2|Short.|\n");
    InMemoryJavac.Result result =
        assertTimeoutPreemptively(HANG, () -> process(List.of(spec(0, "long.md"))));
    String source = result.sources().get("limits.E0");
    assertTrue(
        source.contains("String.join(\"\""), "a literal that long would not compile; it is cut");
    InMemoryJavac.Result compiled = InMemoryJavac.compileStrictly(Map.of("limits.E0", source));
    assertTrue(compiled.success(), () -> compiled.diagnostics().toString());
    Object a = new GeneratedClasses(compiled.classes()).constants("limits.E0")[0];
    assertEquals(description.strip(), GeneratedClasses.call(a, "description"));
  }

  @Test
  void aPageOfOneLongLineIsAnErrorInBoundedTime() {
    page(docs, "line.md", "# e0 enum type " + "word ".repeat(800_000));
    InMemoryJavac.Result result =
        assertTimeoutPreemptively(HANG, () -> process(List.of(spec(0, "line.md"))));
    assertReported(result, Message.NO_MEMBERS_TABLE.onPage("line.md", 1, "e0", ""));
  }

  /**
   * Spans a page never closes: each text node used to search the whole stack of open spans, and a
   * page of 4 MiB of {@code <span>x } took 30 s. The spans are dropped, their text kept.
   */
  @Test
  void fourMebibytesOfUnclosedSpansAreReadInLinearTime() {
    page(docs, "spans.md", filled(head(0), "<span>x ", PageReader.MAX_PAGE_BYTES));
    page(
        docs,
        "sxs.md",
        filled(
            head(1) + "<span class=\"sxs-lookup\">",
            "<span data-ttu-id=\"1\">x <span>y ",
            PageReader.MAX_PAGE_BYTES));
    InMemoryJavac.Result result =
        timed(
            "4 MiB of unclosed spans, two pages", List.of(spec(0, "spans.md"), spec(1, "sxs.md")));
    assertTrue(result.sources().containsKey("limits.E0"), errors(result));
    assertTrue(result.sources().containsKey("limits.E1"), errors(result));
  }

  /**
   * A table row of a side-by-side page holding 4 MiB of {@code <span} tags without their {@code >}:
   * rejoining the rows cut in a translated span looked for each tag's end to the end of the line,
   * and reading the page took a minute, two with its translated reading. Read both ways in bounded
   * time.
   */
  @Test
  void aRowOfFourMebibytesOfOpenTagsIsReadInLinearTime() {
    String head = "# e0 enum type\n\n|Member|Value|\n|-|-|\n|a|1|\n|<span data-ttu-id=\"1\">";
    Path page =
        page(docs, "tags.md", filled(head, "<span", PageReader.MAX_PAGE_BYTES - 10) + "|2|\n");
    PageReader reader = new PageReader();
    long start = System.nanoTime();
    // The localized reading: rejoined once, read in English and then translated.
    Outcome<LocalizedPage> read =
        assertTimeoutPreemptively(HANG, () -> reader.readLocalized("tags.md", page));
    System.out.printf(
        Locale.ROOT,
        "LimitsTest: a row of 4 MiB of <span, read as a localized page: %.2f s%n",
        (System.nanoTime() - start) / 1e9);
    assertEquals("a", read.value().page().sections().get(0).table().rows().get(0).member());
  }

  /**
   * The generated sources of one compilation are bounded: the spec that would go past the budget is
   * an error naming its page and the limit, and the specs before it are generated. (A processor
   * with a small budget: the real one is 50 million characters.)
   */
  @Test
  void theSpecThatWouldGoPastTheCompilationsBudgetIsAnError() {
    page(docs, "small.md", table(3));
    List<JavaFileObject> specs =
        List.of(spec(0, "small.md"), spec(1, "small.md"), spec(2, "small.md"));
    InMemoryJavac.Result unbounded = process(specs);
    long one = unbounded.sources().get("limits.E0").length();
    InMemoryJavac.Result bounded =
        processOnly(
            new GraphEnumProcessor(
                new PageReader(), StageWorkers.forThisMachine(), 2 * one + one / 2),
            List.of(Compile.docs(docs)),
            specs.toArray(JavaFileObject[]::new));
    assertEquals(List.of("limits.E0", "limits.E1"), List.copyOf(bounded.sources().keySet()));
    assertEquals(
        List.of(
            Compile.text(
                Message.GENERATED_SOURCES_TOO_LARGE.onPage(
                    "small.md", 0, "limits.E2", one, 3 * one, 2 * one + one / 2))),
        bounded.messages(Diagnostic.Kind.ERROR));
  }

  /**
   * Links after brackets left open: commonmark walks every open bracket at each link, and 1 MB of
   * {@code [a [b](c) } took 48 s, 4 MiB over 10 minutes. The scan before commonmark refuses them.
   */
  @Test
  void openBracketsBeforeLinksAreRefusedBeforeTheyCostTime() {
    page(docs, "links1.md", filled(head(0), "[a [b](c) ", 1_000_000));
    page(docs, "links4.md", filled(head(1), "[a [b](c) ", PageReader.MAX_PAGE_BYTES));
    InMemoryJavac.Result result =
        timed(
            "1 MB and 4 MiB of [a [b](c), refused",
            List.of(spec(0, "links1.md"), spec(1, "links4.md")));
    assertTrue(
        errors(result)
            .contains(
                "links1.md:7: the page's brackets would take the markdown parser too long: by this"
                    + " line, "),
        errors(result));
    assertTrue(errors(result).contains("links4.md:7: the page's brackets"), errors(result));
    assertTrue(
        errors(result).contains("pages over 10,000,000 such pairs are refused"), errors(result));
    assertTrue(result.sources().isEmpty());
  }

  /**
   * The most brackets a page may hold, in the two costliest shapes: in one paragraph, and over 4
   * MiB of paragraphs. Both are read, in bounded time.
   */
  @Test
  void pagesAtTheBracketBoundAreReadInBoundedTime() {
    // one paragraph of k units holds about k * k pairs (two '[' per unit, one ']')
    int units = (int) Math.sqrt(MarkdownBounds.MAX_BRACKET_PAIRS) - 1;
    page(docs, "one.md", head(0) + "[a [b](c) ".repeat(units) + "\n");
    // paragraphs of 24 units, 600 pairs each, over the whole page
    long paragraphs =
        Math.min(
            MarkdownBounds.MAX_BRACKET_PAIRS / 600,
            (PageReader.MAX_PAGE_BYTES - head(1).length()) / 242);
    page(docs, "many.md", head(1) + ("[a [b](c) ".repeat(24) + "\n\n").repeat((int) paragraphs));
    InMemoryJavac.Result result =
        timed(
            "pages at the bracket bound (one paragraph; 4 MiB of paragraphs)",
            List.of(spec(0, "one.md"), spec(1, "many.md")));
    assertTrue(result.sources().containsKey("limits.E0"), errors(result));
    assertTrue(result.sources().containsKey("limits.E1"), errors(result));
  }

  /**
   * A table of 100,000 columns and 1,000 rows: commonmark gives every row all the header's cells
   * and throws past 1,000,000 in a table, which was the processor's own failure. The scan refuses
   * it on its header line; a table at the bound is read.
   */
  @Test
  void tablesOfTooManyCellsAreAClearErrorAndTheLargestAllowedIsRead() {
    page(docs, "wide.md", "# e0 enum type\n\n" + wideTable(100_000, 1_000));
    int columns = 200;
    int rows = (int) (MarkdownBounds.MAX_TABLE_CELLS / columns) - 1; // and the header row
    page(docs, "bound.md", "# e1 enum type\n\n" + wideTable(columns, rows));
    InMemoryJavac.Result result =
        timed(
            "tables of 100,000 x 1,000 cells (refused) and 200 x 1,000 (read)",
            List.of(spec(0, "wide.md"), spec(1, "bound.md")));
    assertReported(
        result,
        Message.TOO_MANY_TABLE_CELLS.onPage(
            "wide.md", 3, 100_000, 1_001, 100_000L * 1_001, MarkdownBounds.MAX_TABLE_CELLS));
    assertFalse(errors(result).contains("please report it"), errors(result));
    assertTrue(result.sources().containsKey("limits.E1"), errors(result));
  }

  /**
   * What {@link MarkdownBounds} claims: no markup hides a bracket or a cell from it. A {@code ]} in
   * a code span closes nothing for commonmark, so the {@code [} before it stays open at every link;
   * a table in a blockquote takes lines without a pipe or a {@code >} as rows.
   */
  @Test
  void noMarkupHidesBracketsOrCellsFromTheBounds() {
    Path code = page(docs, "code.md", filled(head(0), "[a `]` [b](c) ", 1_000_000));
    Path quoted =
        page(
            docs,
            "quoted.md",
            "# e0 enum type\n\n> |Member|Value"
                + "|c".repeat(100_000)
                + "|\n> |-|-"
                + "|-".repeat(100_000)
                + "|\n> |a|1|\n"
                + "x\n".repeat(10));
    PageReader reader = new PageReader();
    assertEquals(
        "code.md:7", reader.read("code.md", code).diagnostics().get(0).render().split(": ")[0]);
    assertEquals(
        Message.TOO_MANY_BRACKET_PAIRS,
        reader.read("code.md", code).diagnostics().get(0).message());
    // A side-by-side header cut inside a translated span: the bound counts the row as rejoined.
    Path cut =
        page(
            docs,
            "cut.md",
            "# e0 enum type\n\n|<span data-ttu-id=\"1\">Member\nx</span>"
                + "|c".repeat(400_000)
                + "|\n|-|-|\n|a|1|\n|b|2|\n");
    assertEquals(
        "cut.md:3: the table whose header is at this line has up to 400,001 columns by 3 rows,"
            + " which brings the page to 1,200,003 table cells; pages over 200,000 table cells are"
            + " refused",
        reader.read("cut.md", cut).diagnostics().get(0).render());
    Outcome<Page> table = reader.read("quoted.md", quoted);
    assertEquals(
        "quoted.md:3: the table whose header is at this line has up to 100,003 columns by 12 rows,"
            + " which brings the page to 1,200,036 table cells; pages over 200,000 table cells are"
            + " refused",
        table.diagnostics().get(0).render());
  }

  /**
   * A page may document 2,000 enums (the most a real page documents is about 480); past that it is
   * refused, with the count, the limit and the line of the first enum too many.
   */
  @Test
  void aPageDocumentsAtMostTwoThousandEnums() {
    Path most = page(docs, "most.md", sections(PageReader.MAX_ENUMS_PER_PAGE));
    Path more = page(docs, "more.md", sections(PageReader.MAX_ENUMS_PER_PAGE + 1));
    page(docs, "hundred.md", sections(100_000));
    PageReader reader = new PageReader();
    assertEquals(
        PageReader.MAX_ENUMS_PER_PAGE, reader.read("most.md", most).value().sections().size());
    Outcome<Page> refused = reader.read("more.md", more);
    assertTrue(refused.failed());
    assertEquals(
        "more.md:12005: the page documents 2,001 enums; pages that document more than 2,000 are"
            + " refused",
        refused.diagnostics().get(0).render());
    InMemoryJavac.Result result =
        timed("a page of 100,000 enums, refused", List.of(spec(0, "hundred.md")));
    assertReported(
        result,
        Message.PAGE_TOO_MANY_ENUMS.onPage(
            "hundred.md", 12005, 100_000, PageReader.MAX_ENUMS_PER_PAGE));
  }

  /**
   * A multi-enum page of {@code count} sections {@code ### e<i> values}, each with a members table
   * of one row; section {@code i} starts at line {@code 5 + 6 * i}.
   */
  static String sections(int count) {
    StringBuilder page = new StringBuilder("# Enum values\n\nNamespace: microsoft.graph\n\n");
    for (int i = 0; i < count; i++) {
      page.append("### e").append(i).append(" values\n\n|Member|\n|-|\n|a|\n\n");
    }
    return page.toString();
  }

  /**
   * A page of {@code members} members, each with 550 CJK characters of description: their
   * descriptions pass the limit of one enum on the 910th row (line 916 of the page). With {@link
   * EnumValidator#MAX_CONSTANTS} members it is just under 4 MiB, within every limit of a page: such
   * a page generated 29 MB of Java, and javac with doclint ran out of a 1 GiB heap over four of
   * them.
   */
  static String cjkDescriptions(String name, int members) {
    StringBuilder page =
        new StringBuilder(
            "# "
                + name
                + " enum type\n\n"
                + "Namespace: microsoft.graph\n\n"
                + "|Member|Value|Description|\n"
                + "|-|-|-|\n");
    String cjk = "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341".repeat(55);
    for (int i = 0; i < members; i++) {
      page.append("|m").append(i).append('|').append(i).append('|').append(cjk).append("|\n");
    }
    return page.toString();
  }

  /**
   * A members table of {@code columns} columns (Member, Value, then others) and {@code rows} short
   * rows.
   */
  static String wideTable(int columns, int rows) {
    StringBuilder table = new StringBuilder("|Member|Value");
    for (int c = 2; c < columns; c++) {
      table.append("|c").append(c);
    }
    table.append("|\n").append("|-".repeat(columns)).append("|\n");
    for (int r = 0; r < rows; r++) {
      table.append("|m").append(r).append('|').append(r).append("|\n");
    }
    return table.toString();
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    int depth = 50_000;
    String nested =
        "|Member|Value|Description|\n|-|-|-|\n|a|1|"
            + "*".repeat(depth)
            + "x"
            + "*".repeat(depth)
            + "[".repeat(depth)
            + "`"
            + "|\n|b|2|"
            + "<span data-ttu-id=\"1\">".repeat(depth)
            + "y|\n\n"
            + ">".repeat(depth)
            + " quote\n\n"
            + "- ".repeat(depth)
            + "list\n";
    page(docs, "nested.md", nested);
    InMemoryJavac.Result result =
        assertTimeoutPreemptively(HANG, () -> process(List.of(spec(0, "nested.md"))));
    assertFalse(errors(result).contains("graphenum failed"), errors(result));
    assertTrue(result.sources().containsKey("limits.E0"), errors(result));
  }

  /**
   * The index of a folder at the limit compiles, and so does one of twice as many: its puts are
   * spread over methods (in one static initializer, 5,100 did not compile). The entries name a few
   * JDK enums, which cost javac nothing to load; a generated enum would take as much bytecode.
   */
  @Test
  void theIndexCompilesWhateverTheCountUpToTwiceTheFolderLimit() {
    List<ClassName> enums =
        List.of(
            ClassName.get("java.time", "DayOfWeek"),
            ClassName.get("java.time", "Month"),
            ClassName.get("java.util.concurrent", "TimeUnit"),
            ClassName.get("java.math", "RoundingMode"),
            ClassName.get("java.lang.annotation", "ElementType"));
    for (int count :
        List.of(FolderScan.MAX_ENUMS_PER_FOLDER, 2 * FolderScan.MAX_ENUMS_PER_FOLDER)) {
      List<IndexRenderer.Entry> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        entries.add(
            new IndexRenderer.Entry(
                "microsoft.graph.n" + (i % 7), "enumNumber" + i, enums.get(i % enums.size())));
      }
      String index =
          new IndexRenderer(
                  new GeneratedAnnotation(
                      ClassName.get("javax.annotation.processing", "Generated"),
                      GraphEnumProcessor.class.getName()))
              .render(
                  ClassName.get("limits", "GraphEnumIndex"), "resources", entries, Map.of(), null)
              .toString();
      long start = System.nanoTime();
      InMemoryJavac.Result compiled =
          assertTimeoutPreemptively(
              HANG, () -> InMemoryJavac.compileStrictly(Map.of("limits.GraphEnumIndex", index)));
      System.out.printf(
          "LimitsTest: the index of %,d enums compiled in %.1f s%n",
          count, (System.nanoTime() - start) / 1e9);
      assertTrue(
          compiled.success(), () -> compiled.diagnostics().stream().limit(5).toList().toString());
    }
  }

  @Test
  void twoThousandSpecsSomeBrokenEachGetTheirOwnOutcome() {
    page(docs, "good.md", "|Member|Value|\n|-|-|\n|a|1|\n|b|2|\n");
    page(docs, "bad.md", "|Member|Value|\n|-|-|\n|a|1|\n|b|two|\n");
    List<JavaFileObject> specs = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      specs.add(spec(i, i % 10 == 3 ? "bad.md" : i % 10 == 7 ? "missing.md" : "good.md"));
    }
    InMemoryJavac.Result result = assertTimeoutPreemptively(HANG, () -> process(specs));
    assertEquals(1600, result.sources().size());
    for (int i = 0; i < 2000; i++) {
      int index = i;
      long own =
          result.diagnostics().stream()
              .filter(
                  d ->
                      d.getKind() == Diagnostic.Kind.ERROR
                          && d.getSource() != null
                          && d.getSource().getName().endsWith("/S" + index + ".java"))
              .count();
      assertEquals(i % 10 == 3 || i % 10 == 7 ? 1 : 0, own, () -> "spec " + index);
    }
  }
}
