package io.github.graphenum.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * The generated flags set of {@code clonableTeamParts} (5 bits) against an {@code EnumSet} filled
 * the way hand-written code and other generators do it ({@code split(",")}, then a name lookup per
 * part): reading Graph's wire form, {@code contains}, and writing the wire form.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FlagsSets {
  /** Wire forms as the service sends them; each part a fresh string, as a JSON parser gives it. */
  private final String[] wireForms = {
    new String("apps,tabs,channels"),
    new String("settings"),
    new String("apps,tabs,settings,channels,members"),
    new String("members,apps")
  };

  private final List<ClonableTeamPartsSet> sets = new ArrayList<>();
  private final List<EnumSet<ClonableTeamParts>> enumSets = new ArrayList<>();
  private final ClonableTeamParts[] members = ClonableTeamParts.values();

  /** Reads every wire form both ways, for the benchmarks that take sets. */
  @Setup
  public void setUp() {
    for (String wireForm : wireForms) {
      sets.add(ClonableTeamPartsSet.parse(wireForm));
      enumSets.add(splitIntoEnumSet(wireForm));
    }
  }

  private static EnumSet<ClonableTeamParts> splitIntoEnumSet(String wireForm) {
    EnumSet<ClonableTeamParts> parts = EnumSet.noneOf(ClonableTeamParts.class);
    for (String name : wireForm.split(",")) {
      parts.add(ClonableTeamParts.fromMemberName(name.trim()));
    }
    return parts;
  }

  /** The generated {@code parse}. */
  @Benchmark
  @OperationsPerInvocation(4)
  public int parse() {
    int sum = 0;
    for (String wireForm : wireForms) {
      sum += ClonableTeamPartsSet.parse(wireForm).toMask();
    }
    return sum;
  }

  /**
   * Baseline: {@code split(",")}, {@code trim} and the generated name lookup into an {@code
   * EnumSet}.
   */
  @Benchmark
  @OperationsPerInvocation(4)
  public int baselineSplitIntoEnumSet() {
    int sum = 0;
    for (String wireForm : wireForms) {
      sum += splitIntoEnumSet(wireForm).size();
    }
    return sum;
  }

  /** The generated {@code contains}, every member of every set. */
  @Benchmark
  @OperationsPerInvocation(20)
  public int contains() {
    int sum = 0;
    for (ClonableTeamPartsSet set : sets) {
      for (ClonableTeamParts member : members) {
        sum += set.contains(member) ? 1 : 0;
      }
    }
    return sum;
  }

  /** Baseline: {@code EnumSet.contains}, every member of every set. */
  @Benchmark
  @OperationsPerInvocation(20)
  public int baselineEnumSetContains() {
    int sum = 0;
    for (EnumSet<ClonableTeamParts> set : enumSets) {
      for (ClonableTeamParts member : members) {
        sum += set.contains(member) ? 1 : 0;
      }
    }
    return sum;
  }

  /** The generated {@code wireForm}. */
  @Benchmark
  @OperationsPerInvocation(4)
  public int wireForm() {
    int sum = 0;
    for (ClonableTeamPartsSet set : sets) {
      sum += set.wireForm().length();
    }
    return sum;
  }

  /** Baseline: the member names of an {@code EnumSet} joined with a {@code StringBuilder}. */
  @Benchmark
  @OperationsPerInvocation(4)
  public int baselineJoinEnumSet() {
    int sum = 0;
    for (EnumSet<ClonableTeamParts> set : enumSets) {
      StringBuilder names = new StringBuilder();
      for (ClonableTeamParts member : set) {
        names.append(names.length() == 0 ? "" : ",").append(member.memberName());
      }
      sum += names.toString().length();
    }
    return sum;
  }
}
