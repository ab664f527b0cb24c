package io.github.graphenum.processor.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
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

  /** Whether {@code header} names the Description column, in English or a known translation. */
  private static boolean isDescription(String header) {
    String key = header.toLowerCase(Locale.ROOT);
    return DESCRIPTION_EN.contains(key) || DESCRIPTION_TRANSLATED.contains(key);
  }

  /** The 0-based column {@link #read} takes descriptions from (the first Description), or -1. */
  static int descriptionColumn(TableBlock table) {
    List<String> headers = headers(table);
    for (int i = 0; i < headers.size(); i++) {
      if (isDescription(headers.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The members table {@code table} holds, or {@code null} when it has no Member column.
   *
   * @param pageLine a line of the parsed text, as the page numbers it
   * @param source the text's lines, to count each row's cells
   */
  static MemberTable read(TableBlock table, IntUnaryOperator pageLine, List<String> source) {
    List<String> headers = headers(table);
    List<Integer> members = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    int description = -1;
    List<String> localized = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      String key = header.toLowerCase(Locale.ROOT);
      if (MEMBER_EN.contains(key) || MEMBER_TRANSLATED.contains(key)) {
        members.add(i);
      } else if (VALUE_EN.contains(key) || VALUE_TRANSLATED.contains(key)) {
        values.add(i);
      } else if (isDescription(header)) {
        if (description >= 0) {
          repeated.add(header);
        }
        description = description < 0 ? i : description;
      } else {
        unknown.add(header);
        continue;
      }
      if (MEMBER_TRANSLATED.contains(key)
          || VALUE_TRANSLATED.contains(key)
          || DESCRIPTION_TRANSLATED.contains(key)) {
        localized.add(header);
      }
    }
    List<Node> rowNodes = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableBody) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          rowNodes.add(row);
        }
      }
    }
    List<List<Node>> cells = new ArrayList<>();
    for (Node row : rowNodes) {
      List<Node> rowCells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        rowCells.add(cell);
      }
      cells.add(rowCells);
    }
    // Two headings the docs get wrong, read as their authors meant them (with a warning): a member
    // list headed Value (its cells are names), and a second Member column holding the values.
    List<MemberTable.Relabeled> relabeled = new ArrayList<>();
    if (members.isEmpty() && !values.isEmpty() && holdsOnly(cells, values.get(0), false)) {
      int column = values.remove(0);
      members.add(column);
      relabeled.add(new MemberTable.Relabeled(headers.get(column), column + 1, "Member"));
    } else if (members.size() > 1 && values.isEmpty() && holdsOnly(cells, members.get(1), true)) {
      int column = members.remove(1);
      values.add(column);
      relabeled.add(new MemberTable.Relabeled(headers.get(column), column + 1, "Value"));
    }
    for (int column : members.subList(Math.min(1, members.size()), members.size())) {
      repeated.add(headers.get(column));
    }
    for (int column : values.subList(Math.min(1, values.size()), values.size())) {
      repeated.add(headers.get(column));
    }
    if (members.isEmpty()) {
      return null;
    }
    int member = members.get(0);
    int value = values.isEmpty() ? -1 : values.get(0);
    List<MemberTable.Row> rows = new ArrayList<>();
    List<Integer> overfull = new ArrayList<>();
    for (int r = 0; r < rowNodes.size(); r++) {
      List<Node> row = cells.get(r);
      int line = NodeLines.lineOf(rowNodes.get(r));
      if (line > 0 && line <= source.size() && cellsIn(source.get(line - 1)) > headers.size()) {
        overfull.add(pageLine.applyAsInt(line));
      }
      rows.add(
          new MemberTable.Row(
              pageLine.applyAsInt(line),
              member < row.size() ? Descriptions.plainText(row.get(member)) : "",
              value < 0 ? null : value < row.size() ? Descriptions.plainText(row.get(value)) : "",
              description >= 0 && description < row.size()
                  ? Descriptions.ofInlines(row.get(description))
                  : Description.EMPTY));
    }
    return new MemberTable(
        pageLine.applyAsInt(NodeLines.lineOf(table)),
        value >= 0,
        localized,
        repeated,
        unknown,
        relabeled,
        overfull,
        rows);
  }

  /**
   * Whether every row has a non-empty cell in {@code column} and all of them are integers ({@code
   * integers}) or none of them is.
   */
  private static boolean holdsOnly(List<List<Node>> rows, int column, boolean integers) {
    if (rows.isEmpty()) {
      return false;
    }
    for (List<Node> row : rows) {
      String text = column < row.size() ? Descriptions.plainText(row.get(column)) : "";
      if (text.isEmpty() || MemberTable.isInteger(text) != integers) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many cells GFM splits a row's source line into: one more than its unescaped pipes, less a
   * leading and a trailing pipe. The parser drops the cells past the header's count without a word
   * (a pipe left unescaped in a description cuts it short), so the reader counts them to say so;
   * the cells themselves are still the parser's.
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
