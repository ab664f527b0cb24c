package io.github.graphenum.processor.page;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Graph enum doc page into a {@link Page}: which enums it documents, their descriptions and
 * their members tables, as text. Markdown is parsed by commonmark with GFM tables; headings and
 * cells are read through {@link EnglishText}, never through a side-by-side page's visible
 * (translated) text.
 */
public class PageReader {
  /** The largest page read; the largest real page is 320 KiB. */
  public static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;

  /**
   * The most enums one page may document: under {@code @GraphEnums} each is a class. The most a
   * corpus page documents is 303 (beta {@code enums.md} of 2023); today's has about 480.
   */
  public static final int MAX_ENUMS_PER_PAGE = 2_000;

  // Unicode white space, so that a no-break space between the name and "values" (a real page has
  // one) separates words too.
  private static final Pattern PAGE_HEADING =
      Pattern.compile(
          "(\\S+)\\s+enum\\s+type", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SECTION_HEADING =
      Pattern.compile(
          "(\\S+)\\s+values", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** A dotted name, such as {@code microsoft.graph.callRecords}: it makes a package. */
  private static final Pattern NAMESPACE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private static final Pattern ANCHOR = Pattern.compile("<a\\s+name\\s*=\\s*\"([^\"]*)\"");

  private final Parser parser =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  /** Reads the page file {@code file}, named {@code doc} in diagnostics. */
  public Outcome<Page> read(String doc, Path file) {
    return read(doc, file, bytes -> {});
  }

  /**
   * Reads the page file {@code file}, named {@code doc} in diagnostics, and hands {@code bytesRead}
   * the bytes it read (once, before parsing them): what the page was made from, should the file be
   * saved again meanwhile.
   */
  public Outcome<Page> read(String doc, Path file, Consumer<byte[]> bytesRead) {
    return decoded(doc, file, bytesRead)
        .then(text -> withinBounds(doc, text))
        .then(
            text ->
                checked(
                    doc,
                    parse(
                        doc,
                        text.frontMatter(),
                        text.rows(),
                        parser.parse(text.rows().markdown()),
                        IntUnaryOperator.identity())));
  }

  /**
   * A page's text ready for commonmark: its front matter split off, its side-by-side rows rejoined,
   * its markup within bounds.
   */
  private record PageText(FrontMatter frontMatter, SideBySideRows.Rejoined rows) {}

  /**
   * Reads a localized page (the page of {@code doc} under a localized docs root) twice: its English
   * reading, exactly as {@link #read} reads a page, for its structure, names and lines; and its
   * translated reading ({@link TranslatedDescriptions}), for the descriptions of its members
   * tables. Both come from one text, so their rows correspond by line. Only translations read a
   * page twice: {@link #read} parses once.
   */
  public Outcome<LocalizedPage> readLocalized(String doc, Path file) {
    return readLocalized(doc, file, bytes -> {});
  }

  /**
   * {@link #readLocalized(String, Path)}, handing {@code bytesRead} the bytes read, as {@link
   * #read(String, Path, Consumer)}.
   */
  public Outcome<LocalizedPage> readLocalized(String doc, Path file, Consumer<byte[]> bytesRead) {
    return decoded(doc, file, bytesRead)
        .then(text -> withinBounds(doc, text))
        .then(
            pageText -> {
              FrontMatter frontMatter = pageText.frontMatter();
              SideBySideRows.Rejoined text = pageText.rows();
              Node english = parser.parse(text.markdown());
              List<Node> englishBlocks = new ArrayList<>();
              for (Node block = english.getFirstChild(); block != null; block = block.getNext()) {
                englishBlocks.add(
                    block); // before the walk, which moves descriptions out of the page
              }
              return checked(
                      doc, parse(doc, frontMatter, text, english, IntUnaryOperator.identity()))
                  .then(
                      page ->
                          Outcome.ok(
                              new LocalizedPage(
                                  page,
                                  TranslatedDescriptions.read(
                                      englishBlocks,
                                      parser.parse(text.markdown()),
                                      text::pageLine))));
            });
  }

  /** The text of the page file, checked for size and encoding. */
  private static Outcome<String> decoded(String doc, Path file, Consumer<byte[]> bytesRead) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_PAGE_BYTES) {
        return Outcome.failed(Message.PAGE_TOO_LARGE.onPage(doc, 0, size, MAX_PAGE_BYTES));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Outcome.failed(Message.PAGE_UNREADABLE.onPage(doc, 0, e.toString()));
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      return Outcome.failed(Message.PAGE_TOO_LARGE.onPage(doc, 0, bytes.length, MAX_PAGE_BYTES));
    }
    bytesRead.accept(bytes);
    // The lenient decoding is the JDK's fast one, and it replaces every malformed byte with U+FFFD;
    // so a text without U+FFFD was well-formed, and only one with it is decoded again, strictly.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return Outcome.ok(text);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      utf8.decode(in);
    } catch (CharacterCodingException e) {
      return Outcome.failed(Message.PAGE_NOT_UTF8.onPage(doc, 0, in.position()));
    }
    return Outcome.ok(text);
  }

  /**
   * The text of a page file, which is third-party input: its markup must keep within {@link
   * MarkdownBounds}, checked on the text commonmark will read (its rows rejoined), before it does.
   */
  private static Outcome<PageText> withinBounds(String doc, String text) {
    FrontMatter frontMatter = FrontMatter.split(withoutByteOrderMark(text));
    SideBySideRows.Rejoined rows = SideBySideRows.rejoin(frontMatter.markdown());
    Optional<Diagnostic> tooCostly = MarkdownBounds.check(doc, rows.markdown(), rows::pageLine);
    return tooCostly.isPresent()
        ? Outcome.failed(tooCostly.get())
        : Outcome.ok(new PageText(frontMatter, rows));
  }

  /** The page, if it documents at most {@link #MAX_ENUMS_PER_PAGE} enums. */
  private static Outcome<Page> checked(String doc, Page page) {
    List<Page.Section> sections = page.sections();
    if (sections.size() > MAX_ENUMS_PER_PAGE) {
      int firstTooMany = sections.get(MAX_ENUMS_PER_PAGE).line();
      return Outcome.failed(
          Message.PAGE_TOO_MANY_ENUMS.onPage(
              doc, firstTooMany, sections.size(), MAX_ENUMS_PER_PAGE));
    }
    return Outcome.ok(page);
  }

  /**
   * Reads page text; never fails: a page that documents nothing has no sections. Text without any
   * heading (a table written in a spec) documents one enum, with no name, if it has a members
   * table.
   *
   * @param firstLine the line number of the text's first line, so that lines name the source
   */
  public Page parse(String doc, String text, int firstLine) {
    return parse(doc, text, line -> line + firstLine - 1);
  }

  /**
   * Reads text whose lines are not consecutive in their source (strings joined with {@code +}).
   *
   * @param sourceLine the line number, in the source, of each 1-based line of the text
   */
  public Page parse(String doc, String text, IntUnaryOperator sourceLine) {
    return parse(doc, FrontMatter.split(withoutByteOrderMark(text)), sourceLine);
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private Page parse(String doc, FrontMatter frontMatter, IntUnaryOperator sourceLine) {
    SideBySideRows.Rejoined text = SideBySideRows.rejoin(frontMatter.markdown());
    return parse(doc, frontMatter, text, parser.parse(text.markdown()), sourceLine);
  }

  /** The page {@code document} holds, parsed from {@code text}; reduces it to its English text. */
  private static Page parse(
      String doc,
      FrontMatter frontMatter,
      SideBySideRows.Rejoined text,
      Node document,
      IntUnaryOperator sourceLine) {
    List<String> lines = text.markdown().lines().toList();
    // A parsed line, as the page (or the spec holding the text) numbers it.
    IntUnaryOperator pageLine = line -> sourceLine.applyAsInt(text.pageLine(line));
    List<String> anchors = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      anchors.add(block instanceof Heading ? anchorOf(block) : null);
    }
    boolean sideBySide = EnglishText.keepEnglish(document);
    IncludeReferences.remove(
        document); // within a cell or a paragraph; a line of its own is skipped below

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
        if (heading.getLevel() == 1 && title == null) {
          title =
              new SectionBuilder(nameIn(words, anchor, PAGE_HEADING, "-enum-type"), words, 1, line);
          current = title;
        } else if (heading.getLevel() > 1 && isSectionHeading(words, anchor)) {
          current =
              new SectionBuilder(
                  nameIn(words, anchor, SECTION_HEADING, "-values"),
                  words,
                  heading.getLevel(),
                  line);
          sections.add(current);
        } else if (current != null && heading.getLevel() <= current.level) {
          current = null;
        } else if (current != null) {
          current.describing = false;
        }
      } else if (block instanceof Paragraph paragraph) {
        String words = Descriptions.plainText(paragraph);
        if (words.startsWith("Namespace:")) {
          // The first word: a note may follow on the next line with no blank line between.
          namespace =
              namespace != null
                  ? namespace
                  : words.substring("Namespace:".length()).strip().split("\\s", 2)[0];
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
  private static String translation(
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
      if (section.table() != null && !section.table().localizedHeaders().isEmpty()) {
        reasons.add("table headers " + String.join(", ", section.table().localizedHeaders()));
        break;
      }
    }
    return reasons.isEmpty() ? null : String.join("; ", reasons);
  }

  private static boolean isSectionHeading(String words, String anchor) {
    return SECTION_HEADING.matcher(words).matches()
        || (anchor != null && anchor.endsWith("-values"));
  }

  /**
   * The enum name in a heading: the word before "enum type" or "values". A translated heading
   * ("tipo de número deliveryOptimizationGroupIdOptionsType") keeps the name among its words, and
   * its anchor ({@code <a name="deliveryoptimizationgroupidoptionstype-enum-type">}) says which.
   */
  private static String nameIn(String words, String anchor, Pattern pattern, String anchorSuffix) {
    Matcher matcher = pattern.matcher(words);
    if (matcher.matches()) {
      return matcher.group(1);
    }
    if (anchor != null && anchor.endsWith(anchorSuffix)) {
      String slug = anchor.substring(0, anchor.length() - anchorSuffix.length());
      for (String word : words.split("\\s+", -1)) {
        if (word.equalsIgnoreCase(slug)) {
          return word;
        }
      }
    }
    return null;
  }

  private static String anchorOf(Node heading) {
    for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HtmlInline html) {
        Matcher matcher = ANCHOR.matcher(html.getLiteral());
        if (matcher.find()) {
          return matcher.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }

  /** A section while the page is walked. */
  private static final class SectionBuilder {
    final String name;
    final String words;
    final int level;
    final int line;
    final List<Paragraph> description = new ArrayList<>();
    boolean describing = true;
    MemberTable table;
    String tableProblem;
    final List<Integer> ignoredTables = new ArrayList<>();

    SectionBuilder(String name, String words, int level, int line) {
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
