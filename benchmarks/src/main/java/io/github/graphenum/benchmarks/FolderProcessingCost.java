package io.github.graphenum.benchmarks;

import io.github.graphenum.processor.GraphEnumProcessor;
import io.github.graphenum.processor.testing.InMemoryJavac;
import java.nio.file.Path;
import java.util.List;
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
 * One {@code @GraphEnums} per folder against one {@code @GraphEnum} per enum, over the same docs:
 * whether a whole folder costs more per enum than single specs. The docs folder must have the Graph
 * docs' layout ({@code api-reference/beta/resources}, {@code api-reference/v1.0/resources}).
 *
 * <p>Needs a docs folder: {@code -p docs=<folder>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 6)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class FolderProcessingCost {
  /** The docs folder. */
  @Param("")
  public String docs;

  private Path root;
  private List<JavaFileObject> folderSpecs;
  private List<JavaFileObject> enumSpecs;

  /** Writes both kinds of specs. */
  @Setup
  public void setUp() {
    root = CorpusSpecs.docsRoot(docs);
    folderSpecs =
        List.of(
            InMemoryJavac.source(
                "bench.beta.Enums",
                "package bench.beta;\n"
                    + "@io.github.graphenum.GraphEnums(folder = \"api-reference/beta/resources\")\n"
                    + "interface Enums {}\n"),
            InMemoryJavac.source(
                "bench.v1.Enums",
                "package bench.v1;\n"
                    + "@io.github.graphenum.GraphEnums(folder = \"api-reference/v1.0/resources\")\n"
                    + "interface Enums {}\n"));
    enumSpecs = CorpusSpecs.sources(CorpusSpecs.generating(root).specs());
    System.out.printf(
        "%n%d single specs that generate; the folders' annotations generate the same enums%n",
        enumSpecs.size());
  }

  /** Starts each iteration with an empty young generation. */
  @Setup(Level.Iteration)
  public void collectGarbage() {
    System.gc();
  }

  /** Two {@code @GraphEnums}, one per folder. */
  @Benchmark
  public int oneAnnotationPerFolder() {
    return InMemoryJavac.compile(
            folderSpecs, List.of("-Agraphenum.docs=" + root), List.of(new GraphEnumProcessor()))
        .classes()
        .size();
  }

  /** One {@code @GraphEnum} per enum that generates. */
  @Benchmark
  public int oneSpecPerEnum() {
    return InMemoryJavac.compile(
            enumSpecs, List.of("-Agraphenum.docs=" + root), List.of(new GraphEnumProcessor()))
        .classes()
        .size();
  }
}
