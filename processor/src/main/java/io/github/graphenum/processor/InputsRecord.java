package io.github.graphenum.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the classes generated for one spec were made from: the pages (with a hash of their
 * content), the places a page was looked for and not found, the folders, the service metadata,
 * and the options. The processor writes one per spec beside the classes, under {@value
 * #DIRECTORY}, and graphenum-maven-plugin's {@code refresh} goal reads them before the next
 * compilation: javac knows nothing of doc pages, so without this record no build tool sees a
 * reason to run the processor again when only a page changed.
 *
 * <p>The record is text, one entry a line, in this order:
 *
 * <pre>
 * spec com.example.ColorSpec com/example/ColorSpec.class
 * generated com/example/Color.class
 * options 5d41402abc4b2a76...
 * absent ../../other-docs/api-reference/v1.0/resources/color.md
 * folder 9a0b1c... ../../docs/api-reference/beta/resources
 * metadata 77e1f0... ../../metadata/v1.0.csdl.xml
 * page 2cf24dba... ../../docs/api-reference/v1.0/resources/color.md
 * </pre>
 *
 * <p>{@code spec} names the spec and the class file the compiler makes of its source file (a
 * build tool recompiles a source whose class file is missing); {@code generated} the class files
 * made from it. Hashes are SHA-256, in hex. Paths are relative to the class output directory, with
 * {@code /}, so that a record does not depend on where the project is checked out; absolute where
 * no relative path exists.
 *
 * @param spec the spec's qualified name (a package's name and {@code .package-info} for a package)
 * @param specClassFile the class file of the spec's source file, relative to the class output
 * @param generatedClassFiles the class files of the generated types, relative to the class output
 * @param inputs what the generated code was read from, in the order above
 */
public record InputsRecord(String spec, String specClassFile, List<String> generatedClassFiles, List<Input> inputs) {

  /** Where the records are, relative to the class output directory. */
  public static final String DIRECTORY = "META-INF/graphenum/inputs/";

  /** What an input line says, in the order of the lines. */
  public enum Kind {
    /** The graphenum options, as a hash; no path. */
    OPTIONS,
    /** A page was looked for here and not found; no hash. */
    ABSENT,
    /** A {@code @GraphEnums} folder: the hash covers its files' paths and contents. */
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
   * One input.
   *
   * @param kind what it is
   * @param hash its hash, or {@code null} for {@link Kind#ABSENT}
   * @param path its path as recorded, or {@code null} for {@link Kind#OPTIONS}
   */
  public record Input(Kind kind, String hash, String path) {}

  /**
   * Something that differs from the record.
   *
   * @param kind what it is
   * @param what what happened to it: {@code changed}, {@code removed} or {@code appeared}
   * @param file the file or folder, or {@code null} for the options
   */
  public record Change(Kind kind, String what, Path file) {

    /**
     * The change as a build log says it, with paths relative to {@code projectDirectory}:
     * {@code docs/color.md changed}, {@code pages under docs/resources changed}.
     */
    public String describe(Path projectDirectory) {
      if (file == null) {
        return "the graphenum options " + what;
      }
      String path = relative(file, projectDirectory);
      return kind == Kind.FOLDER && what.equals("changed") ? "pages under " + path + " changed" : path + " " + what;
    }
  }

  public InputsRecord {
    generatedClassFiles = List.copyOf(generatedClassFiles);
    inputs = inputs.stream().sorted(Comparator.comparing(Input::kind).thenComparing(i -> i.path() == null ? "" : i.path())).toList();
  }

  /** The record as text. */
  public String format() {
    StringBuilder text = new StringBuilder();
    text.append("# graphenum: what ").append(spec).append(" was generated from; read by graphenum-maven-plugin's refresh goal\n");
    text.append("spec ").append(spec).append(' ').append(specClassFile).append('\n');
    generatedClassFiles.stream().sorted().forEach(file -> text.append("generated ").append(file).append('\n'));
    for (Input input : inputs) {
      text.append(input.kind().keyword());
      if (input.hash() != null) {
        text.append(' ').append(input.hash());
      }
      if (input.path() != null) {
        text.append(' ').append(input.path());
      }
      text.append('\n');
    }
    return text.toString();
  }

  /**
   * Reads a record written by {@link #format()}.
   *
   * @throws IllegalArgumentException if the text is not such a record
   */
  public static InputsRecord parse(String text) {
    String spec = null;
    String specClassFile = null;
    List<String> generated = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split(" ", 2);
      String rest = words.length > 1 ? words[1] : "";
      switch (words[0]) {
        case "spec" -> {
          String[] parts = rest.split(" ", 2);
          spec = parts[0];
          specClassFile = parts.length > 1 ? parts[1] : null;
        }
        case "generated" -> generated.add(rest);
        case "options" -> inputs.add(new Input(Kind.OPTIONS, rest, null));
        case "absent" -> inputs.add(new Input(Kind.ABSENT, null, rest));
        case "folder", "metadata", "page" -> {
          String[] parts = rest.split(" ", 2);
          if (parts.length < 2) {
            throw new IllegalArgumentException("no path in: " + line);
          }
          inputs.add(new Input(Kind.valueOf(words[0].toUpperCase(Locale.ROOT)), parts[0], parts[1]));
        }
        default -> throw new IllegalArgumentException("not a line of a graphenum inputs record: " + line);
      }
    }
    if (spec == null || specClassFile == null) {
      throw new IllegalArgumentException("no spec line");
    }
    return new InputsRecord(spec, specClassFile, generated, inputs);
  }

  /**
   * What differs now from the record: pages and metadata whose content changed or that were
   * removed, pages that appeared where none was, folders whose files changed, and the options.
   *
   * @param classOutput the class output directory, against which relative paths are resolved
   * @param options the graphenum options the next compilation gets ({@code -A} keys and values),
   *     or {@code null} when they are not known: the options are then not compared
   * @return the differences; empty when the generated code is current
   */
  public List<Change> changes(Path classOutput, Map<String, String> options) {
    List<Change> changes = new ArrayList<>();
    for (Input input : inputs) {
      Path file = input.path() == null ? null : resolve(input.path(), classOutput);
      switch (input.kind()) {
        case OPTIONS -> {
          if (options != null && !input.hash().equals(optionsHash(options, classOutput))) {
            changes.add(new Change(Kind.OPTIONS, "changed", null));
          }
        }
        case ABSENT -> {
          if (Files.exists(file)) {
            changes.add(new Change(Kind.ABSENT, "appeared", file));
          }
        }
        case FOLDER -> compare(input, file, Files.isDirectory(file), () -> folderHash(file), changes);
        case METADATA, PAGE -> compare(input, file, Files.isRegularFile(file), () -> contentHash(file), changes);
      }
    }
    return changes;
  }

  private interface Hash {
    String compute() throws IOException;
  }

  private static void compare(Input input, Path file, boolean exists, Hash now, List<Change> changes) {
    if (!exists) {
      changes.add(new Change(input.kind(), "removed", file));
      return;
    }
    try {
      if (!input.hash().equals(now.compute())) {
        changes.add(new Change(input.kind(), "changed", file));
      }
    } catch (IOException unreadable) {
      changes.add(new Change(input.kind(), "changed", file));
    }
  }

  /** The SHA-256 of a file's content, in hex. */
  public static String contentHash(Path file) throws IOException {
    return contentHash(Files.readAllBytes(file));
  }

  /** The SHA-256 of {@code bytes}, in hex: {@link #contentHash(Path)} of a file holding them. */
  static String contentHash(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** A file's {@link #contentHash}, from wherever the caller knows it. */
  @FunctionalInterface
  interface ContentHashes {
    /** The content hash of {@code file}. */
    String of(Path file) throws IOException;
  }

  /**
   * The SHA-256 of a folder: of each regular file below it, in the order of their paths, the path
   * relative to the folder and the {@link #contentHash}. A page added, removed, renamed or edited
   * changes it.
   */
  public static String folderHash(Path folder) throws IOException {
    return folderHash(folder, filesOf(folder), InputsRecord::contentHash);
  }

  /** The regular files below {@code folder}, in the order of their paths: what its hash covers. */
  static List<Path> filesOf(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * {@link #folderHash(Path)} of {@code files} (as {@link #filesOf} listed them), with each file's
   * content hash from {@code hashes}.
   */
  static String folderHash(Path folder, List<Path> files, ContentHashes hashes) throws IOException {
    MessageDigest digest = sha256();
    for (Path file : files) {
      String relative = folder.relativize(file).toString().replace('\\', '/');
      digest.update((relative + "\0" + hashes.of(file) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The SHA-256 of what the options tell the processor about what to generate (docs roots, Jackson,
   * Gson, metadata files, strictness, translation roots), paths relative to {@code classOutput} as
   * in the record.
   *
   * @param options the {@code -A} options, keys and values
   * @param classOutput the class output directory, or {@code null} to hash absolute paths
   */
  public static String optionsHash(Map<String, String> options, Path classOutput) {
    Options read = Options.read(options);
    String text =
        "docs=" + paths(read.docsRoots(), classOutput)
            + "\njackson=" + read.jackson()
            + "\nmetadata=" + paths(read.metadataFiles(), classOutput)
            + "\nstrict=" + read.strictMetadata()
            + "\ngson=" + read.gson()
            + "\ntranslations=" + read.translationRoots().entrySet().stream()
                .map(e -> e.getKey() + "=" + paths(List.of(e.getValue()), classOutput))
                .toList()
            + "\n";
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String paths(List<Path> paths, Path classOutput) {
    return paths.stream().map(p -> relative(p.toAbsolutePath().normalize(), classOutput)).collect(Collectors.joining(","));
  }

  /** {@code file} as a record names it: relative to {@code directory} where it can be. */
  static String relative(Path file, Path directory) {
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
   * A path as a record names it, as a file.
   *
   * @param path the path, relative to {@code classOutput} or absolute
   * @param classOutput the class output directory the record is in
   */
  public static Path resolve(String path, Path classOutput) {
    Path recorded = Path.of(path);
    return recorded.isAbsolute() || classOutput == null ? recorded : classOutput.resolve(recorded).normalize();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
