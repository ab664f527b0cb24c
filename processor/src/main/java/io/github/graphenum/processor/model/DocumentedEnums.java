package io.github.graphenum.processor.model;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.naming.ClosestNames;
import io.github.graphenum.processor.naming.ConstantNames;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.spec.EnumSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Picks the enum a spec asks for out of its page: the "enum model" stage. */
public final class DocumentedEnums {
  private DocumentedEnums() {}

  public static Outcome<DocumentedEnum> select(EnumSpec spec, Page page) {
    String doc = page.doc();
    List<Page.Section> matching = new ArrayList<>();
    boolean inline = spec.source() instanceof EnumSpec.InlineText;
    String wanted = spec.name();
    if (wanted.isEmpty()
        && inline
        && page.sections().size() == 1
        && page.sections().get(0).name() == null) {
      wanted = spec.fallbackName(); // a bare table in the spec: the spec's name names it
    }
    if (wanted.isEmpty()) {
      if (page.sections().size() > 1) {
        return Outcome.failed(
            inline
                ? Message.INLINE_SEVERAL_ENUMS.onPage(doc, 0, inlineWhat(spec), labels(page))
                : Message.SEVERAL_ENUMS.onPage(doc, 0, labels(page)));
      }
      matching.addAll(page.sections());
      if (matching.size() == 1 && matching.get(0).name() == null) {
        Page.Section only = matching.get(0);
        return Outcome.failed(Message.NO_ENUM_NAME.onPage(doc, only.line(), only.heading()));
      }
    } else {
      for (Page.Section section : page.sections()) {
        if (wanted.equals(section.name())) {
          matching.add(section);
        }
      }
      // A translated heading hides the name; the spec's name then stands for the page's only enum.
      if (matching.isEmpty()
          && page.sections().size() == 1
          && page.sections().get(0).name() == null) {
        matching.add(page.sections().get(0));
      }
    }
    if (matching.isEmpty() && inline) {
      return Outcome.failed(
          page.sections().isEmpty()
              ? Message.INLINE_NO_MEMBERS_TABLE.onPage(doc, 0, inlineWhat(spec))
              : Message.INLINE_UNKNOWN_ENUM.onPage(
                  doc, 0, inlineWhat(spec), wanted, closestTo(wanted, page)));
    }
    if (matching.isEmpty()) {
      return Outcome.failed(
          Message.UNKNOWN_SECTION.onPage(
              doc,
              0,
              wanted,
              page.sections().isEmpty() ? "it documents no enum" : closestTo(wanted, page)));
    }
    Page.Section section = matching.get(0);
    String name = wanted.isEmpty() ? section.name() : wanted;
    if (section.table() == null) {
      String problem = section.tableProblem() == null ? "" : section.tableProblem();
      return Outcome.failed(Message.NO_MEMBERS_TABLE.onPage(doc, section.line(), name, problem));
    }
    for (Page.Section twin : matching.subList(1, matching.size())) {
      if (twin.table() == null || !twin.table().sameMembersAs(section.table())) {
        return Outcome.failed(
            Message.CONFLICTING_TABLES.onPage(
                doc,
                twin.line(),
                name,
                section.line(),
                twin.line(),
                twin.table() == null
                    ? "the second has no members table"
                    : section.table().firstDifference(twin.table())));
      }
    }
    MemberTable table = section.table();
    if (table.rows().isEmpty()) {
      return Outcome.failed(Message.EMPTY_MEMBERS_TABLE.onPage(doc, table.line(), name));
    }
    List<Diagnostic> warnings = new ArrayList<>();
    if (page.translation() != null) {
      warnings.add(Message.MACHINE_TRANSLATED.onPage(doc, 0, page.translation()));
    }
    if (page.unusableNamespace() != null) {
      warnings.add(Message.UNUSABLE_NAMESPACE.onPage(doc, 0, page.unusableNamespace()));
    }
    for (int ignored : section.ignoredTables()) {
      warnings.add(Message.SECOND_MEMBERS_TABLE.onPage(doc, ignored, name, table.line()));
    }
    for (String column : table.findings().repeatedColumns()) {
      warnings.add(Message.REPEATED_COLUMN.onPage(doc, table.line(), column));
    }
    for (String column : table.findings().unknownColumns()) {
      warnings.add(Message.UNKNOWN_COLUMN.onPage(doc, table.line(), column));
    }
    for (MemberTable.Relabeled column : table.findings().relabeled()) {
      warnings.add(
          Message.RELABELED_COLUMN.onPage(
              doc,
              table.line(),
              column.column(),
              column.header(),
              column.readAs().equals("Member") ? "member names" : "integers",
              column.readAs()));
    }
    for (int line : table.findings().overfullRows()) {
      warnings.add(Message.OVERFULL_ROW.onPage(doc, line));
    }
    String className = spec.className().isEmpty() ? defaultClassName(name) : spec.className();
    return Outcome.of(
        new DocumentedEnum(
            new EnumIdentity(spec.packageName(), className, name, page.namespace()),
            new DocumentedEnum.Documentation(
                doc, Origin.of(spec), page.translation(), section.description(), table),
            new DocumentedEnum.Choices(spec.rename(), spec.renamable(), spec.flags()),
            DocumentedEnum.Enrichments.NONE),
        warnings);
  }

  /** What holds the markdown written in the spec, as messages name it: there is no page. */
  private static String inlineWhat(EnumSpec spec) {
    return ((EnumSpec.InlineText) spec.source()).value() != null
        ? "the table attribute"
        : "the spec's Javadoc";
  }

  /** The most names a message lists; a multi-enum page documents hundreds. */
  private static final int MAX_LISTED = 10;

  /**
   * What the page documents, for a name it does not: the name that differs only in case, or the
   * closest names, at most {@link #MAX_LISTED} of them, with the count of the rest.
   */
  private static String closestTo(String wanted, Page page) {
    List<String> names = page.sections().stream().map(Page.Section::label).distinct().toList();
    List<String> closest = ClosestNames.closest(wanted, names);
    if (closest.get(0).equalsIgnoreCase(wanted)) {
      return "it documents " + closest.get(0) + ", which differs only in case";
    }
    if (names.size() <= MAX_LISTED) {
      return "it documents: " + String.join(", ", closest);
    }
    return "the closest of its "
        + names.size()
        + " enums: "
        + String.join(", ", closest.subList(0, MAX_LISTED))
        + " (and "
        + (names.size() - MAX_LISTED)
        + " more)";
  }

  private static String labels(Page page) {
    Set<String> labels = new LinkedHashSet<>();
    for (Page.Section section : page.sections()) {
      labels.add(section.label());
    }
    return String.join(", ", labels);
  }

  /**
   * The default class name of the enum {@code name}: the Graph name, first letter upper-cased,
   * accents dropped.
   */
  public static String defaultClassName(String name) {
    String ascii = ConstantNames.withoutAccents(name);
    int first = ascii.offsetByCodePoints(0, 1);
    return ascii.substring(0, first).toUpperCase(Locale.ROOT) + ascii.substring(first);
  }
}
