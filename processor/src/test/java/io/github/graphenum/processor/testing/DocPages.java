package io.github.graphenum.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's markdown pages that tests keep true ({@code README.md}, {@code ARCHITECTURE.md},
 * {@code benchmarks/README.md} and every {@code docs/*.md}), and their fenced blocks with the
 * marker that says how each is checked: an HTML comment on the line before the fence, such as
 * {@code <!-- golden: VppTokenSyncStatus.java -->} or {@code <!-- compiled -->}.
 */
public final class DocPages {
  /** The repository's root, from the processor module where tests run. */
  public static final Path ROOT = Path.of("..");

  private static final Pattern MARKER =
      Pattern.compile("<!-- ([a-z][a-z-]*)(?::\\s*(.*?))?\\s*-->");

  /**
   * A fenced block.
   *
   * @param page the page, relative to the repository's root, with {@code /}
   * @param line the 1-based line of the opening fence
   * @param marker the marker's name ({@code golden}, {@code compiled}...), or empty when the line
   *     before the fence is no marker
   * @param argument what follows the marker's colon, or empty
   * @param language the fence's info string ({@code java}), or empty
   * @param content the block's lines, each ending with a line break, without the fence's
   *     indentation
   * @param contentStart where the content starts in the page's text
   * @param contentEnd where the closing fence starts in the page's text
   */
  public record Block(
      String page,
      int line,
      String marker,
      String argument,
      String language,
      String content,
      int contentStart,
      int contentEnd) {
    /** Where it is, for messages: {@code docs/json.md:42}. */
    public String where() {
      return page + ":" + line;
    }
  }

  private DocPages() {}

  /** The checked pages, relative to the repository's root, with {@code /}; the README first. */
  public static List<String> pages() {
    List<String> pages =
        new ArrayList<>(List.of("README.md", "ARCHITECTURE.md", "benchmarks/README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.map(p -> "docs/" + p.getFileName())
          .filter(name -> name.endsWith(".md"))
          .sorted()
          .forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  public static String read(String page) {
    try {
      return Files.readString(ROOT.resolve(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced blocks of every checked page. */
  public static List<Block> allBlocks() {
    return pages().stream().flatMap(page -> blocks(page, read(page)).stream()).toList();
  }

  /**
   * The fenced blocks of {@code text}, the page {@code page}. A fence may be indented (in a list
   * item); it closes at the next line that is only a fence.
   */
  public static List<Block> blocks(String page, String text) {
    List<Integer> starts = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int offset = 0;
    while (offset < text.length()) {
      int end = text.indexOf('\n', offset);
      end = end < 0 ? text.length() : end + 1;
      starts.add(offset);
      lines.add(text.substring(offset, end).stripTrailing());
      offset = end;
    }
    starts.add(text.length());
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.strip().startsWith("```")) {
        continue;
      }
      int indent = line.indexOf('`');
      int close = i + 1;
      while (close < lines.size() && !lines.get(close).strip().equals("```")) {
        close++;
      }
      if (close == lines.size()) {
        throw new AssertionError(page + ":" + (i + 1) + ": a fenced block that does not close");
      }
      StringBuilder content = new StringBuilder();
      for (int k = i + 1; k < close; k++) {
        String contentLine = lines.get(k);
        int strip = 0;
        while (strip < indent && strip < contentLine.length() && contentLine.charAt(strip) == ' ') {
          strip++;
        }
        content.append(contentLine.substring(strip)).append('\n');
      }
      Matcher marker = MARKER.matcher(i == 0 ? "" : lines.get(i - 1).strip());
      boolean marked = marker.matches();
      blocks.add(
          new Block(
              page,
              i + 1,
              marked ? marker.group(1) : "",
              marked && marker.group(2) != null ? marker.group(2) : "",
              line.strip().substring(3).strip(),
              content.toString(),
              starts.get(i + 1),
              starts.get(close)));
      i = close;
    }
    return blocks;
  }
}
