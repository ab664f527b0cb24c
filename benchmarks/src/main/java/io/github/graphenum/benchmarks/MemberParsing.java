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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated member type's {@code parse} of an evolvable enum, names the enum knows (its cached
 * instances) and names it does not (a new member each), against the enum's own {@code
 * fromMemberNameOrUnknown} over the same names, the baseline: with {@code -prof gc}, what a member
 * costs beyond the lookup. Each result goes to a {@link Blackhole}, so that a member escapes, as it
 * does into a user's object.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MemberParsing {
  private Subject<?> subject;

  /** Wires the evolvable enum. */
  @Setup
  public void setUp() {
    subject = Subjects.named("appliedConditionalAccessPolicyResult");
  }

  /** Baseline: the enum's {@code fromMemberNameOrUnknown}, names that are members. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public void baselineFromMemberNameOrUnknownHit(Blackhole results) {
    for (String name : subject.nameHits) {
      results.consume(AppliedConditionalAccessPolicyResult.fromMemberNameOrUnknown(name));
    }
  }

  /** The member type's {@code parse}, names that are members: the cached instances. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public void parseHit(Blackhole results) {
    for (String name : subject.nameHits) {
      results.consume(AppliedConditionalAccessPolicyResultMember.parse(name));
    }
  }

  /** Baseline: the enum's {@code fromMemberNameOrUnknown}, names that are not: the sentinel. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public void baselineFromMemberNameOrUnknownMiss(Blackhole results) {
    for (String name : subject.nameMisses) {
      results.consume(AppliedConditionalAccessPolicyResult.fromMemberNameOrUnknown(name));
    }
  }

  /** The member type's {@code parse}, names that are not members: a member that keeps each. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public void parseMiss(Blackhole results) {
    for (String name : subject.nameMisses) {
      results.consume(AppliedConditionalAccessPolicyResultMember.parse(name));
    }
  }
}
