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

/**
 * Picks the enum a spec asks for out of its page: the "enum model" stage. In phases: the name the
 * spec asks for ({@code wantedName}), the sections that document it ({@code sectionsDocumenting}),
 * the one members table they agree on ({@code agreedTable}), the page's warnings about it ({@code
 * warnings}), and the enum model ({@code documentedEnum}).
 */
public final class DocumentedEnums {
  /** The most names a message lists; a multi-enum page documents hundreds. */
  private static final int MAX_LISTED = 10;

  private DocumentedEnums() {}

  /**
   * The section an enum is read from.
   *
   * @param name the enum's Graph name: the spec's, or the section's when the spec names none
   * @param section the first section that documents it
   * @param table the section's members table, of rows
   */
  private record Chosen(String name, Page.Section section, MemberTable table) {}

  public static Outcome<DocumentedEnum> select(EnumSpec spec, Page page) {
    String wanted = wantedName(spec, page);
    return sectionsDocumenting(wanted, spec, page)
        .then(sections -> agreedTable(page.doc(), wanted, sections))
        .then(chosen -> Outcome.of(documentedEnum(spec, page, chosen), warnings(page, chosen)));
  }

  /**
   * The Graph name the spec asks for, or empty for the page's only enum. A bare table written in
   * the spec is named by the spec's name.
   */
  private static String wantedName(EnumSpec spec, Page page) {
    if (spec.name().isEmpty()
        && spec.source() instanceof EnumSpec.InlineText
        && page.soleUnnamedSection() != null) {
      return spec.fallbackName();
    }
    return spec.name();
  }

  /**
   * Every section that documents the enum {@code wanted}, in page order: the page's only one when
   * {@code wanted} is empty, and the page's only enum under a translated heading, which hides the
   * name. An error when none does, or when the page documents several and the spec names none.
   */
  private static Outcome<List<Page.Section>> sectionsDocumenting(
      String wanted, EnumSpec spec, Page page) {
    String doc = page.doc();
    List<Page.Section> matching = wanted.isEmpty() ? page.sections() : sectionsNamed(wanted, page);
    if (wanted.isEmpty() && matching.size() > 1) {
      return Outcome.failed(
          spec.source() instanceof EnumSpec.InlineText
              ? Message.INLINE_SEVERAL_ENUMS.onPage(doc, 0, inlineWhat(spec), labels(page))
              : Message.SEVERAL_ENUMS.onPage(doc, 0, labels(page)));
    }
    if (wanted.isEmpty() && matching.size() == 1 && matching.get(0).name() == null) {
      Page.Section only = matching.get(0);
      return Outcome.failed(Message.NO_ENUM_NAME.onPage(doc, only.line(), only.heading()));
    }
    if (matching.isEmpty()) {
      return Outcome.failed(notDocumented(wanted, spec, page));
    }
    return Outcome.ok(matching);
  }

  /** The sections named {@code wanted}; or the page's only section, whose heading names none. */
  private static List<Page.Section> sectionsNamed(String wanted, Page page) {
    List<Page.Section> named = new ArrayList<>();
    for (Page.Section section : page.sections()) {
      if (wanted.equals(section.name())) {
        named.add(section);
      }
    }
    Page.Section unnamed = page.soleUnnamedSection();
    return named.isEmpty() && unnamed != null ? List.of(unnamed) : named;
  }

  /** The error that the page (or the spec's text) documents no enum {@code wanted}. */
  private static Diagnostic notDocumented(String wanted, EnumSpec spec, Page page) {
    String doc = page.doc();
    if (spec.source() instanceof EnumSpec.InlineText) {
      return page.sections().isEmpty()
          ? Message.INLINE_NO_MEMBERS_TABLE.onPage(doc, 0, inlineWhat(spec))
          : Message.INLINE_UNKNOWN_ENUM.onPage(
              doc, 0, inlineWhat(spec), wanted, closestTo(wanted, page));
    }
    return Message.UNKNOWN_SECTION.onPage(
        doc,
        0,
        wanted,
        page.sections().isEmpty() ? "it documents no enum" : closestTo(wanted, page));
  }

  /**
   * The first of the {@code sections} that document the enum, when it has a members table of rows
   * and every other one has the same members: a page that documents an enum twice must agree with
   * itself.
   */
  private static Outcome<Chosen> agreedTable(
      String doc, String wanted, List<Page.Section> sections) {
    Page.Section section = sections.get(0);
    // With no name wanted, sectionsDocumenting let through only a section that names its enum,
    // whose label is that name.
    String name = wanted.isEmpty() ? section.label() : wanted;
    MemberTable table = section.table();
    if (table == null) {
      return Outcome.failed(PageFaults.noMembersTable(doc, name, section));
    }
    for (Page.Section twin : sections.subList(1, sections.size())) {
      MemberTable twinTable = twin.table();
      if (twinTable == null || !twinTable.sameMembersAs(table)) {
        return Outcome.failed(PageFaults.conflictingTables(doc, name, section, twin));
      }
    }
    if (table.rows().isEmpty()) {
      return Outcome.failed(PageFaults.emptyMembersTable(doc, name, table));
    }
    return Outcome.ok(new Chosen(name, section, table));
  }

  /** What the page does wrong that does not stop the enum: warnings the user can act on. */
  private static List<Diagnostic> warnings(Page page, Chosen chosen) {
    List<Diagnostic> warnings = new ArrayList<>();
    PageFaults.machineTranslated(page).ifPresent(warnings::add);
    PageFaults.unusableNamespace(page).ifPresent(warnings::add);
    warnings.addAll(
        PageFaults.tableWarnings(page.doc(), chosen.name(), chosen.section(), chosen.table()));
    return warnings;
  }

  /** The enum model: the spec's choices and the chosen section's table. */
  private static DocumentedEnum documentedEnum(EnumSpec spec, Page page, Chosen chosen) {
    String className =
        spec.className().isEmpty() ? defaultClassName(chosen.name()) : spec.className();
    return new DocumentedEnum(
        new EnumIdentity(spec.packageName(), className, chosen.name(), page.namespace()),
        new DocumentedEnum.Documentation(
            page.doc(),
            Origin.of(spec),
            page.translation(),
            chosen.section().description(),
            chosen.table()),
        new DocumentedEnum.Choices(spec.rename(), spec.renamable(), spec.flags()),
        DocumentedEnum.Enrichments.NONE);
  }

  /** What holds the markdown written in the spec, as messages name it: there is no page. */
  private static String inlineWhat(EnumSpec spec) {
    return ((EnumSpec.InlineText) spec.source()).value() != null
        ? "the table attribute"
        : "the spec's Javadoc";
  }

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
