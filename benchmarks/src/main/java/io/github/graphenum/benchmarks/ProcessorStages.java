package io.github.graphenum.benchmarks;

import com.palantir.javapoet.JavaFile;
import io.github.graphenum.processor.diagnostic.Outcome;
import io.github.graphenum.processor.model.DocumentedEnums;
import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import io.github.graphenum.processor.render.EnumRenderer;
import io.github.graphenum.processor.spec.EnumSpec;
import io.github.graphenum.processor.testing.EnumSpecs;
import io.github.graphenum.processor.testing.Renderers;
import io.github.graphenum.processor.validation.EnumValidator;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the processor's own time goes, stage by stage, over every enum of a docs folder, without
 * javac around it: reading the pages (once each, as the processor does), picking and validating
 * each enum, and rendering it with JavaPoet. Each benchmark is one pass over all the enums.
 *
 * <p>Needs a docs folder: {@code -p docs=<folder>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ProcessorStages {
  /** The docs folder. */
  @Param("")
  public String docs;

  private Path root;
  private List<EnumSpec> specs;
  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final List<ValidatedEnum> models = new ArrayList<>();
  private final EnumRenderer renderer = Renderers.PLAIN;

  /** Reads every page once and validates every enum, as input for the later stages. */
  @Setup
  public void setUp() {
    root = CorpusSpecs.docsRoot(docs);
    specs = new ArrayList<>();
    for (CorpusSpecs.Spec spec : CorpusSpecs.of(root)) {
      String pkg = spec.className().substring(0, spec.className().lastIndexOf('.'));
      specs.add(
          EnumSpecs.onPage(spec.page())
              .name(spec.name())
              .fallbackName(spec.name())
              .inPackage(pkg)
              .build());
    }
    readPages();
    for (EnumSpec spec : specs) {
      Outcome<ValidatedEnum> model = validate(spec);
      if (!model.failed()) {
        models.add(model.value());
      }
    }
    System.out.printf(
        "%n%d enums, %d valid, on %d pages under %s%n",
        specs.size(), models.size(), pages.size(), root);
  }

  /** Stage "read page": every page, once, from disk to {@link Page}. */
  @Benchmark
  public int readPages() {
    pages.clear();
    PageReader reader = new PageReader();
    for (EnumSpec spec : specs) {
      String doc = ((EnumSpec.DocPage) spec.source()).doc();
      pages.computeIfAbsent(doc, d -> reader.read(d, root.resolve(d)).value());
    }
    return pages.size();
  }

  /** Stages "enum model" and "validate": every enum. */
  @Benchmark
  public int modelAndValidate() {
    int valid = 0;
    for (EnumSpec spec : specs) {
      valid += validate(spec).failed() ? 0 : 1;
    }
    return valid;
  }

  /**
   * The first half of stage "render": every valid enum to JavaPoet's model of its files, not yet
   * text.
   */
  @Benchmark
  public int buildFiles() {
    int files = 0;
    for (ValidatedEnum model : models) {
      files += renderer.render(model, null).size();
    }
    return files;
  }

  /** Stage "render": every valid enum, to Java source text. */
  @Benchmark
  public long render() {
    long chars = 0;
    for (ValidatedEnum model : models) {
      for (JavaFile file : renderer.render(model, null)) {
        chars += file.toString().length();
      }
    }
    return chars;
  }

  private Outcome<ValidatedEnum> validate(EnumSpec spec) {
    Page page = pages.get(((EnumSpec.DocPage) spec.source()).doc());
    return DocumentedEnums.select(spec, page).then(EnumValidator::validate);
  }
}
