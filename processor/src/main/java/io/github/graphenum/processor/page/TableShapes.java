package io.github.graphenum.processor.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of members table the docs write, in one place: which header names which column (in
 * English, and in the languages of machine-translated pages, so that such a page is read and
 * flagged rather than rejected for its headers), and which wrongly headed columns are read as their
 * authors meant them. A new shape of table is a change to this file alone.
 */
final class TableShapes {
  /** A column a members table is read by. */
  enum Column {
    MEMBER("Member"),
    VALUE("Value"),
    DESCRIPTION("Description");

    /** The column's name, as warnings say a column is read. */
    final String label;

    Column(String label) {
      this.label = label;
    }
  }

  /** The header names of each column in English, lower-cased. */
  private static final Map<String, Column> ENGLISH =
      Map.of(
          "member", Column.MEMBER,
          "value", Column.VALUE,
          "int value", Column.VALUE,
          "description", Column.DESCRIPTION);

  /** The header names of each column that machine-translated pages use, lower-cased. */
  private static final Map<String, Column> TRANSLATED =
      Map.ofEntries(
          Map.entry("membro", Column.MEMBER),
          Map.entry("membre", Column.MEMBER),
          Map.entry("miembro", Column.MEMBER),
          Map.entry("mitglied", Column.MEMBER),
          Map.entry("valor", Column.VALUE),
          Map.entry("valeur", Column.VALUE),
          Map.entry("wert", Column.VALUE),
          Map.entry("valore", Column.VALUE),
          Map.entry("descrição", Column.DESCRIPTION),
          Map.entry("descripción", Column.DESCRIPTION),
          Map.entry("beschreibung", Column.DESCRIPTION),
          Map.entry("descrizione", Column.DESCRIPTION));

  /**
   * The column {@code header} names, ignoring case, in English or a translation; or {@code null}.
   */
  static @Nullable Column columnNamed(String header) {
    String key = header.toLowerCase(Locale.ROOT);
    Column english = ENGLISH.get(key);
    return english != null ? english : TRANSLATED.get(key);
  }

  /**
   * A column the docs head wrongly, read as the column {@code readAs} when the table has none: the
   * {@code position}-th (0-based) column headed {@code headed}, when every one of its cells holds
   * what a {@code readAs} column holds (integers for Value, names for Member).
   */
  private record Relabeling(Column headed, int position, Column readAs) {}

  /** The wrongly headed columns read as meant; the first that applies is read so. */
  private static final List<Relabeling> RELABELINGS =
      List.of(
          new Relabeling(Column.VALUE, 0, Column.MEMBER), // a member list headed Value
          new Relabeling(Column.MEMBER, 1, Column.VALUE)); // a second Member column of values

  /**
   * The order in which the repeated columns are listed: a repeated Description, found as the header
   * is read, before the Member and Value columns left over once relabeled.
   */
  private static final List<Column> REPEATS_LISTED =
      List.of(Column.DESCRIPTION, Column.MEMBER, Column.VALUE);

  /**
   * What a table's header row and cells say about its columns.
   *
   * @param member the 0-based column of member names, or -1 when the table has none (it is then no
   *     members table)
   * @param value the 0-based column of values, or -1
   * @param description the 0-based column of descriptions, or -1
   * @param translatedHeaders the header names of a column in a translation, in header order
   * @param repeated the header names of the columns after the first of each kind, which are not
   *     read
   * @param unknown the header names that name no column
   * @param relabeled the column read as other than its header says, if any
   */
  record Shape(
      int member,
      int value,
      int description,
      List<String> translatedHeaders,
      List<String> repeated,
      List<String> unknown,
      List<MemberTable.Relabeled> relabeled) {}

  private TableShapes() {}

  /**
   * The shape of the table with {@code headers} and the body {@code rows} (each row's cells, as
   * parsed): which column is which, once wrongly headed columns are read as meant.
   */
  static Shape of(List<String> headers, List<List<Node>> rows) {
    Map<Column, List<Integer>> positions = new EnumMap<>(Column.class);
    List<String> translated = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      Column column = columnNamed(header);
      if (column == null) {
        unknown.add(header);
        continue;
      }
      positionsOf(positions, column).add(i);
      if (TRANSLATED.containsKey(header.toLowerCase(Locale.ROOT))) {
        translated.add(header);
      }
    }
    List<MemberTable.Relabeled> relabeled = new ArrayList<>();
    for (Relabeling relabeling : RELABELINGS) {
      List<Integer> headed = positionsOf(positions, relabeling.headed());
      if (positionsOf(positions, relabeling.readAs()).isEmpty()
          && headed.size() > relabeling.position()
          && holdsOnly(rows, headed.get(relabeling.position()), relabeling.readAs())) {
        int column = headed.remove(relabeling.position());
        positionsOf(positions, relabeling.readAs()).add(column);
        relabeled.add(
            new MemberTable.Relabeled(headers.get(column), column + 1, relabeling.readAs().label));
        break;
      }
    }
    List<String> repeated = new ArrayList<>();
    for (Column column : REPEATS_LISTED) {
      List<Integer> all = positionsOf(positions, column);
      all.subList(Math.min(1, all.size()), all.size()).forEach(i -> repeated.add(headers.get(i)));
    }
    return new Shape(
        first(positionsOf(positions, Column.MEMBER)),
        first(positionsOf(positions, Column.VALUE)),
        first(positionsOf(positions, Column.DESCRIPTION)),
        translated,
        repeated,
        unknown,
        relabeled);
  }

  /** The positions of the columns headed as {@code column}, in header order; none at first. */
  private static List<Integer> positionsOf(Map<Column, List<Integer>> positions, Column column) {
    return positions.computeIfAbsent(column, c -> new ArrayList<>());
  }

  private static int first(List<Integer> columns) {
    return columns.isEmpty() ? -1 : columns.get(0);
  }

  /**
   * Whether every row has a non-empty cell in {@code column} and all of them hold what a {@code
   * readAs} column holds: integers for Value, names (no integer) for Member.
   */
  private static boolean holdsOnly(List<List<Node>> rows, int column, Column readAs) {
    if (rows.isEmpty()) {
      return false;
    }
    boolean integers = readAs == Column.VALUE;
    for (List<Node> row : rows) {
      String text = column < row.size() ? Descriptions.plainText(row.get(column)) : "";
      if (text.isEmpty() || MemberTable.isInteger(text) != integers) {
        return false;
      }
    }
    return true;
  }
}
