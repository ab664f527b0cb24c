package io.github.graphenum.maven;

import io.github.graphenum.processor.InputsRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds, in a class output directory, the specs whose enums are out of date (a page changed,
 * appeared or disappeared, a folder's pages changed, the options changed) and the class files to
 * remove so that the compiler compiles their source files again, and the processor regenerates
 * their enums.
 *
 * <p>Removing the class file of a spec's source file is what makes maven-compiler-plugin compile
 * again (it compiles a source whose class file is missing: the whole module, with its default
 * incremental setting). The generated classes go too: with {@code useIncrementalCompilation=false}
 * the compiler compiles only that source, and javac would warn that a file for a generated type
 * already exists, an error under {@code -Werror}. The same source file may hold several specs: all
 * of them are generated again, so the classes generated from each go.
 */
final class StaleSpecs {
  /**
   * A spec whose enums are out of date.
   *
   * @param spec its qualified name
   * @param changes what changed
   */
  record Stale(String spec, List<InputsRecord.Change> changes) {}

  /**
   * What to do.
   *
   * @param stale the specs out of date, in the order of their records' names
   * @param classFiles the class files to remove, sorted
   * @param unreadable the records that could not be read, with the reason
   */
  record Plan(List<Stale> stale, List<Path> classFiles, Map<Path, String> unreadable) {}

  private StaleSpecs() {}

  /**
   * Compares every record under {@code classOutput} with the files it names.
   *
   * @param options the processor options of the coming compilation, or {@code null} when unknown
   */
  static Plan find(Path classOutput, Map<String, String> options) throws IOException {
    Path directory = classOutput.resolve(InputsRecord.DIRECTORY);
    List<Stale> stale = new ArrayList<>();
    TreeSet<Path> classFiles = new TreeSet<>();
    Map<Path, String> unreadable = new LinkedHashMap<>();
    if (!Files.isDirectory(directory)) {
      return new Plan(stale, List.of(), unreadable);
    }
    Map<String, List<InputsRecord>> bySourceFile = new LinkedHashMap<>();
    List<String> staleSourceFiles = new ArrayList<>();
    for (Path file : records(directory)) {
      try {
        InputsRecord record = InputsRecord.parse(Files.readString(file));
        bySourceFile.computeIfAbsent(record.specClassFile(), k -> new ArrayList<>()).add(record);
        List<InputsRecord.Change> changes = record.changes(classOutput, options);
        if (!changes.isEmpty()) {
          stale.add(new Stale(record.spec(), changes));
          staleSourceFiles.add(record.specClassFile());
        }
      } catch (IOException | IllegalArgumentException e) {
        unreadable.put(file, e.toString());
      }
    }
    for (String sourceFile : staleSourceFiles) {
      classFiles.add(InputsRecord.resolve(sourceFile, classOutput));
      for (InputsRecord record : bySourceFile.get(sourceFile)) {
        for (String generated : record.generatedClassFiles()) {
          classFiles.addAll(withNestedClasses(InputsRecord.resolve(generated, classOutput)));
        }
      }
    }
    return new Plan(stale, List.copyOf(classFiles), unreadable);
  }

  private static List<Path> records(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** {@code Color.class} and, beside it, {@code Color$*.class}. */
  private static List<Path> withNestedClasses(Path classFile) throws IOException {
    List<Path> files = new ArrayList<>(List.of(classFile));
    Path folder = classFile.getParent();
    if (folder != null && Files.isDirectory(folder)) {
      String nested = classFile.getFileName().toString().replaceFirst("\\.class$", "") + "$*.class";
      try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, nested)) {
        found.forEach(files::add);
      }
    }
    return files;
  }
}
