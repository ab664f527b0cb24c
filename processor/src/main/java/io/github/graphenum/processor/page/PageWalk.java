package io.github.graphenum.processor.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * Walks a parsed page's blocks, in order, into the {@link Page} they document: a heading that names
 * an enum ({@link Headings}) opens a section, the paragraphs after it describe the enum, the first
 * table with a Member column ({@link MemberTables}) is its members table. The walk never fails: a
 * page that documents nothing has no sections.
 */
final class PageWalk {
  /** A dotted name, such as {@code microsoft.graph.callRecords}: it makes a package. */
  private static final Pattern NAMESPACE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private static final String NAMESPACE_LINE = "Namespace:";

  private PageWalk() {}

  /**
   * The page {@code document} holds, parsed from {@code text}; reduces it to its English text.
   *
   * @param sourceLine the line number, in the source, of each 1-based line of the page's text
   */
  static Page walk(
      String doc,
      FrontMatter frontMatter,
      SideBySideRows.Rejoined text,
      Node document,
      IntUnaryOperator sourceLine) {
    List<String> lines = text.markdown().lines().toList();
    // A parsed line, as the page (or the spec holding the text) numbers it.
    IntUnaryOperator pageLine = line -> sourceLine.applyAsInt(text.pageLine(line));
    List<@Nullable String> anchors = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      anchors.add(block instanceof Heading ? Headings.anchorOf(block) : null);
    }
    boolean sideBySide = EnglishText.keepEnglish(document);
    // Within a cell or a paragraph; a line of its own is skipped below.
    IncludeReferences.remove(document);

    List<SectionBuilder> sections = new ArrayList<>();
    SectionBuilder untitled = new SectionBuilder(null, "", 0, sourceLine.applyAsInt(1));
    SectionBuilder title = null;
    SectionBuilder current = untitled;
    String namespace = null;
    int index = 0;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext(), index++) {
      if (block instanceof Heading heading) {
        String words = Descriptions.plainText(heading);
        String anchor = anchors.get(index);
        int line = pageLine.applyAsInt(NodeLines.lineOf(heading));
        int level = heading.getLevel();
        Headings.Kind kind = Headings.kindOf(level, title != null, words, anchor);
        if (kind != null) {
          current = new SectionBuilder(kind.enumName(words, anchor), words, level, line);
          if (kind == Headings.Kind.TITLE) {
            title = current;
          } else {
            sections.add(current);
          }
        } else if (current != null && level <= current.level) {
          current = null;
        } else if (current != null) {
          current.describing = false;
        }
      } else if (block instanceof Paragraph paragraph) {
        String words = Descriptions.plainText(paragraph);
        if (words.startsWith(NAMESPACE_LINE)) {
          // The first word: a note may follow on the next line with no blank line between.
          namespace =
              namespace != null
                  ? namespace
                  : words.substring(NAMESPACE_LINE.length()).strip().split("\\s", 2)[0];
        } else if (current != null
            && current.describing
            && current.table == null
            // a docs-site extension ([!INCLUDE [beta-disclaimer](...)]) is no description
            && !words.startsWith("[!")) {
          current.description.add(paragraph);
        }
      } else if (block instanceof TableBlock table && current != null) {
        current.take(table, pageLine, lines);
      }
    }
    // Text without headings (a table written in the spec) documents one enum; one whose table has
    // no Member column too, so that its error can say which columns the table has.
    if (title == null
        && sections.isEmpty()
        && (untitled.table != null || untitled.tableProblem != null)) {
      sections.add(untitled);
    }
    // The title of a multi-enum page ("# Enum values") documents no enum of its own.
    if (title != null && (sections.isEmpty() || title.table != null)) {
      sections.add(0, title);
    }
    List<Page.Section> read = new ArrayList<>();
    for (SectionBuilder section : sections) {
      read.add(section.build());
    }
    boolean usable = namespace == null || NAMESPACE.matcher(namespace).matches();
    return new Page(
        doc,
        sideBySide,
        translation(frontMatter, sideBySide, read),
        usable ? namespace : null,
        usable ? null : namespace,
        read);
  }

  /** Why the page is taken for machine-translated, or {@code null}. */
  private static @Nullable String translation(
      FrontMatter frontMatter, boolean sideBySide, List<Page.Section> sections) {
    if (sideBySide) {
      return null; // read through its English spans: nothing read was translated
    }
    List<String> reasons = new ArrayList<>();
    String type = frontMatter.get("ms.translationtype");
    if (type != null && type.equalsIgnoreCase("MT")) {
      reasons.add("ms.translationtype: " + type);
    }
    String locale = frontMatter.get("ms.contentlocale");
    if (locale != null && !locale.toLowerCase(Locale.ROOT).startsWith("en")) {
      reasons.add("ms.contentlocale: " + locale);
    }
    for (Page.Section section : sections) {
      List<String> translated =
          section.table() == null ? List.of() : section.table().findings().localizedHeaders();
      if (!translated.isEmpty()) {
        reasons.add("table headers " + String.join(", ", translated));
        break;
      }
    }
    return reasons.isEmpty() ? null : String.join("; ", reasons);
  }

  /** A section while the page is walked. */
  private static final class SectionBuilder {
    final @Nullable String name;
    final String words;
    final int level;
    final int line;
    final List<Paragraph> description = new ArrayList<>();
    boolean describing = true;
    @Nullable MemberTable table;
    @Nullable String tableProblem;
    final List<Integer> ignoredTables = new ArrayList<>();

    SectionBuilder(@Nullable String name, String words, int level, int line) {
      this.name = name;
      this.words = words;
      this.level = level;
      this.line = line;
    }

    void take(TableBlock block, IntUnaryOperator pageLine, List<String> lines) {
      if (table != null) {
        if (MemberTables.read(block, pageLine, lines) != null) {
          ignoredTables.add(
              pageLine.applyAsInt(NodeLines.lineOf(block))); // a second members table: not read
        }
        return;
      }
      MemberTable read = MemberTables.read(block, pageLine, lines);
      if (read != null) {
        table = read;
      } else if (tableProblem == null) {
        tableProblem =
            "; the table at line "
                + pageLine.applyAsInt(NodeLines.lineOf(block))
                + " has no Member column (its columns: "
                + String.join(", ", MemberTables.headers(block))
                + ")";
      }
    }

    Page.Section build() {
      return new Page.Section(
          name,
          words,
          level == 1,
          line,
          Descriptions.of(description),
          table,
          tableProblem,
          ignoredTables);
    }
  }
}
