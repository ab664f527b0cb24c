package io.github.graphenum.processor.model;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.page.LocalizedPage;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pairs an enum's members with the translated descriptions of its localized page: the "enum model"
 * stage of a translation.
 *
 * <p>A row of the localized page pairs with the member whose English name it has: the name of its
 * English span on a side-by-side page, its only name on a page without English spans (where a
 * translated name, such as {@code nenhuma}, pairs with nothing). Names are never taken from
 * translated text, and rows are never paired by position. A member without a translated description
 * keeps its English one.
 *
 * <p>A side-by-side row also holds the English text its translation was made from. Where that text
 * is not the English page's description of the member ({@link #sameText}), the translation is
 * stale, of an older (or newer) text: the member keeps its English description, and a note names
 * the rows.
 */
public final class Translations {
  /** The most names a message lists. */
  private static final int MAX_LISTED = 10;

  private Translations() {}

  /**
   * The translation of {@code english} that {@code localized} gives, possibly of no member, with a
   * note when it translates nothing, when its members differ, or when some of its translations are
   * stale.
   *
   * @param language the language tag
   * @param localizedFile the localized page's file, as messages name it
   */
  public static Outcome<Translation> pair(
      DocumentedEnum english, String language, String localizedFile, LocalizedPage localized) {
    String name = english.identity().graphName();
    String doc = english.documentation().doc();
    MemberTable table = english.documentation().table();
    MemberTable localizedTable = tableOf(localized.page(), name);
    if (localizedTable == null) {
      return Outcome.of(
          new Translation(language, Map.of(), List.of()),
          List.of(
              Message.TRANSLATION_NONE.onPage(
                  doc, 0, language, localizedFile, name, "it has no members table of " + name)));
    }
    List<String> englishNames = table.rows().stream().map(MemberTable.Row::member).toList();
    List<String> localizedNames =
        localizedTable.rows().stream().map(MemberTable.Row::member).toList();
    Map<String, Description> documented = new HashMap<>();
    table.rows().forEach(row -> documented.putIfAbsent(row.member(), row.description()));
    Map<String, String> descriptions = new LinkedHashMap<>();
    Set<String> stale = new LinkedHashSet<>();
    List<String> staleRows = new ArrayList<>();
    for (MemberTable.Row row : localizedTable.rows()) {
      String member = row.member();
      String text = localized.translatedDescriptions().get(row.line());
      Description current = documented.get(member);
      if (current == null
          || text == null
          || descriptions.containsKey(member)
          || stale.contains(member)) {
        continue; // no member of the enum, nothing translated, or the member's first row decided
      }
      if (localized.page().sideBySide() && !sameText(current, row.description())) {
        stale.add(member);
        staleRows.add(member + " (line " + row.line() + ")");
      } else {
        descriptions.put(member, text);
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> onlyThere = without(localizedNames, englishNames);
    List<String> onlyHere = without(englishNames, localizedNames);
    String where = localizedFile + ":" + localizedTable.line();
    if (!localized.page().sideBySide() && namesTranslated(englishNames, localizedNames)) {
      List<String> renamed = new ArrayList<>();
      for (int i = 0; i < englishNames.size(); i++) {
        if (!englishNames.get(i).equals(localizedNames.get(i))) {
          renamed.add(localizedNames.get(i) + " for " + englishNames.get(i));
        }
      }
      diagnostics.add(
          Message.TRANSLATION_NAMES_TRANSLATED.onPage(
              doc, table.line(), language, where, name, listed(renamed)));
    } else if (!onlyThere.isEmpty() || !onlyHere.isEmpty()) {
      diagnostics.add(
          Message.TRANSLATION_DISAGREES.onPage(
              doc, table.line(), language, where, name, listed(onlyThere), listed(onlyHere)));
    } else if (descriptions.isEmpty() && stale.isEmpty()) {
      diagnostics.add(
          Message.TRANSLATION_NONE.onPage(
              doc, 0, language, where, name, "its members table has no descriptions"));
    }
    if (!stale.isEmpty()) {
      diagnostics.add(
          Message.TRANSLATION_STALE.onPage(
              doc, table.line(), language, where, name, listed(staleRows)));
    }
    return Outcome.of(new Translation(language, descriptions, List.copyOf(stale)), diagnostics);
  }

  /**
   * Whether a side-by-side row's English text, {@code source}, is the English page's description
   * {@code english} of the member, as graphenum serves descriptions: their plain text ({@link
   * Description#text()}: markup removed, each run of white space one space, no white space at the
   * ends), without the characters that show nothing (Unicode format characters such as the
   * zero-width space, which the translation tool drops). A link's destination, emphasis or a code
   * span is no part of what a translation says, and so no part of the comparison.
   */
  public static boolean sameText(Description english, Description source) {
    return visible(english.text()).equals(visible(source.text()));
  }

  /**
   * The plain text {@code text} (white space already collapsed) without its Unicode format
   * characters (category Cf), which show nothing, and without the doubled space that removing one
   * between two spaces leaves.
   */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .filter(c -> c != ' ' || out.isEmpty() || out.charAt(out.length() - 1) != ' ')
        .forEach(out::appendCodePoint);
    return out.toString().strip();
  }

  /**
   * The members table of the section of the localized page that documents {@code name}; or, when a
   * translated heading hides the names, of the page's only enum; or {@code null}.
   */
  private static @Nullable MemberTable tableOf(Page page, String name) {
    for (Page.Section section : page.sections()) {
      MemberTable table = section.table();
      if (name.equals(section.name()) && table != null) {
        return table;
      }
    }
    Page.Section unnamed = page.soleUnnamedSection();
    return unnamed == null ? null : unnamed.table();
  }

  /**
   * Whether the localized table is the English one with some names translated: the same number of
   * rows, and each row either has the English row's name or a name the English table lacks where
   * the English name is absent from the localized table. Machine translation does this ({@code
   * nenhuma} for {@code none}); a table of other members does not look like it.
   */
  private static boolean namesTranslated(List<String> english, List<String> localized) {
    if (english.size() != localized.size() || english.equals(localized)) {
      return false;
    }
    Set<String> englishNames = new HashSet<>(english);
    Set<String> localizedNames = new HashSet<>(localized);
    for (int i = 0; i < english.size(); i++) {
      boolean same = english.get(i).equals(localized.get(i));
      if (!same
          && (englishNames.contains(localized.get(i)) || localizedNames.contains(english.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> without(List<String> names, List<String> removed) {
    Set<String> gone = new HashSet<>(removed);
    return names.stream().filter(n -> !gone.contains(n)).distinct().toList();
  }

  /**
   * Names for a message: at most {@link #MAX_LISTED}, with the count of the rest; "no member" for
   * none (many enums have a member named {@code none}).
   */
  private static String listed(List<String> names) {
    if (names.isEmpty()) {
      return "no member";
    }
    String shown = String.join(", ", names.subList(0, Math.min(MAX_LISTED, names.size())));
    return names.size() > MAX_LISTED
        ? shown + " (and " + (names.size() - MAX_LISTED) + " more)"
        : shown;
  }
}
