package io.github.graphenum.processor.inputs;

import io.github.graphenum.processor.locate.FolderPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the classes generated for one spec were made from: the pages (with a hash of their content),
 * the places a page was looked for and not found, the folders, the service metadata, and the
 * options. The processor writes one per spec, and graphenum-maven-plugin's {@code refresh} goal
 * reads them before the next compilation: javac knows nothing of doc pages, so without this record
 * no build tool sees a reason to run the processor again when only a page changed.
 *
 * <p><b>Where.</b> Beside the class output, never in it ({@link #directoryFor}: {@code
 * target/graphenum-inputs/classes/} for {@code target/classes}): a record in the class output would
 * ship in the user's jar, and would arrive in another project's class output with that jar's
 * classes (maven-dependency-plugin's {@code unpack-dependencies}), where the refresh goal would
 * take it for one of that project's own. And each record names the class output it was written for
 * (the build that wrote it): the goal ignores any other.
 *
 * <p><b>Format.</b> UTF-8 text, whatever javac's {@code -encoding}, one entry a line, every field
 * escaped ({@link RecordFields}: a space, a line break or a backslash in a path cannot end its
 * field or its line), in this order:
 *
 * <pre>
 * # what com.example.ColorSpec was generated from, for graphenum-maven-plugin's refresh goal
 * version 2
 * classes /home/me/project/target/classes
 * spec com.example.ColorSpec com/example/ColorSpec.class
 * generated com/example/Color.class
 * options 5d41402abc4b2a76...
 * absent ../../other-docs/api-reference/v1.0/resources/color.md
 * folder 9a0b1c... ../../docs/api-reference/beta/resources include **.md exclude drafts/**
 * metadata 77e1f0... ../../metadata/v1.0.csdl.xml
 * page 2cf24dba... ../../docs/api-reference/v1.0/resources/color.md
 * </pre>
 *
 * <p>{@code classes} is the class output directory the record was written for, absolute. {@code
 * spec} names the spec and the class file the compiler makes of its source file (a build tool
 * recompiles a source whose class file is missing); {@code generated} the class files made from it.
 * Both are relative paths below the class output, ending in {@code .class}: a record naming
 * anything else is refused. Hashes are SHA-256, in hex. Input paths are relative to the class
 * output directory, with {@code /}, so that they do not depend on where the project is checked out;
 * absolute where no relative path exists. A folder's line carries the globs that choose its pages
 * ({@link FolderPages}): its hash covers those pages and no other file.
 *
 * @param classOutput the class output directory the record was written for, absolute
 * @param spec the spec's qualified name (a package's name and {@code .package-info} for a package)
 * @param specClassFile the class file of the spec's source file, relative to the class output
 * @param generatedClassFiles the class files of the generated types, relative to the class output
 * @param inputs what the generated code was read from, in the order above
 */
public record InputsRecord(
    String classOutput,
    String spec,
    String specClassFile,
    List<String> generatedClassFiles,
    List<Input> inputs) {

  /** The version of the format, on the record's {@code version} line. */
  public static final int VERSION = 2;

  /** The folder of records, beside the class output directory: see {@link #directoryFor}. */
  public static final String DIRECTORY_NAME = "graphenum-inputs";

  /**
   * Where graphenum 0.1 wrote records, in the class output (and so in jars): never read any more,
   * from there or from a dependency's unpacked jar.
   */
  public static final String OLD_DIRECTORY = "META-INF/graphenum/inputs/";

  /** The longest record file name kept readable, in UTF-8 bytes; longer names are hashed. */
  private static final int MAX_READABLE_NAME_BYTES = 150;

  /**
   * The largest record read: a spec's is a few hundred bytes, a {@code @GraphEnums} folder's of its
   * most enums (5,000, each with a set type: 10,000 {@code generated} lines of under 100 bytes)
   * under 1 MB; a larger file is no record, and is not read whole.
   */
  public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

  /** What an input line says, in the order of the lines. */
  public enum Kind {
    /** The graphenum options, as a hash; no path. */
    OPTIONS,
    /** A page was looked for here and not found; no hash. */
    ABSENT,
    /** A {@code @GraphEnums} folder: the hash covers its pages' paths and contents. */
    FOLDER,
    /** A service metadata file. */
    METADATA,
    /** A doc page. */
    PAGE;

    String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One input. Its kind says which of {@code hash} and {@code path} it has: a hash or a path
   * missing where the kind has one, or present where it has none, is an {@code
   * IllegalArgumentException}.
   *
   * @param kind what it is
   * @param hash its hash, or {@code null} for {@link Kind#ABSENT}
   * @param path its path as recorded, or {@code null} for {@link Kind#OPTIONS}
   * @param include for a {@link Kind#FOLDER}, the globs of its pages; empty otherwise
   * @param exclude for a {@link Kind#FOLDER}, the globs of files that are not pages; empty
   *     otherwise
   */
  public record Input(
      Kind kind,
      @Nullable String hash,
      @Nullable String path,
      List<String> include,
      List<String> exclude) {
    public Input {
      if ((hash == null) != (kind == Kind.ABSENT)) {
        throw new IllegalArgumentException(
            "an input '" + kind.keyword() + "' " + (hash == null ? "without" : "with") + " a hash");
      }
      if ((path == null) != (kind == Kind.OPTIONS)) {
        throw new IllegalArgumentException(
            "an input '" + kind.keyword() + "' " + (path == null ? "without" : "with") + " a path");
      }
      include = List.copyOf(include);
      exclude = List.copyOf(exclude);
    }

    /** An input that is no folder. */
    public Input(Kind kind, @Nullable String hash, @Nullable String path) {
      this(kind, hash, path, List.of(), List.of());
    }
  }

  /**
   * Something that differs from the record.
   *
   * @param kind what it is
   * @param what what happened to it: {@code changed}, {@code removed} or {@code appeared}
   * @param file the file or folder, or {@code null} for the options
   */
  public record Change(Kind kind, String what, @Nullable Path file) {

    /**
     * The change as a build log says it, with paths relative to {@code projectDirectory}: {@code
     * docs/color.md changed}, {@code pages under docs/resources changed}.
     */
    public String describe(Path projectDirectory) {
      if (file == null) {
        return "the graphenum options " + what;
      }
      String path = relative(file, projectDirectory);
      return kind == Kind.FOLDER && what.equals("changed")
          ? "pages under " + path + " changed"
          : path + " " + what;
    }
  }

  /**
   * What a record that cannot be read whole still tells: whose it is and what it made, from the
   * lines that can be read. Any part may be {@code null} (the list empty) when no line tells it.
   *
   * @param classOutput the class output it was written for
   * @param spec the spec
   * @param specClassFile the class file of the spec's source file
   * @param generatedClassFiles the generated class files its readable lines name
   */
  public record Remains(
      @Nullable String classOutput,
      @Nullable String spec,
      @Nullable String specClassFile,
      List<String> generatedClassFiles) {

    /** Whether it names {@code directory} as its class output; false when no line names one. */
    public boolean isFor(Path directory) {
      return classOutput != null && InputChanges.sameDirectory(classOutput, directory);
    }
  }

  public InputsRecord {
    generatedClassFiles = List.copyOf(generatedClassFiles);
    inputs =
        inputs.stream()
            .sorted(
                Comparator.comparing(Input::kind)
                    .thenComparing(i -> i.path() == null ? "" : i.path()))
            .toList();
  }

  /**
   * The folder of the records of {@code classOutput}: {@value #DIRECTORY_NAME} beside it, then the
   * class output's own name ({@code target/graphenum-inputs/classes} for {@code target/classes},
   * {@code target/graphenum-inputs/test-classes} for {@code target/test-classes}).
   *
   * @throws IllegalArgumentException if the class output has no parent folder (a root)
   */
  public static Path directoryFor(Path classOutput) {
    Path absolute = classOutput.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Path name = absolute.getFileName();
    if (parent == null || name == null) {
      throw new IllegalArgumentException(
          "the class output "
              + classOutput
              + " is a root: there is no folder beside it for the records");
    }
    return parent.resolve(DIRECTORY_NAME).resolve(name.toString());
  }

  /**
   * The file name of the record of {@code spec}: its qualified name and {@code .txt}, or, for a
   * name of more than {@value #MAX_READABLE_NAME_BYTES} bytes (file names are limited to 255 bytes
   * on most file systems), its first 40 characters, {@code ~} and a hash of the whole name. Java
   * names hold no {@code ~}: the two forms never meet.
   */
  public static String fileName(String spec) {
    if (spec.getBytes(StandardCharsets.UTF_8).length <= MAX_READABLE_NAME_BYTES) {
      return spec + ".txt";
    }
    int end = Character.isHighSurrogate(spec.charAt(39)) ? 39 : 40;
    return spec.substring(0, end)
        + "~"
        + InputHashes.contentHash(spec.getBytes(StandardCharsets.UTF_8)).substring(0, 32)
        + ".txt";
  }

  /** Whether this record was written for {@code directory}, the class output the goal looks at. */
  public boolean isFor(Path directory) {
    return InputChanges.sameDirectory(classOutput, directory);
  }

  /** The record as text. */
  public String format() {
    StringBuilder text = new StringBuilder();
    text.append("# what ")
        .append(RecordFields.escaped(spec))
        .append(" was generated from, for graphenum-maven-plugin's refresh goal\n");
    line(text, "version", String.valueOf(VERSION));
    line(text, "classes", classOutput);
    line(text, "spec", spec, specClassFile);
    generatedClassFiles.stream().sorted().forEach(file -> line(text, "generated", file));
    for (Input input : inputs) {
      List<String> fields = new ArrayList<>(List.of(input.kind().keyword()));
      if (input.hash() != null) {
        fields.add(input.hash());
      }
      if (input.path() != null) {
        fields.add(input.path());
      }
      input.include().forEach(glob -> fields.addAll(List.of("include", glob)));
      input.exclude().forEach(glob -> fields.addAll(List.of("exclude", glob)));
      text.append(RecordFields.line(fields)).append('\n');
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String... fields) {
    text.append(RecordFields.line(List.of(fields))).append('\n');
  }

  /**
   * Reads a record written by {@link #format()}.
   *
   * @throws IllegalArgumentException if the text is not such a record, saying which line and why
   */
  public static InputsRecord parse(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    String classOutput = null;
    RecordLines.Spec spec = null;
    List<String> generated = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    boolean versioned = false;
    for (int i = 0; i < lines.size(); i++) {
      String written = lines.get(i);
      if ((written.isEmpty() && i == lines.size() - 1) || written.startsWith("#")) {
        continue; // the end of the last line, and comments
      }
      try {
        List<String> fields = RecordFields.fields(written);
        if (!versioned && !fields.equals(List.of("version", String.valueOf(VERSION)))) {
          throw new IllegalArgumentException("the first line is not 'version " + VERSION + "'");
        }
        versioned = true;
        RecordLines.Line line = RecordLines.read(fields);
        if (line instanceof RecordLines.InputLine input) {
          inputs.add(input.input());
        } else if (line instanceof RecordLines.ClassOutput output) {
          classOutput = once(classOutput, output.path(), "classes");
        } else if (line instanceof RecordLines.Spec specLine) {
          spec = once(spec, specLine, "spec");
        } else if (line instanceof RecordLines.Generated file) {
          generated.add(file.classFile());
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " (" + RecordLines.excerpt(written) + "): " + e.getMessage(), e);
      }
    }
    if (!versioned) {
      throw new IllegalArgumentException("empty: no 'version " + VERSION + "' line");
    }
    if (classOutput == null) {
      throw new IllegalArgumentException("no classes line: which build wrote it is unknown");
    }
    if (spec == null) {
      throw new IllegalArgumentException("no spec line");
    }
    return new InputsRecord(classOutput, spec.name(), spec.classFile(), generated, inputs);
  }

  /**
   * What the readable lines of a record that {@link #parse} refuses still tell, to regenerate what
   * it made.
   */
  public static Remains remains(String text) {
    String classOutput = null;
    RecordLines.Spec spec = null;
    List<String> generated = new ArrayList<>();
    for (String written : text.split("\n", -1)) {
      RecordLines.Line line;
      try {
        line = RecordLines.read(RecordFields.fields(written));
      } catch (IllegalArgumentException unreadable) {
        continue; // the next line may still tell something
      }
      if (line instanceof RecordLines.ClassOutput output && classOutput == null) {
        classOutput = output.path();
      } else if (line instanceof RecordLines.Spec specLine && spec == null) {
        spec = specLine;
      } else if (line instanceof RecordLines.Generated file) {
        generated.add(file.classFile());
      }
    }
    return spec == null
        ? new Remains(classOutput, null, null, List.copyOf(generated))
        : new Remains(classOutput, spec.name(), spec.classFile(), List.copyOf(generated));
  }

  private static <T> T once(@Nullable T earlier, T value, String keyword) {
    if (earlier != null) {
      throw new IllegalArgumentException("a second " + keyword + " line");
    }
    return value;
  }

  /**
   * What differs now from the record: pages and metadata whose content changed or that were
   * removed, pages that appeared where none was, folders whose pages changed, and the options.
   *
   * @param classOutput the class output directory, against which relative paths are resolved
   * @param options the graphenum options the next compilation gets ({@code -A} keys and values), or
   *     {@code null} when they are not known: the options are then not compared
   * @return the differences; empty when the generated code is current
   */
  public List<Change> changes(Path classOutput, @Nullable Map<String, String> options) {
    return InputChanges.between(this, classOutput, options);
  }

  /** {@code file} as a record names it: relative to {@code directory} where it can be. */
  static String relative(Path file, @Nullable Path directory) {
    if (directory != null) {
      try {
        return directory.relativize(file).toString().replace('\\', '/');
      } catch (IllegalArgumentException otherRoot) {
        // another drive: the absolute path below
      }
    }
    return file.toString();
  }

  /**
   * An input's path as a record names it, as a file.
   *
   * @param path the path, relative to {@code classOutput} or absolute
   * @param classOutput the class output directory the record is for, or {@code null} when unknown:
   *     a relative path is then taken as it is
   */
  public static Path resolve(String path, @Nullable Path classOutput) {
    Path recorded = Path.of(path);
    return recorded.isAbsolute() || classOutput == null
        ? recorded
        : classOutput.resolve(recorded).normalize();
  }
}
