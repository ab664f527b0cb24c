package io.github.graphenum.processor.locate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages of a {@code @GraphEnums} folder: the regular files below it, in the order of their
 * paths, that one of its {@code include} globs matches and none of its {@code exclude} globs. The
 * folder's scan reads these, and the folder's record of build inputs ({@code inputs.InputsRecord})
 * hashes these and no other file: one listing for both, so that the processor and the refresh goal
 * count the same files, and a large file beside the pages is never read.
 */
public final class FolderPages {
  /** {@code @GraphEnums}' default {@code include}: every {@code .md} page. */
  public static final String DEFAULT_INCLUDE = "**.md";

  /**
   * A folder's pages.
   *
   * @param pages the pages, in the order of their paths (a symbolic link that leads out of the
   *     folder among them: the scan skips it with a warning, the hash counts its name alone)
   * @param unusedIncludes the include globs that matched no file, in their order
   * @param unusedExcludes the exclude globs that left out no file include let through
   */
  public record Listing(
      List<Path> pages, List<String> unusedIncludes, List<String> unusedExcludes) {
    public Listing {
      pages = List.copyOf(pages);
      unusedIncludes = List.copyOf(unusedIncludes);
      unusedExcludes = List.copyOf(unusedExcludes);
    }
  }

  private FolderPages() {}

  /**
   * Lists the pages of {@code folder}.
   *
   * @throws java.util.regex.PatternSyntaxException if a glob is not one (the annotation's globs are
   *     checked when it is read, a record's when it is parsed)
   */
  public static Listing list(Path folder, List<String> include, List<String> exclude)
      throws IOException {
    List<PathMatcher> includes = matchers(include);
    List<PathMatcher> excludes = matchers(exclude);
    boolean[] includeUsed = new boolean[includes.size()];
    boolean[] excludeUsed = new boolean[excludes.size()];
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a folder below that cannot be listed
    }
    List<Path> pages = new ArrayList<>();
    for (Path file : files) {
      Path inFolder = folder.relativize(file);
      if (matches(includes, inFolder, includeUsed) && !matches(excludes, inFolder, excludeUsed)) {
        pages.add(file);
      }
    }
    return new Listing(pages, unused(include, includeUsed), unused(exclude, excludeUsed));
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return matchers;
  }

  /**
   * Whether one of {@code matchers} matches {@code path}; each that does is marked in {@code used}.
   * An exclude counts as used only on a file include lets through: it is tested only then.
   */
  private static boolean matches(List<PathMatcher> matchers, Path path, boolean[] used) {
    boolean any = false;
    for (int i = 0; i < matchers.size(); i++) {
      if (matchers.get(i).matches(path)) {
        used[i] = true;
        any = true;
      }
    }
    return any;
  }

  private static List<String> unused(List<String> globs, boolean[] used) {
    List<String> unused = new ArrayList<>();
    for (int i = 0; i < globs.size(); i++) {
      if (!used[i]) {
        unused.add(globs.get(i));
      }
    }
    return unused;
  }
}
