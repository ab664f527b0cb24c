package io.github.graphenum.benchmarks;

import io.github.graphenum.processor.page.Page;
import io.github.graphenum.processor.page.PageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Reading every page of a docs folder once, cold: the first pass of a fresh JVM, as in a build's
 * javac, where the page reader has never run ({@link ProcessorStages} measures the same stage warm,
 * and its setup reads the pages first). One single shot per fork, many forks.
 *
 * <p>Needs a docs folder: {@code -p docs=<folder>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdPageReading {
  /** The docs folder. */
  @Param("")
  public String docs;

  private Path root;
  private List<Path> pages;

  /** Lists the pages; reads none. */
  @Setup
  public void listPages() throws IOException {
    root = CorpusSpecs.docsRoot(docs);
    try (Stream<Path> walk = Files.walk(root)) {
      pages = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** Every page, once, from disk to {@link Page}, with one reader, as the processor reads them. */
  @Benchmark
  public int readEveryPageOnce() {
    PageReader reader = new PageReader();
    int read = 0;
    for (Path page : pages) {
      read += reader.read(root.relativize(page).toString(), page).failed() ? 0 : 1;
    }
    return read;
  }
}
