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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Graph enum doc page into a {@link Page}: which enums it documents, their descriptions and
 * their members tables, as text. Markdown is parsed by commonmark with GFM tables; headings and
 * cells are read through {@link EnglishText}, never through a side-by-side page's visible
 * (translated) text.
 *
 * <p>A file is read in steps: its bytes, checked for size and decoded as UTF-8; its text, its front
 * matter split off and its side-by-side rows rejoined, checked against {@link MarkdownBounds};
 * parsed by commonmark; and walked into the page ({@link PageWalk}), whose headings ({@link
 * Headings}) and tables ({@link TableShapes}) have the shapes the docs write.
 */
public class PageReader {
  /** The largest page read; the largest real page is 320 KiB. */
  public static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;

  /**
   * The most enums one page may document: under {@code @GraphEnums} each is a class. The most a
   * corpus page documents is 303 (beta {@code enums.md} of 2023); today's has about 480.
   */
  public static final int MAX_ENUMS_PER_PAGE = 2_000;

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
                    PageWalk.walk(
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
                      doc,
                      PageWalk.walk(doc, frontMatter, text, english, IntUnaryOperator.identity()))
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
    return PageWalk.walk(doc, frontMatter, text, parser.parse(text.markdown()), sourceLine);
  }
}
