package io.github.graphenum.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One spec per enum of a docs folder, for the processing benchmarks: every {@code .md} page under
 * the folder is read with the processor's own {@link PageReader}, and each named enum it documents
 * becomes a spec, in path order. (This class is in the processor's package to use its reader.)
 */
public final class CorpusSpecs {
  /**
   * One spec's source.
   *
   * @param className the spec's qualified name
   * @param source the spec's Java source
   * @param page the page, relative to the docs folder
   * @param name the Graph name
   */
  public record Spec(String className, String source, String page, String name) {}

  private CorpusSpecs() {}

  /** The specs of every enum documented under {@code docs}. */
  public static List<Spec> of(Path docs) {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(docs)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PageReader reader = new PageReader();
    List<Spec> specs = new ArrayList<>();
    for (Path file : pages) {
      String doc = docs.relativize(file).toString().replace('\\', '/');
      Outcome<Page> page = reader.read(doc, file);
      if (page.failed()) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      for (Page.Section section : page.value().sections()) {
        if (section.name() != null && section.table() != null) {
          names.add(section.name());
        }
      }
      for (String name : names) {
        int index = specs.size();
        String pkg = "bench.s" + index;
        String source =
            "package " + pkg + ";\n@io.github.graphenum.GraphEnum(doc = \"" + doc + "\", name = \"" + name + "\")\ninterface S" + index + " {}\n";
        specs.add(new Spec(pkg + ".S" + index, source, doc, name));
      }
    }
    return specs;
  }
}
