package io.github.graphenum.benchmarks;

import io.github.graphenum.example.WorkforceIntegrationSupportedEntitiesSet;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * The generated flags set of an evolvable enum ({@code workforceIntegrationSupportedEntities}, the
 * example's) reading n distinct member names it does not know, each kept to be written back: the
 * time per name must not grow with n. The baseline splits the same text at its commas, which is
 * linear: the ratio of the two stays flat when reading is linear too, and grows with n when it is
 * not.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar FlagsSetUnknownNames}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FlagsSetUnknownNames {
  /** How many distinct names the enum does not know the wire form holds. */
  @Param({"1000", "10000", "100000"})
  public int names;

  /** {@code "later0,later1,..."}: names the service might add, each once. */
  private String wireForm;

  /** Writes the wire form of {@link #names} names. */
  @Setup
  public void setUp() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names; i++) {
      text.append(i == 0 ? "" : ",").append("later").append(i);
    }
    wireForm = text.toString();
  }

  /** The generated {@code parse}: the set, and the names it keeps. */
  @Benchmark
  public int parse() {
    return WorkforceIntegrationSupportedEntitiesSet.parse(wireForm).unknownMemberNames().size();
  }

  /**
   * Baseline: {@code String.split(",")} of the same text, a linear pass that makes a string per
   * name.
   */
  @Benchmark
  public int baselineSplit() {
    return wireForm.split(",").length;
  }

  /**
   * Baseline: the same split, its names then added one by one to a {@code LinkedHashSet}, which
   * keeps each once in the order it came: what a reader that keeps distinct names, not knowing how
   * many will come, does at least. Its table grows past the processor's caches as the set's does,
   * so the two keep the same ratio when the set's reading is linear.
   */
  @Benchmark
  public int baselineSplitIntoLinkedHashSet() {
    Set<String> distinct = new LinkedHashSet<>();
    for (String name : wireForm.split(",")) {
      distinct.add(name);
    }
    return distinct.size();
  }
}
