package io.github.graphenum.benchmarks;

import io.github.graphenum.processor.GraphEnumProcessor;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor costs a build: javac over one spec per enum of a docs folder, with the
 * processor, against javac over the same specs and the sources the processor generates, without it.
 * Both compile the same code to the same classes; the ratio is the processor's cost. Run at several
 * counts of enums, the time per enum shows whether the cost grows with the count.
 *
 * <p>Needs a docs folder: {@code -p docs=<folder>} (a clone of the Graph docs, or the corpus of
 * enum pages beside this repository). Output stays in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 6)
// A fixed heap, and a collection before each iteration: each javac run leaves hundreds of MB of
// garbage, and without these one iteration pays for the last one's.
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ProcessingCost {
  /** The docs folder. */
  @Param("")
  public String docs;

  /** How many enums to compile; 0 for every enum of the folder. */
  @Param({"250", "500", "1000", "0"})
  public int enums;

  private Path root;
  private List<JavaFileObject> specs;
  private List<JavaFileObject> specsAndGenerated;
  private Map<String, String> sources;

  /** Writes the specs, and generates once the sources the baseline compiles. */
  @Setup
  public void setUp() {
    root = CorpusSpecs.docsRoot(docs);
    CorpusSpecs.Generating generating = CorpusSpecs.generating(root);
    List<CorpusSpecs.Spec> chosen =
        generating
            .specs()
            .subList(
                0,
                enums == 0
                    ? generating.specs().size()
                    : Math.min(enums, generating.specs().size()));
    if (enums > chosen.size()) {
      throw new IllegalStateException(
          docs + " has " + chosen.size() + " enums that generate, fewer than " + enums);
    }
    specs = CorpusSpecs.sources(chosen);
    specsAndGenerated = new ArrayList<>(specs);
    sources = generating.sources();
    for (CorpusSpecs.Spec spec : chosen) {
      specsAndGenerated.add(InMemoryJavac.source(spec.enumName(), sources.get(spec.enumName())));
    }
    System.out.printf("%n%d specs of enums that generate under %s%n", chosen.size(), root);
  }

  /** Starts each iteration with an empty young generation. */
  @Setup(Level.Iteration)
  public void collectGarbage() {
    System.gc();
  }

  /** javac with the processor: the specs in, the enums' classes out. */
  @Benchmark
  public int javacWithProcessor() {
    return check(
        InMemoryJavac.compile(
            specs, List.of("-Agraphenum.docs=" + root), List.of(new GraphEnumProcessor())));
  }

  /**
   * javac with a processor that writes the same sources, rendered beforehand, through the Filer:
   * what javac charges any processor for generating these files, the floor for graphenum.
   */
  @Benchmark
  public int javacWithCopyingProcessor() {
    return check(InMemoryJavac.compile(specs, List.of(), List.of(new CopyingProcessor(sources))));
  }

  /** javac without it, over the sources it would generate: the same classes out. */
  @Benchmark
  public int javacOnGeneratedSources() {
    return check(InMemoryJavac.compile(specsAndGenerated, List.of("-proc:none"), List.of()));
  }

  private int check(InMemoryJavac.Result result) {
    if (!result.success() || result.classes().size() < specs.size()) {
      throw new IllegalStateException(
          "failed: " + !result.success() + ", " + result.classes().size() + " classes");
    }
    return result.classes().size();
  }
}
