package io.github.graphenum.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated {@code fromMemberNameOrUnknown} of an evolvable enum, hits and misses (a miss
 * returns the sentinel), against {@code HashMap.get} with the sentinel as fallback, the
 * hand-written equivalent.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EvolvableLookups {
  private Subject<?> subject;
  private Enum<?> sentinel;

  /** Wires the evolvable enum. */
  @Setup
  public void setUp() {
    subject = Subjects.named("appliedConditionalAccessPolicyResult");
    sentinel = AppliedConditionalAccessPolicyResult.UNKNOWN_FUTURE_VALUE;
  }

  /** Baseline: {@code HashMap.get}, names that are members. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineHashMapGetHit() {
    int sum = 0;
    for (String name : subject.nameHits) {
      sum += subject.hashMapGet.apply(name).ordinal();
    }
    return sum;
  }

  /** The generated {@code fromMemberNameOrUnknown}, names that are members. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int fromMemberNameOrUnknownHit() {
    int sum = 0;
    for (String name : subject.nameHits) {
      sum += subject.fromMemberNameOrUnknown.apply(name).ordinal();
    }
    return sum;
  }

  /** Baseline: {@code HashMap.get} falling back to the sentinel, names that are not members. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineHashMapGetMiss() {
    int sum = 0;
    for (String name : subject.nameMisses) {
      Enum<?> found = subject.hashMapGet.apply(name);
      sum += (found == null ? sentinel : found).ordinal();
    }
    return sum;
  }

  /** The generated {@code fromMemberNameOrUnknown}, names that are not members: the sentinel. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int fromMemberNameOrUnknownMiss() {
    int sum = 0;
    for (String name : subject.nameMisses) {
      sum += subject.fromMemberNameOrUnknown.apply(name).ordinal();
    }
    return sum;
  }
}
