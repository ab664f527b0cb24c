package io.github.graphenum.benchmarks;

import io.github.graphenum.processor.GraphEnumProcessor;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

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
  public record Spec(String className, String source, String page, String name) {
    /** The qualified name of the enum this spec generates. */
    public String enumName() {
      return CorpusSpecs.enumName(className.substring(0, className.lastIndexOf('.')), name);
    }
  }

  /**
   * The qualified name of the enum a benchmark spec in {@code pkg} generates for Graph name {@code
   * name}.
   */
  static String enumName(String pkg, String name) {
    return pkg + "." + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /**
   * The specs that generate, and what they generate.
   *
   * @param specs the specs of the folder whose enum generates (javac stops before generating
   *     classes when one spec is in error, so a benchmark compiles only these)
   * @param sources the generated sources, by class name
   */
  public record Generating(List<Spec> specs, Map<String, String> sources) {}

  private CorpusSpecs() {}

  /**
   * The docs folder a benchmark was given with {@code -p docs=<folder>}, absolute.
   *
   * @throws IllegalStateException when none was given
   */
  public static Path docsRoot(String docs) {
    if (docs.isEmpty()) {
      throw new IllegalStateException(
          "pass -p docs=<a folder of Graph doc pages, such as a clone of the Graph docs>");
    }
    return Path.of(docs).toAbsolutePath().normalize();
  }

  /** The specs of {@code docs} whose enum generates, found by running the processor once. */
  public static Generating generating(Path docs) {
    List<Spec> all = of(docs);
    InMemoryJavac.Result result =
        InMemoryJavac.compile(
            sources(all),
            List.of("-proc:only", "-Agraphenum.docs=" + docs),
            List.of(new GraphEnumProcessor()));
    List<Spec> generating = new ArrayList<>();
    for (Spec spec : all) {
      if (result.sources().containsKey(spec.enumName())) {
        generating.add(spec);
      }
    }
    return new Generating(generating, result.sources());
  }

  /** Source files of {@code specs}. */
  public static List<JavaFileObject> sources(List<Spec> specs) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Spec spec : specs) {
      sources.add(InMemoryJavac.source(spec.className(), spec.source()));
    }
    return sources;
  }

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
    Map<String, Integer> taken = new HashMap<>();
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
        String pkg = "bench.p" + packageFor(name, taken);
        String source =
            "package "
                + pkg
                + ";\n@io.github.graphenum.GraphEnum(doc = \""
                + doc
                + "\", name = \""
                + name
                + "\")\ninterface S"
                + index
                + " {}\n";
        specs.add(new Spec(pkg + ".S" + index, source, doc, name));
      }
    }
    return specs;
  }

  /**
   * The first package where no enum of this class name is yet, as a project would lay its enums
   * out: a package per API version, say, rather than a package per enum (which makes javac's own
   * work per generated file larger: it looks every new package up in every module of the JDK).
   */
  private static int packageFor(String name, Map<String, Integer> taken) {
    return taken.merge(name.toLowerCase(Locale.ROOT), 0, (before, zero) -> before + 1);
  }
}
