package io.github.graphenum.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * Reads a markdown table into a {@link MemberTable}, finding the columns by their header names in
 * any order. Besides the English names, the names that machine-translated pages use are known, so
 * that such a page is read (and flagged) rather than rejected for its headers.
 */
final class MemberTables {
  private static final Set<String> MEMBER_EN = Set.of("member");
  private static final Set<String> VALUE_EN = Set.of("value", "int value");
  private static final Set<String> DESCRIPTION_EN = Set.of("description");
  private static final Set<String> MEMBER_TRANSLATED =
      Set.of("membro", "membre", "miembro", "mitglied");
  private static final Set<String> VALUE_TRANSLATED = Set.of("valor", "valeur", "wert", "valore");
  private static final Set<String> DESCRIPTION_TRANSLATED =
      Set.of("descrição", "descripción", "beschreibung", "descrizione");

  private MemberTables() {}

  /** The header names of {@code table}, as written. */
  static List<String> headers(TableBlock table) {
    List<String> headers = new ArrayList<>();
    Node head = table.getFirstChild();
    if (head instanceof TableHead && head.getFirstChild() != null) {
      for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
        headers.add(Descriptions.plainText(cell));
      }
    }
    return headers;
  }

  /**
   * The members table {@code table} holds, or {@code null} when it has no Member column.
   *
   * @param offset added to the parser's line numbers: the text's first line is line {@code
   *     offset + 1}
   * @param source the text's lines, to count each row's cells
   */
  static MemberTable read(TableBlock table, int offset, List<String> source) {
    List<String> headers = headers(table);
    int member = -1;
    int value = -1;
    int description = -1;
    List<String> localized = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      String key = header.toLowerCase(Locale.ROOT);
      int column;
      if (MEMBER_EN.contains(key) || MEMBER_TRANSLATED.contains(key)) {
        column = member;
        member = column < 0 ? i : member;
      } else if (VALUE_EN.contains(key) || VALUE_TRANSLATED.contains(key)) {
        column = value;
        value = column < 0 ? i : value;
      } else if (DESCRIPTION_EN.contains(key) || DESCRIPTION_TRANSLATED.contains(key)) {
        column = description;
        description = column < 0 ? i : description;
      } else {
        unknown.add(header);
        continue;
      }
      if (column >= 0) {
        repeated.add(header);
      }
      if (MEMBER_TRANSLATED.contains(key)
          || VALUE_TRANSLATED.contains(key)
          || DESCRIPTION_TRANSLATED.contains(key)) {
        localized.add(header);
      }
    }
    if (member < 0) {
      return null;
    }
    List<MemberTable.Row> rows = new ArrayList<>();
    List<Integer> overfull = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (!(part instanceof TableBody)) {
        continue;
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        List<Node> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(cell);
        }
        int line = PageReader.lineOf(row);
        if (line > 0 && line <= source.size() && cellsIn(source.get(line - 1)) > headers.size()) {
          overfull.add(line + offset);
        }
        rows.add(
            new MemberTable.Row(
                line + offset,
                member < cells.size() ? Descriptions.plainText(cells.get(member)) : "",
                value < 0 ? null : value < cells.size() ? Descriptions.plainText(cells.get(value)) : "",
                description >= 0 && description < cells.size()
                    ? Descriptions.ofInlines(cells.get(description))
                    : Description.EMPTY));
      }
    }
    return new MemberTable(PageReader.lineOf(table) + offset, value >= 0, localized, repeated, unknown, overfull, rows);
  }

  /**
   * How many cells GFM splits a row's source line into: one more than its unescaped pipes, less a
   * leading and a trailing pipe. The parser drops the cells past the header's count without a
   * word (a pipe left unescaped in a description cuts it short), so the reader counts them to say
   * so; the cells themselves are still the parser's.
   */
  static int cellsIn(String line) {
    String row = line.strip();
    int pipes = 0;
    boolean trailing = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      trailing = false;
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        pipes++;
        trailing = true;
      }
    }
    int cells = pipes + 1;
    if (row.startsWith("|")) {
      cells--;
    }
    if (trailing && row.length() > 1) {
      cells--;
    }
    return cells;
  }
}
