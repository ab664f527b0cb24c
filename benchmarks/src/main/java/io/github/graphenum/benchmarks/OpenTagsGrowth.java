package io.github.graphenum.benchmarks;

import io.github.graphenum.processor.page.PageReader;
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
 * How reading a side-by-side page grows with a row of {@code <span} tags that never reach their
 * {@code >}: the shape of a hostile page, whose 4 MiB row holds 800,000 of them. The page reader
 * rejoins a side-by-side page's rows before it parses them; that step once looked for each tag's
 * end to the end of the line. Time per tag is the score divided by {@code tags}; it stays flat when
 * reading is linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class OpenTagsGrowth {
  /** The {@code <span} tags of the row. */
  @Param({"1000", "10000", "100000"})
  public int tags;

  private final PageReader reader = new PageReader();
  private String markdown;

  /** The table: a header, and the row of tags after a translated span left open. */
  @Setup
  public void makePage() {
    markdown =
        "|Member|Value|\n|-|-|\n|<span data-ttu-id=\"1\">"
            + "<span".repeat(tags)
            + "|1|\nnext line\n";
  }

  /** Reading the page: its rows rejoined, then parsed. */
  @Benchmark
  public int read() {
    return reader.parse("hostile.md", markdown, 1).sections().size();
  }
}
