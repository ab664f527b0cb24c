package io.github.graphenum.processor.folder;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.locate.FolderPages;
import io.github.graphenum.processor.locate.PageFile;
import io.github.graphenum.processor.model.PageFaults;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.spec.FolderSpec;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds every enum a folder of doc pages documents, for {@code @GraphEnums}, and decides which page
 * documents each one: the "locate page" and "read page" stages for a whole folder.
 *
 * <p>An enum documented twice with the same table is one enum. With different tables: the page of
 * its own wins over a section of another, multi-enum page, with a warning naming both places; a
 * page that differs from itself, and any other disagreement, leave the enum out, with a warning. A
 * place without a table does not count while another has one. Never two classes, never a silent
 * choice.
 *
 * <p>Only files that really are inside the folder are read: a symbolic link that leads out of it is
 * skipped with a warning. Enums are one when they land in one package under one name: a page
 * without a namespace and one of {@code microsoft.graph} document one enum, and namespaces compare
 * ignoring case.
 */
public final class FolderScan {
  /**
   * The most enums one {@code @GraphEnums} generates. Each is a class for javac to compile (about
   * 2.5 ms each) and an entry of the index; the largest folder of the corpus (beta resources of
   * 2023, in {@code pt-BR-mt/}) generates 815.
   */
  public static final int MAX_ENUMS_PER_FOLDER = 5_000;

  /**
   * What the folder gives.
   *
   * @param chosen each enum to generate: the page to read it from and its name, in page order; none
   *     when the folder is refused
   * @param warnings why pages and enums were left out, and the error that refuses the whole folder
   *     (more than {@link #MAX_ENUMS_PER_FOLDER} enums)
   * @param skipped the enums left out, by Graph name, with the reason, for the index's Javadoc
   * @param pages the folder's pages ({@link FolderPages}), in the order of their paths, as the scan
   *     listed them before reading any (what the record of build inputs hashes)
   */
  record Result(
      List<Chosen> chosen,
      List<Diagnostic> warnings,
      Map<String, String> skipped,
      List<Path> pages) {
    /**
     * Whether the whole folder is refused: nothing of it is to be generated, not even the index.
     */
    boolean refused() {
      return warnings.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * One enum to generate.
   *
   * @param doc its page, relative to the docs root
   * @param name its Graph name
   * @param namespace its Graph namespace, or {@code null} when the page states none
   * @param evolvable whether its table has the sentinel {@code unknownFutureValue}: the enum then
   *     has a member type beside it
   */
  record Chosen(String doc, String name, @Nullable String namespace, boolean evolvable) {}

  /**
   * One place an enum is documented.
   *
   * @param name the enum's Graph name, as the section's heading names it
   */
  private record Place(String doc, Page page, Page.Section section, String name) {
    String where() {
      return doc + ":" + section.line();
    }

    /** Whether this place and {@code other} document the same members (or neither a table). */
    boolean sameMembersAs(Place other) {
      MemberTable table = section.table();
      MemberTable otherTable = other.section().table();
      return table == null
          ? otherTable == null
          : otherTable != null && table.sameMembersAs(otherTable);
    }
  }

  private FolderScan() {}

  /**
   * Reads every page of {@code folder} that {@code include} and {@code exclude} let through. In
   * phases: the pages to read, those inside the folder ({@code pagesInside}); the patterns that
   * matched nothing ({@code unusedPatterns}); where each enum is documented ({@code placesOf}); one
   * place per enum ({@code chooseAll}); and the folder within {@link #MAX_ENUMS_PER_FOLDER}.
   *
   * @param folder the folder on disk
   * @param relative the folder as the spec names it, relative to the docs root
   * @param readAll reads pages, all at once (so that they may be read in parallel), in order
   */
  static Result scan(
      Path folder,
      String relative,
      List<String> include,
      List<String> exclude,
      Function<List<PageFile>, List<Outcome<Page>>> readAll)
      throws IOException {
    FolderPages.Listing listing = FolderPages.list(folder, include, exclude);
    List<Diagnostic> warnings = new ArrayList<>();
    List<PageFile> toRead = pagesInside(folder, relative, listing, warnings);
    warnings.addAll(unusedPatterns(listing));
    Map<String, List<Place>> places = placesOf(toRead, readAll.apply(toRead), warnings);
    Map<String, String> skipped = new LinkedHashMap<>();
    List<Chosen> chosen = chooseAll(places, warnings, skipped);
    if (chosen.size() > MAX_ENUMS_PER_FOLDER) {
      warnings.add(Message.FOLDER_TOO_MANY_ENUMS.at(relative, chosen.size(), MAX_ENUMS_PER_FOLDER));
      return new Result(List.of(), warnings, skipped, listing.pages());
    }
    return new Result(chosen, warnings, skipped, listing.pages());
  }

  /**
   * The pages of the listing to read, named relative to the docs root: those really inside the
   * folder. A symbolic link that leads out of it is never read (it may be anything on the machine),
   * with a warning.
   */
  private static List<PageFile> pagesInside(
      Path folder, String relative, FolderPages.Listing listing, List<Diagnostic> warnings)
      throws IOException {
    String prefix = relative.isEmpty() || relative.endsWith("/") ? relative : relative + "/";
    Path realFolder = folder.toRealPath();
    List<PageFile> toRead = new ArrayList<>();
    for (Path file : listing.pages()) {
      String doc = prefix + folder.relativize(file).toString().replace('\\', '/');
      if (!file.toRealPath().startsWith(realFolder)) {
        warnings.add(Message.FOLDER_LINK_OUTSIDE.onPage(doc, 0));
        continue;
      }
      toRead.add(new PageFile(doc, file));
    }
    return toRead;
  }

  /**
   * A warning for each include that matches no file and each exclude that leaves out none: most
   * likely mistyped (or written from the docs root), said, not silent. The default include, which
   * the user may not have written, matching nothing means a folder without pages, and is said so.
   */
  private static List<Diagnostic> unusedPatterns(FolderPages.Listing listing) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (String unused : listing.unusedIncludes()) {
      warnings.add(
          unused.equals(FolderPages.DEFAULT_INCLUDE)
              ? Message.FOLDER_NO_PAGES.at()
              : Message.FOLDER_INCLUDE_UNUSED.at(unused));
    }
    for (String unused : listing.unusedExcludes()) {
      warnings.add(Message.FOLDER_EXCLUDE_UNUSED.at(unused));
    }
    return warnings;
  }

  /**
   * Every place each enum is documented, by package and name, in page order; the pages that could
   * not be read, and the tables no heading names, are warnings.
   *
   * @param pages each page of {@code files} as read, in order
   */
  private static Map<String, List<Place>> placesOf(
      List<PageFile> files, List<Outcome<Page>> pages, List<Diagnostic> warnings) {
    Map<String, List<Place>> places = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      String doc = files.get(i).doc();
      Outcome<Page> outcome = pages.get(i);
      Page page = outcome.value();
      if (page == null) {
        outcome.diagnostics().forEach(d -> warnings.add(d.skippedInFolder(null)));
        continue;
      }
      PageFaults.unusableNamespace(page).ifPresent(warnings::add);
      for (Page.Section section : page.sections()) {
        String name = section.name();
        if (name == null && section.table() == null) {
          continue; // not an enum page (a resource, a method, a concept): skipped silently
        }
        if (name == null) {
          warnings.add(Message.FOLDER_UNNAMED_TABLE.onPage(doc, section.line(), section.heading()));
          continue;
        }
        // Enums are one when they land in one package under one name: no namespace and
        // microsoft.graph are one package, and one namespace is spelled in two cases across the
        // docs (teamsAdministration and teamsadministration), as packages ignore case.
        String pkg = FolderSpec.packageFor("", page.namespace());
        places
            .computeIfAbsent(pkg + "#" + name, k -> new ArrayList<>())
            .add(new Place(doc, page, section, name));
      }
    }
    return places;
  }

  /**
   * The place to generate each enum from, in the order of {@code places}; an enum that no place
   * documents with a table, or whose places contradict each other, is skipped with a warning.
   */
  private static List<Chosen> chooseAll(
      Map<String, List<Place>> places, List<Diagnostic> warnings, Map<String, String> skipped) {
    List<Chosen> chosen = new ArrayList<>();
    for (List<Place> documented : places.values()) {
      List<Place> withTables =
          documented.stream().filter(p -> p.section().table() != null).toList();
      if (withTables.isEmpty()) {
        // No place has a table: the first says why (a table without a Member column, or none).
        Place first = documented.get(0);
        Diagnostic noTable = PageFaults.noMembersTable(first.doc(), first.name(), first.section());
        warnings.add(noTable.skippedInFolder(first.name()));
        skipped.putIfAbsent(first.name(), noTable.render());
        continue;
      }
      Place pick = choose(withTables, warnings, skipped);
      if (pick != null) {
        // One of withTables: it has a table.
        MemberTable table = Objects.requireNonNull(pick.section().table());
        chosen.add(
            new Chosen(
                pick.doc(),
                pick.name(),
                pick.page().namespace(),
                table.rows().stream()
                    .anyMatch(row -> row.member().equalsIgnoreCase(ValidatedEnum.SENTINEL))));
      }
    }
    return chosen;
  }

  /** The place to generate an enum from, or {@code null} (with a warning) when none may be. */
  private static @Nullable Place choose(
      List<Place> documented, List<Diagnostic> warnings, Map<String, String> skipped) {
    Place first = documented.get(0);
    List<Place> own = documented.stream().filter(p -> p.section().ownPage()).toList();
    Place preferred = own.isEmpty() ? first : own.get(0);
    List<Place> differing = documented.stream().filter(p -> !p.sameMembersAs(preferred)).toList();
    if (differing.isEmpty()) {
      return preferred;
    }
    String name = preferred.name();
    // A page that contradicts itself is never trusted, not even its own section.
    Place samePage =
        differing.stream().filter(p -> p.doc().equals(preferred.doc())).findFirst().orElse(null);
    Place other = samePage != null ? samePage : differing.get(0);
    boolean ownWins =
        !own.isEmpty()
            && samePage == null
            && differing.stream().noneMatch(p -> p.section().ownPage());
    Diagnostic warning;
    if (ownWins) {
      warning =
          Message.FOLDER_CONTRADICTION_OWN_PAGE.onPage(
              preferred.doc(),
              preferred.section().line(),
              name,
              preferred.where(),
              other.where(),
              preferred.doc());
    } else if (samePage != null) {
      Place earlier = preferred.section().line() < other.section().line() ? preferred : other;
      Place later = earlier.equals(preferred) ? other : preferred;
      warning = PageFaults.conflictingTables(later.doc(), name, earlier.section(), later.section());
      skipped.put(name, warning.render());
    } else {
      warning =
          Message.FOLDER_CONTRADICTION.onPage(
              first.doc(), first.section().line(), name, first.where(), other.where());
      skipped.put(name, warning.render());
    }
    warnings.add(warning.skippedInFolder(name));
    return ownWins ? preferred : null;
  }
}
