package io.github.graphenum.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds a spec's doc page under the docs roots. The roots from the processor option are resolved
 * once per compilation; the spec's own folder comes last, per spec.
 */
final class PageLocator {
  private final List<Path> roots;

  /** @param roots the docs roots of the {@code graphenum.docs} option, absolute and normalized */
  PageLocator(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * The page file for {@code doc}, looked up in each root and then in {@code specFolder}.
   *
   * @param specFolder the folder of the spec's source file, or {@code null} when unknown
   */
  Outcome<Path> locate(String doc, Path specFolder) {
    return locate(doc, specFolder, Files::isRegularFile, Message.DOC_NOT_FOUND);
  }

  /** The folder {@code folder}, looked up like a page. */
  Outcome<Path> locateFolder(String folder, Path specFolder) {
    return locate(folder, specFolder, Files::isDirectory, Message.FOLDER_NOT_FOUND);
  }

  private Outcome<Path> locate(String doc, Path specFolder, Predicate<Path> exists, Message notFound) {
    List<Path> searched = new ArrayList<>(roots);
    if (specFolder != null) {
      searched.add(specFolder.toAbsolutePath().normalize());
    }
    if (searched.isEmpty()) {
      return Outcome.failed(notFound.at(doc, "no docs root; set -Agraphenum.docs"));
    }
    List<Path> tried = new ArrayList<>();
    for (Path root : searched) {
      Path candidate;
      try {
        candidate = root.resolve(doc).normalize();
      } catch (InvalidPathException e) {
        continue;
      }
      if (!candidate.startsWith(root)) {
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
      return Outcome.failed(Message.DOC_OUTSIDE_ROOTS.at(doc, joined(searched)));
    }
    return Outcome.failed(notFound.at(doc, joined(tried)));
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
