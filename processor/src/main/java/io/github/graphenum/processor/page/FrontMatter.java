package io.github.graphenum.processor.page;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The YAML front matter of a doc page ({@code ---} lines around {@code key: value} lines).
 * commonmark does not know front matter (it would read the closing {@code ---} as a heading
 * underline), so it is cut off before parsing and replaced by blank lines, which keeps every line
 * number of the page.
 *
 * @param fields the keys, lower-cased, and their values, unquoted
 * @param markdown the page with the front matter's lines blanked
 */
record FrontMatter(Map<String, String> fields, String markdown) {

  static FrontMatter split(String page) {
    List<String> lines = page.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new FrontMatter(Map.of(), page);
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return new FrontMatter(Map.of(), page);
    }
    Map<String, String> fields = new HashMap<>();
    for (String line : lines.subList(1, end)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        fields.putIfAbsent(key, unquote(line.substring(colon + 1).strip()));
      }
    }
    StringBuilder markdown = new StringBuilder(page.length());
    markdown.append("\n".repeat(end + 1));
    for (String line : lines.subList(end + 1, lines.size())) {
      markdown.append(line).append('\n');
    }
    return new FrontMatter(Map.copyOf(fields), markdown.toString());
  }

  @Nullable String get(String key) {
    return fields.get(key);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
