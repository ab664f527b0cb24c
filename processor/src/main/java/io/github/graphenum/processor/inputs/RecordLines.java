package io.github.graphenum.processor.inputs;

import io.github.graphenum.processor.spec.SpecReader;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/**
 * The grammar of each line of an {@link InputsRecord}, its fields unescaped ({@link RecordFields}):
 * what each keyword takes, and what each value must be. A record names class files only below the
 * class output; anything else is refused here, before the refresh goal could act on it.
 */
final class RecordLines {
  private RecordLines() {}

  /** One line of a record, read. */
  sealed interface Line permits Version, ClassOutput, Spec, Generated, InputLine {}

  /** {@code version 2}: the format's version. */
  record Version(String version) implements Line {}

  /** {@code classes /abs/target/classes}: the class output the record was written for. */
  record ClassOutput(String path) implements Line {}

  /**
   * {@code spec com.example.ColorSpec com/example/ColorSpec.class}: the spec, and its source file's
   * class file.
   */
  record Spec(String name, String classFile) implements Line {}

  /** {@code generated com/example/Color.class}: a class file generated from the spec. */
  record Generated(String classFile) implements Line {}

  /**
   * An input: {@code options}, {@code absent}, {@code folder}, {@code metadata} or {@code page}.
   */
  record InputLine(InputsRecord.Input input) implements Line {}

  /**
   * Reads one line, from its unescaped fields.
   *
   * @throws IllegalArgumentException if the line is none of a record's
   */
  static Line read(List<String> fields) {
    String keyword = fields.get(0);
    List<String> values = fields.subList(1, fields.size());
    switch (keyword) {
      case "version" -> {
        count(values, 1, keyword);
        return new Version(values.get(0));
      }
      case "classes" -> {
        count(values, 1, keyword);
        if (!isAbsolute(values.get(0))) {
          throw new IllegalArgumentException("the class output is not an absolute path");
        }
        return new ClassOutput(values.get(0));
      }
      case "spec" -> {
        count(values, 2, keyword);
        if (values.get(0).isEmpty()) {
          throw new IllegalArgumentException("no spec name");
        }
        return new Spec(values.get(0), classFile(values.get(1)));
      }
      case "generated" -> {
        count(values, 1, keyword);
        return new Generated(classFile(values.get(0)));
      }
      case "options" -> {
        count(values, 1, keyword);
        return new InputLine(
            new InputsRecord.Input(InputsRecord.Kind.OPTIONS, hash(values.get(0)), null));
      }
      case "absent" -> {
        count(values, 1, keyword);
        return new InputLine(
            new InputsRecord.Input(InputsRecord.Kind.ABSENT, null, path(values.get(0))));
      }
      case "metadata", "page" -> {
        count(values, 2, keyword);
        InputsRecord.Kind kind = InputsRecord.Kind.valueOf(keyword.toUpperCase(Locale.ROOT));
        return new InputLine(
            new InputsRecord.Input(kind, hash(values.get(0)), path(values.get(1))));
      }
      case "folder" -> {
        if (values.size() < 2 || values.size() % 2 != 0) {
          throw new IllegalArgumentException(
              "a folder line is a hash, a path, and pairs of include or exclude and a glob");
        }
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        for (int i = 2; i < values.size(); i += 2) {
          String glob = glob(values.get(i + 1));
          switch (values.get(i)) {
            case "include" -> include.add(glob);
            case "exclude" -> exclude.add(glob);
            default ->
                throw new IllegalArgumentException(
                    "'" + excerpt(values.get(i)) + "' is neither include nor exclude");
          }
        }
        return new InputLine(
            new InputsRecord.Input(
                InputsRecord.Kind.FOLDER,
                hash(values.get(0)),
                path(values.get(1)),
                include,
                exclude));
      }
      default -> throw new IllegalArgumentException("not a line of a graphenum inputs record");
    }
  }

  private static void count(List<String> values, int expected, String keyword) {
    if (values.size() != expected) {
      throw new IllegalArgumentException(
          "a "
              + keyword
              + " line has "
              + expected
              + (expected == 1 ? " field" : " fields")
              + " after its keyword, not "
              + values.size());
    }
  }

  private static boolean isAbsolute(String path) {
    try {
      return Path.of(path).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * {@code path} if it is a class file below the class output: a relative path of {@code
   * /}-separated names, none empty, {@code .} or {@code ..}, ending in {@code .class}.
   */
  private static String classFile(String path) {
    boolean relativeNames =
        !path.isEmpty()
            && path.endsWith(".class")
            && !path.endsWith("/.class")
            && path.indexOf('\\') < 0
            && path.indexOf(':') < 0
            && List.of(path.split("/", -1)).stream()
                .noneMatch(name -> name.isEmpty() || name.equals(".") || name.equals(".."));
    if (!relativeNames) {
      throw new IllegalArgumentException(
          "'"
              + excerpt(path)
              + "' is not a class file below the class output (a relative path of names joined by"
              + " /, ending in .class)");
    }
    return path;
  }

  private static String hash(String hash) {
    if (!hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("'" + excerpt(hash) + "' is not a SHA-256 in hex");
    }
    return hash;
  }

  private static String path(String path) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("an empty path");
    }
    if (!isPath(path)) {
      throw new IllegalArgumentException("'" + excerpt(path) + "' is no path on this system");
    }
    return path;
  }

  /** Whether this system's file system takes {@code text} as a path. */
  private static boolean isPath(String text) {
    try {
      return Path.of(text) != null;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String glob(String glob) {
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return glob;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("'" + excerpt(glob) + "' is not a glob pattern");
    }
  }

  /**
   * At most 100 characters of {@code text}, for a one-line message: control characters as {@code
   * \}{@code uXXXX}.
   */
  static String excerpt(String text) {
    StringBuilder excerpt = new StringBuilder();
    for (int i = 0; i < Math.min(text.length(), 100); i++) {
      char c = text.charAt(i);
      excerpt.append(
          SpecReader.controlCharacterIndex(String.valueOf(c)) == 0
              ? String.format("\\u%04x", (int) c)
              : String.valueOf(c));
    }
    return text.length() <= 100 ? excerpt.toString() : excerpt + "...";
  }
}
