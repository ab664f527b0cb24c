package io.github.graphenum.processor;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor options ({@code -Agraphenum.*}), read once per compilation. A value the processor
 * cannot use is a problem of the build, reported once, not once per spec.
 *
 * @param docsRoots the directories of {@code graphenum.docs}, absolute and normalized
 * @param jackson whether every generated enum is annotated for Jackson
 * @param gson whether every generated enum has a Gson adapter
 * @param metadataFiles the service metadata (CSDL) files of {@code graphenum.metadata}
 * @param strictMetadata whether differences from the metadata are errors rather than warnings
 * @param problems what is wrong with the options, in the order of {@link #KEYS}
 */
record Options(
    List<Path> docsRoots,
    boolean jackson,
    boolean gson,
    List<Path> metadataFiles,
    boolean strictMetadata,
    List<Diagnostic> problems) {

  /** The docs roots, joined by the platform's path separator. */
  static final String DOCS = "graphenum.docs";

  /** {@code true} annotates every generated enum for Jackson. */
  static final String JACKSON = "graphenum.jackson";

  /** {@code true} gives every generated enum a Gson adapter. */
  static final String GSON = "graphenum.gson";

  /** Service metadata (CSDL) files, joined by the platform's path separator. */
  static final String METADATA = "graphenum.metadata";

  /** {@code true} makes differences from the metadata errors. */
  static final String METADATA_STRICT = "graphenum.metadata.strict";

  /** Every option the processor reads. */
  static final Set<String> KEYS = Set.of(DOCS, JACKSON, GSON, METADATA, METADATA_STRICT);

  Options {
    docsRoots = List.copyOf(docsRoots);
    metadataFiles = List.copyOf(metadataFiles);
    problems = List.copyOf(problems);
  }

  /** Reads the options javac was given ({@code ProcessingEnvironment.getOptions()}). */
  static Options read(Map<String, String> options) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> docsRoots = paths(options, DOCS, problems).stream().map(p -> p.toAbsolutePath().normalize()).toList();
    boolean jackson = flag(options, JACKSON, problems);
    boolean gson = flag(options, GSON, problems);
    List<Path> metadata = paths(options, METADATA, problems);
    boolean strict = flag(options, METADATA_STRICT, problems);
    options.keySet().stream()
        .filter(key -> key.startsWith("graphenum.") && !KEYS.contains(key))
        .sorted()
        .forEach(key -> problems.add(Message.UNKNOWN_OPTION.at(key, String.join(", ", KEYS.stream().sorted().toList()))));
    return new Options(docsRoots, jackson, gson, metadata, strict, problems);
  }

  /**
   * The paths of a path-list option: split on the platform's path separator ({@code :} or
   * {@code ;}), each part stripped, empty parts skipped.
   */
  private static List<Path> paths(Map<String, String> options, String key, List<Diagnostic> problems) {
    String value = options.get(key);
    List<Path> paths = new ArrayList<>();
    if (value == null) {
      return paths;
    }
    for (String part : value.split(File.pathSeparator)) {
      if (part.isBlank()) {
        continue;
      }
      try {
        paths.add(Path.of(part.strip()));
      } catch (InvalidPathException e) {
        problems.add(Message.OPTION_NOT_A_PATH.at(key, part.strip(), e.getReason()));
      }
    }
    return paths;
  }

  /**
   * A {@code true}/{@code false} option, in any case; absent is false. Anything else ({@code yes},
   * {@code 1}, a bare {@code -Akey}) is taken as false with a warning, not silently.
   */
  private static boolean flag(Map<String, String> options, String key, List<Diagnostic> problems) {
    if (!options.containsKey(key)) {
      return false;
    }
    String value = options.get(key) == null ? "" : options.get(key).strip().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      problems.add(Message.OPTION_NOT_BOOLEAN.at(key, options.get(key) == null ? "" : options.get(key)));
      return false;
    }
    return value.equals("true");
  }
}
