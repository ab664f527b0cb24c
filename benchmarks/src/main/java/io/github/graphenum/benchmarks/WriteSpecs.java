package io.github.graphenum.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes, for {@code benchmarks/cold-javac.sh}, one spec file per enum of a docs folder that
 * generates, and the sources the processor generates for them: the inputs of a javac run from the
 * command line, as a build runs it, with and without the processor.
 */
public final class WriteSpecs {
  private WriteSpecs() {}

  /**
   * Writes the files.
   *
   * @param args the docs folder, then the directory for the specs, then the one for the sources
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path docs = Path.of(args[0]).toAbsolutePath().normalize();
    CorpusSpecs.Generating generating = CorpusSpecs.generating(docs);
    for (CorpusSpecs.Spec spec : generating.specs()) {
      write(Path.of(args[1]), spec.className(), spec.source());
    }
    for (Map.Entry<String, String> source : generating.sources().entrySet()) {
      write(Path.of(args[2]), source.getKey(), source.getValue());
    }
    System.out.printf(
        "%d specs, %d generated sources%n", generating.specs().size(), generating.sources().size());
  }

  private static void write(Path root, String className, String source) throws IOException {
    Path file = root.resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
  }
}
