package io.github.graphenum.processor.testing;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A property checked over random inputs. Try {@code k} of a run draws its input from a {@link
 * SplittableRandom} seeded with {@code seed + k}, so that any try can be rerun alone. The first
 * input that fails is shrunk, and the failure gives the seed, the shrunk input and the drawn one.
 *
 * <p>A run starts at {@link #DEFAULT_SEED}, so that the build is repeatable; {@code
 * -Dgraphenum.seed=<long>} starts it elsewhere and {@code -Dgraphenum.tries=<n>} sets the number of
 * tries, to explore more inputs than the build has time for.
 *
 * @param <T> the inputs
 */
public final class RandomCheck<T> {
  /** Where a run starts unless {@code -Dgraphenum.seed} says otherwise: fixed, so builds repeat. */
  static final long DEFAULT_SEED = 20_261_125L;

  /** The property: returns when {@code input} has it, throws when not. */
  public interface Property<T> {
    void check(T input) throws Throwable;
  }

  private final Function<SplittableRandom, T> draw;
  private final Function<T, Stream<T>> smaller;
  private final Function<T, String> show;
  private final Property<T> property;
  private final int maxShrinkChecks;

  /**
   * @param draw draws an input
   * @param smaller the smaller variants of an input, for {@link Shrinker}
   * @param show an input as a failure message shows it
   * @param property what every input must satisfy
   * @param maxShrinkChecks the most variants shrinking checks (each check costs what a try costs)
   */
  public RandomCheck(
      Function<SplittableRandom, T> draw,
      Function<T, Stream<T>> smaller,
      Function<T, String> show,
      Property<T> property,
      int maxShrinkChecks) {
    this.draw = draw;
    this.smaller = smaller;
    this.show = show;
    this.property = property;
    this.maxShrinkChecks = maxShrinkChecks;
  }

  /**
   * Runs {@code defaultTries} tries from {@link #DEFAULT_SEED}, unless the system properties say
   * otherwise.
   */
  public void run(int defaultTries) {
    run(
        Long.getLong("graphenum.seed", DEFAULT_SEED),
        Integer.getInteger("graphenum.tries", defaultTries));
  }

  /**
   * Runs {@code tries} tries from {@code seed}; throws an {@link AssertionError} at the first
   * failure.
   */
  public void run(long seed, int tries) {
    for (int k = 0; k < tries; k++) {
      long trySeed = seed + k;
      T input = draw.apply(new SplittableRandom(trySeed));
      Throwable failure = failureOf(input);
      if (failure != null) {
        Shrinker.Shrunk<T> shrunk =
            Shrinker.shrink(input, failure, smaller, this::failureOf, maxShrinkChecks);
        throw new AssertionError(
            "try "
                + (k + 1)
                + " of "
                + tries
                + " from seed "
                + seed
                + " failed; rerun it alone with -Dgraphenum.seed="
                + trySeed
                + " -Dgraphenum.tries=1\n"
                + "shrunk in "
                + shrunk.checks()
                + " checks"
                + (shrunk.exhausted() ? " (the most it may take)" : "")
                + " to this input, which fails with: "
                + shrunk.failure()
                + "\n"
                + show.apply(shrunk.input())
                + "\n"
                + "the input drawn from seed "
                + trySeed
                + ", which fails with: "
                + failure
                + "\n"
                + show.apply(input),
            shrunk.failure());
      }
    }
  }

  /**
   * How {@code input} fails, or null when it has the property. Any throwable is the input's
   * failure: an assertion, an exception, a stack overflow in the code under test.
   */
  private Throwable failureOf(T input) {
    try {
      property.check(input);
      return null;
    } catch (Throwable failure) {
      return failure;
    }
  }
}
