package io.github.graphenum.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookups by value: the generated {@code fromValue} and {@code findByValue}, hits and misses,
 * against a plain array read and OpenAPI Generator's loop over {@code values()}. Each method looks
 * up {@link Subject#INPUTS} values and sums the ordinals found, so that nothing is optimized away
 * and the sink costs the same everywhere.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Lookups run at one of two speeds from iteration to iteration (0.37 or 0.64 ns for the same
// lookup, the array read too): a JIT effect. 6 warm-ups make the slow one rarer, not gone; run
// several forks (-f 3) and read medians.
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ValueLookups {
  @Param({
    "vppTokenSyncStatus",
    "windowsMalwareCategory",
    "iosUpdatesInstallStatus",
    "clonableTeamParts"
  })
  public String graphEnum;

  private Subject<?> subject;

  /** Wires the enum of this run. */
  @Setup
  public void setUp() {
    subject = Subjects.named(graphEnum);
  }

  /** Baseline: the floor, an array read by a known index. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineArrayRead() {
    int sum = 0;
    for (int index : subject.indexHits) {
      sum += subject.arrayRead.apply(index).ordinal();
    }
    return sum;
  }

  /** Baseline: OpenAPI Generator's loop over {@code values()}. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineValuesLoop() {
    int sum = 0;
    for (int value : subject.valueHits) {
      sum += subject.valuesLoopByValue.apply(value).ordinal();
    }
    return sum;
  }

  /** The generated {@code fromValue}, every input a member's value. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int fromValueHit() {
    int sum = 0;
    for (int value : subject.valueHits) {
      sum += subject.fromValue.apply(value).ordinal();
    }
    return sum;
  }

  /** The generated {@code findByValue}, every input a member's value. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int findByValueHit() {
    int sum = 0;
    for (int value : subject.valueHits) {
      Optional<? extends Enum<?>> found = subject.findByValue.apply(value);
      sum += found.isPresent() ? found.get().ordinal() : -1;
    }
    return sum;
  }

  /** The generated {@code findByValue}, no input a member's value. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int findByValueMiss() {
    int sum = 0;
    for (int value : subject.valueMisses) {
      Optional<? extends Enum<?>> found = subject.findByValue.apply(value);
      sum += found.isPresent() ? found.get().ordinal() : -1;
    }
    return sum;
  }
}
