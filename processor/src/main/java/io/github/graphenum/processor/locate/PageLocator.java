package io.github.graphenum.processor.locate;

import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.naming.ClosestNames;
import io.github.graphenum.processor.spec.Options;
import io.github.graphenum.processor.spec.SourceLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds a spec's doc page under the docs roots. The roots from the processor option are resolved
 * once per compilation; the spec's own folder comes last, per spec.
 */
public final class PageLocator {
  /** The most entries of a folder compared with a missing page's name. */
  private static final int MAX_COMPARED_ENTRIES = 10_000;

  private final List<Path> roots;

  /**
   * @param roots the docs roots of the {@code graphenum.docs} option, absolute and normalized
   */
  public PageLocator(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** The page file for {@code doc}, looked up in each root and then in the spec's folder. */
  public Outcome<Path> locate(String doc, SourceLines.SpecFolder specFolder) {
    return locate(doc, specFolder, Files::isRegularFile, Message.DOC_NOT_FOUND);
  }

  /** The folder {@code folder}, looked up like a page. */
  public Outcome<Path> locateFolder(String folder, SourceLines.SpecFolder specFolder) {
    return locate(folder, specFolder, Files::isDirectory, Message.FOLDER_NOT_FOUND);
  }

  /**
   * The page file for {@code doc} under the roots alone, with the same safety as {@link #locate}
   * (nothing outside a root), or empty: for a localized docs root, where a missing page is no
   * error.
   */
  public Optional<Path> find(String doc) {
    for (Path root : roots) {
      Path candidate = inside(root, doc);
      if (candidate != null && Files.isRegularFile(candidate) && staysInside(root, candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** {@code doc} resolved against {@code root}, or {@code null} when that leads outside it. */
  private static @Nullable Path inside(Path root, String doc) {
    try {
      Path candidate = root.resolve(doc).normalize();
      return candidate.startsWith(root) ? candidate : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private Outcome<Path> locate(
      String doc, SourceLines.SpecFolder specFolder, Predicate<Path> exists, Message notFound) {
    List<Path> searched = new ArrayList<>(roots);
    if (specFolder.path() != null) {
      searched.add(specFolder.path().toAbsolutePath().normalize());
    }
    // Why fewer places were searched than the user may expect: said in the message, never silent.
    String unsearched =
        (roots.isEmpty() ? "; -A" + Options.DOCS + " is not set (the docs roots)" : "")
            + (specFolder.path() == null
                ? "; the spec's own folder could not be searched: " + specFolder.whyUnknown()
                : "");
    if (searched.isEmpty()) {
      return Outcome.failed(notFound.at(doc, "nowhere" + unsearched));
    }
    List<Path> tried = new ArrayList<>();
    for (Path root : searched) {
      Path candidate = inside(root, doc);
      if (candidate == null) {
        continue;
      }
      if (exists.test(candidate)) {
        if (!staysInside(root, candidate)) {
          continue;
        }
        return Outcome.ok(candidate);
      }
      tried.add(candidate);
    }
    if (tried.isEmpty()) {
      String hint =
          doc.startsWith("/") || doc.startsWith("\\")
              ? "; doc is relative to a docs root: drop the leading /"
              : "";
      return Outcome.failed(Message.DOC_OUTSIDE_ROOTS.at(doc, joined(searched) + hint));
    }
    return Outcome.failed(notFound.at(doc, joined(tried) + unsearched + likelyMeant(doc, tried)));
  }

  /**
   * What a missing {@code doc} likely means: a path written with backslashes, or the files of the
   * same folder whose names are closest to the one asked for (a typo, a case, a plural).
   */
  private static String likelyMeant(String doc, List<Path> tried) {
    if (doc.contains("\\")) {
      return "; doc separates folders with /, not \\";
    }
    for (Path candidate : tried) {
      Path folder = candidate.getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        continue;
      }
      List<String> names;
      try (Stream<Path> entries = Files.list(folder)) {
        names =
            entries
                .limit(MAX_COMPARED_ENTRIES)
                .map(entry -> entry.getFileName().toString())
                .toList();
      } catch (IOException | UncheckedIOException e) {
        continue;
      }
      String wanted = candidate.getFileName().toString();
      List<String> close = ClosestNames.typosOf(wanted, names, 3);
      if (!close.isEmpty()) {
        return "; in " + folder + " the closest are " + String.join(", ", close);
      }
    }
    return "";
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(", "));
  }

  /** A symbolic link inside a root may still point outside it; follow links before trusting. */
  private static boolean staysInside(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
