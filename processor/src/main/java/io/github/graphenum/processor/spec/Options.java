package io.github.graphenum.processor.spec;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The processor options ({@code -Agraphenum.*}), read once per compilation. A value the processor
 * cannot use is a problem of the build, reported once, not once per spec.
 *
 * @param docsRoots the directories of {@code graphenum.docs}, absolute and normalized
 * @param bindings the option keys of the JSON bindings switched on, such as {@code
 *     graphenum.jackson}; the bindings belong to the render stage, above this one, so the caller of
 *     {@link #read} names their keys
 * @param metadataFiles the service metadata (CSDL) files of {@code graphenum.metadata}
 * @param strictMetadata whether differences from the metadata are errors rather than warnings
 * @param refresh whether to record, beside the classes, what each spec's enums were read from, for
 *     graphenum-maven-plugin's {@code refresh} goal
 * @param translationRoots the localized docs roots of {@code graphenum.translations}, by language
 *     tag as Java writes it ({@code pt-BR}), in the order given; empty without the option
 * @param problems what is wrong with the options: each option's in turn, then the unknown options
 */
public record Options(
    List<Path> docsRoots,
    Set<String> bindings,
    List<Path> metadataFiles,
    boolean strictMetadata,
    boolean refresh,
    Map<String, Path> translationRoots,
    List<Diagnostic> problems) {

  /** The docs roots, joined by the platform's path separator. */
  public static final String DOCS = "graphenum.docs";

  /** Service metadata (CSDL) files, joined by the platform's path separator. */
  static final String METADATA = "graphenum.metadata";

  /** {@code true} makes differences from the metadata errors. */
  static final String METADATA_STRICT = "graphenum.metadata.strict";

  /**
   * Localized docs roots, {@code tag=folder} entries joined by the platform's path separator:
   * {@code pt-BR=/docs/pt-BR:ru-RU=/docs/ru-RU}. javac takes only identifiers and dots in an
   * option's key, so the language goes into the value.
   */
  static final String TRANSLATIONS = "graphenum.translations";

  /**
   * {@code true} records what each spec's enums were read from, for graphenum-maven-plugin's {@code
   * refresh} goal. Off by default: a record is a file per spec, which only that goal reads (Gradle
   * and IDEs track the docs folder themselves), and writing a thousand of them costs a cold javac
   * about as much as all the pages' reading.
   */
  static final String REFRESH = "graphenum.refresh";

  /** The options of graphenum's own; each JSON binding adds its switch ({@link #keys}). */
  private static final Set<String> OWN_KEYS =
      Set.of(DOCS, METADATA, METADATA_STRICT, REFRESH, TRANSLATIONS);

  public Options {
    docsRoots = List.copyOf(docsRoots);
    bindings = Set.copyOf(bindings);
    metadataFiles = List.copyOf(metadataFiles);
    translationRoots = Collections.unmodifiableMap(new LinkedHashMap<>(translationRoots));
    problems = List.copyOf(problems);
  }

  /**
   * Every option the processor reads: its own and {@code bindingKeys}, the switches of the JSON
   * bindings.
   */
  public static Set<String> keys(Collection<String> bindingKeys) {
    Set<String> keys = new LinkedHashSet<>(OWN_KEYS);
    keys.addAll(bindingKeys);
    return Collections.unmodifiableSet(keys);
  }

  /**
   * Reads the options javac was given ({@code ProcessingEnvironment.getOptions()}).
   *
   * @param bindingKeys the option keys of the JSON bindings, each {@code true} or {@code false}
   */
  public static Options read(Map<String, String> options, Collection<String> bindingKeys) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> docsRoots =
        paths(options, DOCS, problems).stream().map(p -> p.toAbsolutePath().normalize()).toList();
    Set<String> bindings = new LinkedHashSet<>();
    for (String key : bindingKeys) {
      if (flag(options, key, problems)) {
        bindings.add(key);
      }
    }
    List<Path> metadata = paths(options, METADATA, problems);
    boolean strict = flag(options, METADATA_STRICT, problems);
    boolean refresh = flag(options, REFRESH, problems);
    Map<String, Path> translations = translationRoots(options.get(TRANSLATIONS), problems);
    Set<String> keys = keys(bindingKeys);
    options.keySet().stream()
        .filter(key -> key.startsWith("graphenum.") && !keys.contains(key))
        .sorted()
        .forEach(
            key ->
                problems.add(
                    Message.UNKNOWN_OPTION.at(
                        key, String.join(", ", keys.stream().sorted().toList()))));
    return new Options(docsRoots, bindings, metadata, strict, refresh, translations, problems);
  }

  /**
   * The entries of {@code graphenum.translations}: {@code tag=folder}, joined by the platform's
   * path separator. The tag must be one that Java reads back as itself ({@link
   * Locale#forLanguageTag}), with no extension: the generated code finds a translation by the
   * locale's language, script, country and variant, so an extension would name nothing, and two
   * tags that differ only in case would be one language.
   */
  private static Map<String, Path> translationRoots(
      @Nullable String value, List<Diagnostic> problems) {
    Map<String, Path> roots = new LinkedHashMap<>();
    if (value == null) {
      return roots;
    }
    for (String part : value.split(File.pathSeparator, -1)) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals <= 0 || entry.substring(equals + 1).isBlank()) {
        problems.add(Message.TRANSLATION_ENTRY_INVALID.at(entry, File.pathSeparator));
        continue;
      }
      String tag = entry.substring(0, equals).strip();
      Locale locale = Locale.forLanguageTag(tag);
      String canonical = locale.toLanguageTag();
      if (locale.hasExtensions()) {
        problems.add(
            Message.TRANSLATION_TAG_INVALID.at(tag, "resource bundles ignore its extensions"));
      } else if (locale.getLanguage().isEmpty() || !canonical.equalsIgnoreCase(tag)) {
        problems.add(
            Message.TRANSLATION_TAG_INVALID.at(tag, "Java reads it as '" + canonical + "'"));
      } else if (roots.containsKey(canonical)) {
        problems.add(Message.TRANSLATION_TAG_REPEATED.at(canonical));
      } else {
        try {
          roots.put(
              canonical, Path.of(entry.substring(equals + 1).strip()).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
          problems.add(
              Message.OPTION_NOT_A_PATH.at(
                  TRANSLATIONS, entry.substring(equals + 1).strip(), e.getReason()));
        }
      }
    }
    return roots;
  }

  /**
   * The paths of a path-list option: split on the platform's path separator ({@code :} or {@code
   * ;}), each part stripped, empty parts skipped.
   */
  private static List<Path> paths(
      Map<String, String> options, String key, List<Diagnostic> problems) {
    String value = options.get(key);
    List<Path> paths = new ArrayList<>();
    if (value == null) {
      return paths;
    }
    for (String part : value.split(File.pathSeparator, -1)) {
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
    String value =
        options.get(key) == null ? "" : options.get(key).strip().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      problems.add(
          Message.OPTION_NOT_BOOLEAN.at(key, options.get(key) == null ? "" : options.get(key)));
      return false;
    }
    return value.equals("true");
  }
}
