package io.github.graphenum.maven;

import io.github.graphenum.processor.inputs.InputsRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds, from the records of a class output directory ({@link InputsRecord#directoryFor}), the
 * specs whose enums are out of date (a page changed, appeared or disappeared, a folder's pages
 * changed, the options changed) and the class files to remove so that the compiler compiles their
 * source files again, and the processor regenerates their enums.
 *
 * <p>Removing the class file of a spec's source file is what makes maven-compiler-plugin compile
 * again (it compiles a source whose class file is missing: the whole module, with its default
 * incremental setting). The generated classes go too: with {@code useIncrementalCompilation=false}
 * the compiler compiles only that source, and javac would warn that a file for a generated type
 * already exists, an error under {@code -Werror}. The same source file may hold several specs: all
 * of them are generated again, so the classes generated from each go.
 *
 * <p>Nothing a record says is trusted to remove anything else: only {@code .class} files inside the
 * class output are removed, after resolving their folder's real path (no {@code ..}, no absolute
 * path, no symbolic link leading out); anything else a record names is a warning, and left alone. A
 * record written for another class output (another build's) is ignored. A record that cannot be
 * read is a warning, and what it made is generated again: its spec's classes when its readable
 * lines tell which spec it is of, every spec's otherwise; it is then removed, being of no further
 * use.
 */
final class StaleSpecs {
  /**
   * A spec whose enums are out of date.
   *
   * @param spec its qualified name
   * @param changes what changed, as the log says it
   */
  record Stale(String spec, List<String> changes) {}

  /**
   * What to do.
   *
   * @param stale the specs out of date, in the order of their records' names
   * @param classFiles the class files to remove, sorted: each inside the class output
   * @param damagedRecords the records that could not be read, to remove
   * @param warnings what the log warns of: damaged records, and what a record names that is not
   *     removed
   * @param notes what the log says: records that are not read (another build's, an older
   *     graphenum's), at most one line per reason
   */
  record Plan(
      List<Stale> stale,
      List<Path> classFiles,
      List<Path> damagedRecords,
      List<String> warnings,
      List<String> notes) {}

  /** A record and the file it was read from. */
  private record Read(Path file, InputsRecord record) {}

  private StaleSpecs() {}

  /**
   * Compares every record of {@code classOutput} with the files it names.
   *
   * @param options the processor options of the coming compilation, or {@code null} when unknown
   * @param projectDirectory the project's directory: the log names files relative to it
   */
  static Plan find(Path classOutput, Map<String, String> options, Path projectDirectory) {
    Path output = classOutput.toAbsolutePath().normalize();
    List<Stale> stale = new ArrayList<>();
    List<Path> damaged = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (Files.isDirectory(output.resolve(InputsRecord.OLD_DIRECTORY))) {
      notes.add(
          "graphenum: "
              + output.resolve(InputsRecord.OLD_DIRECTORY)
              + " holds records of an older graphenum, or of a dependency's jar"
              + " unpacked there; they are not read (graphenum keeps its records in "
              + InputsRecord.DIRECTORY_NAME
              + "/, beside the class output),"
              + " and a clean build removes them");
    }
    Path directory;
    List<Path> files;
    try {
      directory = InputsRecord.directoryFor(output);
      files = records(directory);
    } catch (IOException | IllegalArgumentException e) {
      warnings.add(
          "graphenum: cannot list the records of "
              + output
              + " ("
              + e.getMessage()
              + "); nothing is checked");
      return new Plan(stale, List.of(), damaged, warnings, notes);
    }
    List<Read> ours = new ArrayList<>();
    Map<String, Integer> otherBuilds = new LinkedHashMap<>();
    // The source files to compile again, each with the generated class files of its specs.
    Map<String, Set<String>> staleSources = new LinkedHashMap<>();
    Map<String, Path> recordOf = new LinkedHashMap<>();
    boolean everySpec = false;
    for (Path file : files) {
      String text;
      InputsRecord record;
      try {
        text = read(file);
      } catch (IOException e) {
        warnings.add(
            "graphenum: the record "
                + file
                + " cannot be read ("
                + e
                + "); every spec with a record is generated again, and the record removed");
        damaged.add(file);
        everySpec = true;
        continue;
      }
      try {
        record = InputsRecord.parse(text);
      } catch (IllegalArgumentException e) {
        InputsRecord.Remains remains = InputsRecord.remains(text);
        if (remains.classOutput() != null && !remains.isFor(output)) {
          otherBuilds.merge(remains.classOutput(), 1, Integer::sum);
          continue;
        }
        damaged.add(file);
        if (remains.spec() == null) {
          warnings.add(
              "graphenum: the record "
                  + file
                  + " is damaged ("
                  + e.getMessage()
                  + ") and does not tell which spec it is of;"
                  + " every spec with a record is generated again, and the record removed");
          everySpec = true;
        } else {
          warnings.add(
              "graphenum: the record "
                  + file
                  + " is damaged ("
                  + e.getMessage()
                  + "); "
                  + remains.spec()
                  + " is generated again,"
                  + " and the record removed");
          stale.add(new Stale(remains.spec(), List.of("its record is damaged")));
          staleSources
              .computeIfAbsent(remains.specClassFile(), k -> new TreeSet<>())
              .addAll(remains.generatedClassFiles());
          recordOf.putIfAbsent(remains.specClassFile(), file);
        }
        continue;
      }
      if (!record.isFor(output)) {
        otherBuilds.merge(record.classOutput(), 1, Integer::sum);
        continue;
      }
      ours.add(new Read(file, record));
      List<InputsRecord.Change> changes = record.changes(output, options);
      if (!changes.isEmpty()) {
        stale.add(
            new Stale(
                record.spec(), changes.stream().map(c -> c.describe(projectDirectory)).toList()));
        staleSources.computeIfAbsent(record.specClassFile(), k -> new TreeSet<>());
      }
    }
    otherBuilds.forEach(
        (other, count) ->
            notes.add(
                "graphenum: "
                    + count
                    + (count == 1 ? " record" : " records")
                    + " in "
                    + directory
                    + (count == 1 ? " was" : " were")
                    + " written for the class output "
                    + other
                    + ", not "
                    + output
                    + ": ignored (written by another build, or the project moved: a clean build"
                    + " writes them again)"));
    Set<String> staleSpecs = new LinkedHashSet<>(stale.stream().map(Stale::spec).toList());
    for (Read read : ours) {
      if (everySpec && staleSpecs.add(read.record().spec())) {
        stale.add(
            new Stale(
                read.record().spec(),
                List.of("a damaged record does not tell which spec it is of")));
        staleSources.computeIfAbsent(read.record().specClassFile(), k -> new TreeSet<>());
      }
    }
    for (Read read : ours) {
      Set<String> generated = staleSources.get(read.record().specClassFile());
      if (generated != null) {
        generated.addAll(read.record().generatedClassFiles());
        recordOf.putIfAbsent(read.record().specClassFile(), read.file());
      }
    }
    TreeSet<Path> classFiles = new TreeSet<>();
    Path realOutput;
    try {
      realOutput = output.toRealPath();
    } catch (IOException noClassOutput) {
      return new Plan(stale, List.of(), damaged, warnings, notes); // no class files to remove
    }
    staleSources.forEach(
        (source, generated) -> {
          Path record = recordOf.get(source);
          classFiles.addAll(inside(output, realOutput, source, record, warnings, false));
          generated.forEach(
              file -> classFiles.addAll(inside(output, realOutput, file, record, warnings, true)));
        });
    return new Plan(stale, List.copyOf(classFiles), damaged, warnings, notes);
  }

  /**
   * Removes the plan's class files and damaged records.
   *
   * @return a warning for each file that could not be removed
   */
  static List<String> carryOut(Plan plan) {
    List<String> warnings = new ArrayList<>();
    List<Path> files = new ArrayList<>(plan.classFiles());
    files.addAll(plan.damagedRecords());
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        warnings.add("graphenum: cannot remove " + file + " (" + e + ")");
      }
    }
    return warnings;
  }

  /**
   * The records of {@code directory}: its regular {@code .txt} files, sorted; none if it is not
   * there.
   */
  private static List<Path> records(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().endsWith(".txt")
                      && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .toList();
    }
  }

  /** A record's text: UTF-8, of at most {@link InputsRecord#MAX_RECORD_BYTES}. */
  private static String read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > InputsRecord.MAX_RECORD_BYTES) {
      throw new IOException(
          "it is " + size + " bytes; records are at most " + InputsRecord.MAX_RECORD_BYTES);
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("it is not UTF-8", e);
    }
  }

  /**
   * The class file {@code relative} names (and, for a generated class, its nested classes beside
   * it, {@code Color$*.class}), if it is inside the class output: its folder's real path below the
   * class output's real path. Otherwise none, with a warning naming the record and the path.
   */
  private static List<Path> inside(
      Path output,
      Path realOutput,
      String relative,
      Path record,
      List<String> warnings,
      boolean withNested) {
    Path file = output.resolve(relative).normalize();
    Path folder = file.getParent();
    if (!file.startsWith(output)
        || folder == null
        || !file.getFileName().toString().endsWith(".class")) {
      warnings.add(leftAlone(record, relative, "it is not a class file inside " + output));
      return List.of();
    }
    if (!Files.isDirectory(folder)) {
      return List.of(); // nothing there to remove
    }
    Path realFolder;
    try {
      realFolder = folder.toRealPath();
    } catch (IOException e) {
      return List.of();
    }
    if (!realFolder.startsWith(realOutput)) {
      warnings.add(
          leftAlone(
              record,
              relative,
              "a symbolic link leads its folder out of the class output, to " + realFolder));
      return List.of();
    }
    Path real = realFolder.resolve(file.getFileName().toString());
    if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      warnings.add(leftAlone(record, relative, "it is a folder, not a class file"));
      return List.of();
    }
    List<Path> files = new ArrayList<>(List.of(real));
    if (withNested) {
      String nested = file.getFileName().toString().replaceFirst("\\.class$", "") + "$*.class";
      try (DirectoryStream<Path> found = Files.newDirectoryStream(realFolder, nested)) {
        found.forEach(
            nestedClass -> {
              if (!Files.isDirectory(nestedClass, LinkOption.NOFOLLOW_LINKS)) {
                files.add(nestedClass);
              }
            });
      } catch (IOException e) {
        warnings.add(leftAlone(record, relative, "its nested classes cannot be listed: " + e));
      }
    }
    return files;
  }

  private static String leftAlone(Path record, String path, String why) {
    return "graphenum: " + path + ", named by the record " + record + ", is left alone: " + why;
  }
}
