package io.github.graphenum.processor.model;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with what a page documents, said in one place for both ways a page is read: a
 * {@code @GraphEnum} selecting its enum ({@link DocumentedEnums}) and a {@code @GraphEnums} folder
 * choosing which page documents each of its enums. Each fault has one message, with the same
 * arguments, whichever asks.
 */
public final class PageFaults {
  private PageFaults() {}

  /** The warning that the page is machine-translated, with why it is taken for so; or none. */
  static Optional<Diagnostic> machineTranslated(Page page) {
    return Optional.ofNullable(page.translation())
        .map(reasons -> Message.MACHINE_TRANSLATED.onPage(page.doc(), 0, reasons));
  }

  /**
   * The warning that the page's {@code Namespace:} line is no dotted name, and so is ignored; none
   * when it is one or the page has none.
   */
  public static Optional<Diagnostic> unusableNamespace(Page page) {
    return Optional.ofNullable(page.unusableNamespace())
        .map(namespace -> Message.UNUSABLE_NAMESPACE.onPage(page.doc(), 0, namespace));
  }

  /**
   * The error that {@code section}, which documents the enum {@code name} on the page {@code doc},
   * has no members table, with why the page's tables are none (a table without a Member column).
   */
  public static Diagnostic noMembersTable(String doc, String name, Page.Section section) {
    String problem = section.tableProblem() == null ? "" : section.tableProblem();
    return Message.NO_MEMBERS_TABLE.onPage(doc, section.line(), name, problem);
  }

  /**
   * The error that the page {@code doc} documents the enum {@code name} twice, in {@code first} and
   * then in {@code second}, with different members: on the second, with their first difference.
   *
   * @param first a section with a members table
   */
  public static Diagnostic conflictingTables(
      String doc, String name, Page.Section first, Page.Section second) {
    MemberTable firstTable = first.table();
    if (firstTable == null) {
      throw new IllegalArgumentException("the first section has no members table to differ from");
    }
    MemberTable secondTable = second.table();
    return Message.CONFLICTING_TABLES.onPage(
        doc,
        second.line(),
        name,
        first.line(),
        second.line(),
        secondTable == null
            ? "the second has no members table"
            : firstTable.firstDifference(secondTable));
  }

  /** The error that the members table of the enum {@code name} has no rows. */
  static Diagnostic emptyMembersTable(String doc, String name, MemberTable table) {
    return Message.EMPTY_MEMBERS_TABLE.onPage(doc, table.line(), name);
  }

  /**
   * The warnings about {@code table}, the members table of {@code section}, which documents the
   * enum {@code name}: further members tables that are not read, columns repeated, unknown or read
   * as other than their header says, and rows with more cells than the header.
   */
  static List<Diagnostic> tableWarnings(
      String doc, String name, Page.Section section, MemberTable table) {
    MemberTable.Findings findings = table.findings();
    List<Diagnostic> warnings = new ArrayList<>();
    for (int ignored : section.ignoredTables()) {
      warnings.add(Message.SECOND_MEMBERS_TABLE.onPage(doc, ignored, name, table.line()));
    }
    for (String column : findings.repeatedColumns()) {
      warnings.add(Message.REPEATED_COLUMN.onPage(doc, table.line(), column));
    }
    for (String column : findings.unknownColumns()) {
      warnings.add(Message.UNKNOWN_COLUMN.onPage(doc, table.line(), column));
    }
    for (MemberTable.Relabeled column : findings.relabeled()) {
      warnings.add(
          Message.RELABELED_COLUMN.onPage(
              doc,
              table.line(),
              column.column(),
              column.header(),
              column.readAs().equals("Member") ? "member names" : "integers",
              column.readAs()));
    }
    for (int line : findings.overfullRows()) {
      warnings.add(Message.OVERFULL_ROW.onPage(doc, line));
    }
    return warnings;
  }
}
