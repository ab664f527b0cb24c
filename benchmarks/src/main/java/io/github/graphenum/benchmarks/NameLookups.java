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
 * Lookups by member name, the path every JSON value of a Graph response takes: the generated {@code
 * fromMemberName}, {@code findByMemberName} and {@code fromMemberNameOrUnknown}, hits and misses,
 * against {@code HashMap.get}, OpenAPI Generator's loop over {@code values()}, Kiota's {@code
 * switch} on the string, and {@code Enum.valueOf}. The input strings are the same objects in every
 * method (their hash codes cached alike).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class NameLookups {
  @Param({
    "vppTokenSyncStatus",
    "windowsMalwareCategory",
    "iosUpdatesInstallStatus",
    "appliedConditionalAccessPolicyResult"
  })
  public String graphEnum;

  private Subject<?> subject;

  /** Wires the enum of this run. */
  @Setup
  public void setUp() {
    subject = Subjects.named(graphEnum);
  }

  /** Baseline: {@code HashMap.get}, the same names. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineHashMapGet() {
    int sum = 0;
    for (String name : subject.nameHits) {
      sum += subject.hashMapGet.apply(name).ordinal();
    }
    return sum;
  }

  /** Baseline: OpenAPI Generator's loop over {@code values()}, comparing names. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineValuesLoop() {
    int sum = 0;
    for (String name : subject.nameHits) {
      sum += subject.valuesLoopByName.apply(name).ordinal();
    }
    return sum;
  }

  /** Baseline: Kiota's {@code switch} on the string. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineStringSwitch() {
    int sum = 0;
    for (String name : subject.nameHits) {
      sum += subject.kiotaSwitch.apply(name).ordinal();
    }
    return sum;
  }

  /** Baseline: {@code Enum.valueOf}, by the Java constant names. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineEnumValueOf() {
    int sum = 0;
    for (String name : subject.constantNames) {
      sum += subject.enumValueOf.apply(name).ordinal();
    }
    return sum;
  }

  /** The generated {@code fromMemberName}, every input a member name. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int fromMemberNameHit() {
    int sum = 0;
    for (String name : subject.nameHits) {
      sum += subject.fromMemberName.apply(name).ordinal();
    }
    return sum;
  }

  /** The generated {@code findByMemberName}, every input a member name. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int findByMemberNameHit() {
    int sum = 0;
    for (String name : subject.nameHits) {
      Optional<? extends Enum<?>> found = subject.findByMemberName.apply(name);
      sum += found.isPresent() ? found.get().ordinal() : -1;
    }
    return sum;
  }

  /** The generated {@code findByMemberName}, no input a member name. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int findByMemberNameMiss() {
    int sum = 0;
    for (String name : subject.nameMisses) {
      Optional<? extends Enum<?>> found = subject.findByMemberName.apply(name);
      sum += found.isPresent() ? found.get().ordinal() : -1;
    }
    return sum;
  }
}
