package io.github.graphenum.processor.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * Reads a markdown table into a {@link MemberTable}, in three steps: the shape of its columns,
 * found by their header names in any order ({@link TableShapes}); its body's cells; and a row of
 * the table for each row of the body, with the rows that hold more cells than the header.
 */
final class MemberTables {
  private MemberTables() {}

  /**
   * The members table {@code table} holds, or {@code null} when it has no Member column.
   *
   * @param pageLine a line of the parsed text, as the page numbers it
   * @param source the text's lines, to count each row's cells
   */
  static @Nullable MemberTable read(
      TableBlock table, IntUnaryOperator pageLine, List<String> source) {
    List<String> headers = headers(table);
    List<Node> body = bodyRows(table);
    List<List<Node>> cells = cellsOf(body);
    TableShapes.Shape shape = TableShapes.of(headers, cells);
    if (shape.member() < 0) {
      return null;
    }
    List<MemberTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < body.size(); r++) {
      rows.add(row(shape, pageLine.applyAsInt(NodeLines.lineOf(body.get(r))), cells.get(r)));
    }
    List<Integer> overfull = overfullRows(body, headers.size(), pageLine, source);
    return new MemberTable(
        pageLine.applyAsInt(NodeLines.lineOf(table)),
        shape.value() >= 0,
        new MemberTable.Findings(
            shape.translatedHeaders(),
            shape.repeated(),
            shape.unknown(),
            shape.relabeled(),
            overfull),
        rows);
  }

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

  /** The 0-based column {@link #read} takes descriptions from (the first Description), or -1. */
  static int descriptionColumn(TableBlock table) {
    List<String> headers = headers(table);
    for (int i = 0; i < headers.size(); i++) {
      if (TableShapes.columnNamed(headers.get(i)) == TableShapes.Column.DESCRIPTION) {
        return i;
      }
    }
    return -1;
  }

  /** The rows of the table's body, in order. */
  private static List<Node> bodyRows(TableBlock table) {
    List<Node> rows = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableBody) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Each row's cells, as the parser gives them (no more than the header's count). */
  private static List<List<Node>> cellsOf(List<Node> rows) {
    List<List<Node>> cells = new ArrayList<>();
    for (Node row : rows) {
      List<Node> rowCells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        rowCells.add(cell);
      }
      cells.add(rowCells);
    }
    return cells;
  }

  /** The row of the table at page line {@code line}, read from its {@code cells} by their shape. */
  private static MemberTable.Row row(TableShapes.Shape shape, int line, List<Node> cells) {
    int member = shape.member();
    int value = shape.value();
    int description = shape.description();
    String memberText = "";
    boolean marked = false;
    if (member < cells.size()) {
      marked = DeprecationMarkers.removeBoldMarker(cells.get(member));
      String text = Descriptions.plainText(cells.get(member));
      memberText = DeprecationMarkers.withoutParenthesized(text);
      marked |= memberText.length() < text.length();
    }
    Description described =
        description >= 0 && description < cells.size()
            ? Descriptions.ofInlines(cells.get(description))
            : Description.EMPTY;
    return new MemberTable.Row(
        line,
        memberText,
        value < 0 ? null : value < cells.size() ? Descriptions.plainText(cells.get(value)) : "",
        described,
        DeprecationMarkers.of(marked, described));
  }

  /**
   * The page lines of the rows whose source line holds more cells than the header's {@code count}.
   */
  private static List<Integer> overfullRows(
      List<Node> rows, int count, IntUnaryOperator pageLine, List<String> source) {
    List<Integer> overfull = new ArrayList<>();
    for (Node row : rows) {
      int line = NodeLines.lineOf(row);
      if (line > 0 && line <= source.size() && cellsIn(source.get(line - 1)) > count) {
        overfull.add(pageLine.applyAsInt(line));
      }
    }
    return overfull;
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
