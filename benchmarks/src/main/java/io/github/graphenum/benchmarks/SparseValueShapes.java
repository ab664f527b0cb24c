package io.github.graphenum.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
 * Which code shape looks up sparse values fastest: the evidence behind the generated perfect hash.
 * For v1.0 {@code iosUpdatesInstallStatus} (values 0 to 3 and -2016330712 to -2016330696), the
 * generated {@code fromValue} (a mask of the low bits, the keys in an array beside the constants)
 * against a multiplicative perfect hash (what it generated before), the mask comparing the
 * constant's own value instead of a key, a {@code switch} (what javac makes a lookupswitch) and
 * range checks over the two dense clusters (the larger first), with the array read as the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SparseValueShapes {
  private static final IosUpdatesInstallStatus[] LOW = {
    IosUpdatesInstallStatus.SUCCESS,
    IosUpdatesInstallStatus.AVAILABLE,
    IosUpdatesInstallStatus.IDLE,
    IosUpdatesInstallStatus.UNKNOWN
  };
  private static final IosUpdatesInstallStatus[] HIGH = new IosUpdatesInstallStatus[17];
  private static final IosUpdatesInstallStatus[] BY_PRODUCT = new IosUpdatesInstallStatus[64];
  private static final int[] PRODUCT_KEYS = new int[64];
  private static final IosUpdatesInstallStatus[] BY_LOW_BITS = new IosUpdatesInstallStatus[32];

  static {
    for (IosUpdatesInstallStatus status : IosUpdatesInstallStatus.values()) {
      if (status.value() < 0) {
        HIGH[status.value() + 2016330712] = status;
      }
      BY_PRODUCT[(status.value() * 0x9e3779b9) >>> 26] = status;
      PRODUCT_KEYS[(status.value() * 0x9e3779b9) >>> 26] = status.value();
      BY_LOW_BITS[status.value() & 31] = status;
    }
    // An empty slot holds a constant, or a key (0 here), whose value hashes to another slot, so
    // that no lookup matches it.
    for (int slot = 0; slot < BY_LOW_BITS.length; slot++) {
      if (BY_LOW_BITS[slot] == null) {
        BY_LOW_BITS[slot] = IosUpdatesInstallStatus.SUCCESS;
      }
    }
  }

  private Subject<?> subject;
  private final IntFunction<IosUpdatesInstallStatus> generated = IosUpdatesInstallStatus::fromValue;
  private final IntFunction<IosUpdatesInstallStatus> switchShape = SparseValueShapes::bySwitch;
  private final IntFunction<IosUpdatesInstallStatus> clusters = SparseValueShapes::byClusters;
  private final IntFunction<IosUpdatesInstallStatus> product = SparseValueShapes::byProduct;
  private final IntFunction<IosUpdatesInstallStatus> constantCheck =
      SparseValueShapes::byLowBitsCheckingTheConstant;

  /** The enum's inputs. */
  @Setup
  public void setUp() {
    subject = Subjects.named("iosUpdatesInstallStatus");
  }

  /** Baseline: an array read by a known index. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int baselineArrayRead() {
    int sum = 0;
    for (int index : subject.indexHits) {
      sum += subject.arrayRead.apply(index).ordinal();
    }
    return sum;
  }

  /**
   * The generated {@code fromValue}: a perfect hash, {@code value & 31}, with the keys beside it.
   */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int generatedPerfectHash() {
    int sum = 0;
    for (int value : subject.valueHits) {
      sum += generated.apply(value).ordinal();
    }
    return sum;
  }

  /** A {@code switch} on the value. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int switchOnValue() {
    int sum = 0;
    for (int value : subject.valueHits) {
      sum += switchShape.apply(value).ordinal();
    }
    return sum;
  }

  /** Range checks over the dense clusters. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int clusterRanges() {
    int sum = 0;
    for (int value : subject.valueHits) {
      sum += clusters.apply(value).ordinal();
    }
    return sum;
  }

  /** A multiplicative perfect hash, {@code (value * M) >>> 26}, with the keys beside it. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int multiplicativeHash() {
    int sum = 0;
    for (int value : subject.valueHits) {
      sum += product.apply(value).ordinal();
    }
    return sum;
  }

  /** The mask, with no keys array: the constant's own value is compared. */
  @Benchmark
  @OperationsPerInvocation(Subject.INPUTS)
  public int maskCheckingTheConstant() {
    int sum = 0;
    for (int value : subject.valueHits) {
      sum += constantCheck.apply(value).ordinal();
    }
    return sum;
  }

  private static IosUpdatesInstallStatus byProduct(int value) {
    int slot = (value * 0x9e3779b9) >>> 26;
    return PRODUCT_KEYS[slot] == value ? BY_PRODUCT[slot] : null;
  }

  private static IosUpdatesInstallStatus byLowBitsCheckingTheConstant(int value) {
    IosUpdatesInstallStatus constant = BY_LOW_BITS[value & 31];
    return constant.value() == value ? constant : null;
  }

  private static IosUpdatesInstallStatus byClusters(int value) {
    int index = value + 2016330712;
    if (index >= 0 && index < HIGH.length) {
      return HIGH[index];
    }
    return value >= 0 && value < LOW.length ? LOW[value] : null;
  }

  private static IosUpdatesInstallStatus bySwitch(int value) {
    switch (value) {
      case 0:
        return IosUpdatesInstallStatus.SUCCESS;
      case 1:
        return IosUpdatesInstallStatus.AVAILABLE;
      case 2:
        return IosUpdatesInstallStatus.IDLE;
      case 3:
        return IosUpdatesInstallStatus.UNKNOWN;
      case -2016330712:
        return IosUpdatesInstallStatus.DOWNLOADING;
      case -2016330711:
        return IosUpdatesInstallStatus.DOWNLOAD_FAILED;
      case -2016330710:
        return IosUpdatesInstallStatus.DOWNLOAD_REQUIRES_COMPUTER;
      case -2016330709:
        return IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_SPACE;
      case -2016330708:
        return IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_POWER;
      case -2016330707:
        return IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_NETWORK;
      case -2016330706:
        return IosUpdatesInstallStatus.INSTALLING;
      case -2016330705:
        return IosUpdatesInstallStatus.INSTALL_INSUFFICIENT_SPACE;
      case -2016330704:
        return IosUpdatesInstallStatus.INSTALL_INSUFFICIENT_POWER;
      case -2016330703:
        return IosUpdatesInstallStatus.INSTALL_PHONE_CALL_IN_PROGRESS;
      case -2016330702:
        return IosUpdatesInstallStatus.INSTALL_FAILED;
      case -2016330701:
        return IosUpdatesInstallStatus.NOT_SUPPORTED_OPERATION;
      case -2016330699:
        return IosUpdatesInstallStatus.SHARED_DEVICE_USER_LOGGED_IN_ERROR;
      case -2016330696:
        return IosUpdatesInstallStatus.DEVICE_OS_HIGHER_THAN_DESIRED_OS_VERSION;
      default:
        return null;
    }
  }
}
