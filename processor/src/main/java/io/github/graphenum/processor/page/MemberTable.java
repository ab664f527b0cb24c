package io.github.graphenum.processor.page;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A members table as written on the page: cells as text, nothing checked yet.
 *
 * @param line the 1-based line of the header row
 * @param hasValues whether the table has a Value column; without one the page states no values
 * @param findings what the reader found in the table's shape and read around, for warnings
 * @param rows the body rows, in page order
 */
public record MemberTable(int line, boolean hasValues, Findings findings, List<Row> rows) {

  public MemberTable {
    rows = List.copyOf(rows);
  }

  /**
   * What the reader found in a table's shape and read around, each a warning (or, for translated
   * headers, a sign that the page is machine-translated).
   *
   * @param localizedHeaders the header names that are not English (a sign of translation)
   * @param repeatedColumns header names that appear more than once; only the first is read
   * @param unknownColumns header names that are none of Member, Value and Description (an empty one
   *     too); their columns are not read
   * @param relabeled columns read as other than their header says: a member list headed Value, a
   *     second Member column holding the values
   * @param overfullRows the lines of rows with more cells than the header; the extra cells are not
   *     read
   */
  public record Findings(
      List<String> localizedHeaders,
      List<String> repeatedColumns,
      List<String> unknownColumns,
      List<Relabeled> relabeled,
      List<Integer> overfullRows) {
    /** A table of the regular shape: English headers, each column once, every row within them. */
    public static final Findings NONE =
        new Findings(List.of(), List.of(), List.of(), List.of(), List.of());

    public Findings {
      localizedHeaders = List.copyOf(localizedHeaders);
      repeatedColumns = List.copyOf(repeatedColumns);
      unknownColumns = List.copyOf(unknownColumns);
      relabeled = List.copyOf(relabeled);
      overfullRows = List.copyOf(overfullRows);
    }
  }

  /** This table with the values of {@code rows}, one per row of this table, in order. */
  public MemberTable withValues(List<Row> rows) {
    return new MemberTable(line, true, findings, rows);
  }

  /**
   * One row.
   *
   * @param line its 1-based line on the page
   * @param member the Member cell's text, without a deprecation marker
   * @param value the Value cell's text, or {@code null} when the table has no Value column
   * @param description the Description cell, or {@link Description#EMPTY}
   * @param deprecation what the row says of the member's deprecation, or {@code null} when it marks
   *     none
   */
  public record Row(
      int line,
      String member,
      @Nullable String value,
      Description description,
      @Nullable Deprecation deprecation) {
    /** A row that marks no deprecation. */
    public Row(int line, String member, @Nullable String value, Description description) {
      this(line, member, value, description, null);
    }

    /** This row with the value {@code value}. */
    public Row withValue(String value) {
      return new Row(line, member, value, description, deprecation);
    }

    /** The member, with its value where the table has values: {@code none} or {@code none=0}. */
    public String describe() {
      return value == null ? member : member + "=" + value;
    }
  }

  /**
   * Whether a cell's text is an integer as tables write it: ASCII digits, perhaps after a minus.
   */
  public static boolean isInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() == start) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A column read as other than its header says, because of what its cells hold.
   *
   * @param header the header as written
   * @param column the column's 1-based position
   * @param readAs the column it is read as: {@code Member} or {@code Value}
   */
  public record Relabeled(String header, int column, String readAs) {}

  /** The member names and values, which decide whether two tables document the same enum. */
  private List<List<String>> membersAndValues() {
    return rows.stream().map(r -> Arrays.asList(r.member(), r.value())).toList();
  }

  /**
   * Whether {@code other} documents the same enum as this table: the same members, with the same
   * values, in the same order (descriptions may differ).
   */
  public boolean sameMembersAs(MemberTable other) {
    return membersAndValues().equals(other.membersAndValues());
  }

  /** Where {@code other} first differs from this table, as {@code row 3: a=1 vs b=1}. */
  public String firstDifference(MemberTable other) {
    for (int i = 0; i < Math.max(rows.size(), other.rows.size()); i++) {
      String left = i < rows.size() ? rows.get(i).describe() : "nothing";
      String right = i < other.rows.size() ? other.rows.get(i).describe() : "nothing";
      if (!left.equals(right)) {
        return "row " + (i + 1) + ": " + left + " vs " + right;
      }
    }
    return "they differ";
  }
}
