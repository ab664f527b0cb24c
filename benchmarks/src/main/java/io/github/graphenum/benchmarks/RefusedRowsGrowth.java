package io.github.graphenum.benchmarks;

import io.github.graphenum.processor.model.DocumentedEnum;
import io.github.graphenum.processor.page.Description;
import io.github.graphenum.processor.page.MemberTable;
import io.github.graphenum.processor.testing.EnumModels;
import io.github.graphenum.processor.validation.EnumValidator;
import java.util.ArrayList;
import java.util.List;
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
 * How validating a members table of refused rows grows with its rows, when the build has service
 * metadata: every row but the first is refused (half of them the member {@code dup} again, half
 * names that are no Graph identifier, each a typo of one of the metadata's 20 members), and each
 * refusal may get the metadata's hints. Time per row is the score divided by {@code rows}; it stays
 * flat when the validation is linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RefusedRowsGrowth {
  /** The rows of the table. */
  @Param({"1000", "10000", "100000"})
  public int rows;

  private DocumentedEnum documented;

  /**
   * The table, and the metadata's enum type of 20 members ({@link EnumModels#colorWithMetadata}).
   */
  @Setup
  public void makeTable() {
    List<MemberTable.Row> table = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String member = i % 2 == 0 ? "dup" : "member" + (i % 20) + ".";
      table.add(new MemberTable.Row(4 + i, member, String.valueOf(i), Description.EMPTY));
    }
    documented = EnumModels.colorWithMetadata(table);
  }

  /** Stage "validate" over the table: every refused row's diagnostic, with its hints. */
  @Benchmark
  public int validate() {
    return EnumValidator.validate(documented).diagnostics().size();
  }
}
