package io.github.graphenum.processor.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Shrinks an input that fails a check: tries smaller variants of it, moves to the first one that
 * still fails, and repeats until no smaller variant fails or the budget of checks is spent. A
 * random input that fails is mostly noise; the shrunk one shows what the failure needs.
 *
 * <p>The variants are streams, made lazily: a long text has many thousands of them, and shrinking
 * stops at the first that fails.
 */
public final class Shrinker {
  private Shrinker() {}

  /**
   * What shrinking gave.
   *
   * @param input the smallest failing input found
   * @param failure how it fails
   * @param checks how many variants were checked
   * @param exhausted whether the budget ran out before no smaller variant failed
   */
  record Shrunk<T>(T input, Throwable failure, int checks, boolean exhausted) {}

  /**
   * Shrinks {@code input}, which fails with {@code failure}.
   *
   * @param smaller the smaller variants of an input, the most promising (smallest) first
   * @param failureOf how an input fails, or null when it passes
   * @param maxChecks the most variants to check
   */
  static <T> Shrunk<T> shrink(
      T input,
      Throwable failure,
      Function<T, Stream<T>> smaller,
      Function<T, Throwable> failureOf,
      int maxChecks) {
    T current = input;
    Throwable currentFailure = failure;
    int checks = 0;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (Iterator<T> variants = smaller.apply(current).iterator(); variants.hasNext(); ) {
        if (checks == maxChecks) {
          return new Shrunk<>(current, currentFailure, checks, true);
        }
        T variant = variants.next();
        checks++;
        Throwable variantFailure = failureOf.apply(variant);
        if (variantFailure != null) {
          current = variant;
          currentFailure = variantFailure;
          shrunk = true;
          break;
        }
      }
    }
    return new Shrunk<>(current, currentFailure, checks, false);
  }

  /**
   * {@code list} with runs of elements removed, longest runs first (half of the list, then a
   * quarter, down to single elements), never shorter than {@code minSize}.
   */
  public static <E> Stream<List<E>> removals(List<E> list, int minSize) {
    return IntStream.iterate(Math.max(1, list.size() / 2), run -> run >= 1, run -> run / 2)
        .boxed()
        .flatMap(
            run ->
                IntStream.iterate(0, from -> from < list.size(), from -> from + run)
                    .filter(from -> list.size() - Math.min(run, list.size() - from) >= minSize)
                    .mapToObj(
                        from -> {
                          List<E> shorter = new ArrayList<>(list.subList(0, from));
                          shorter.addAll(
                              list.subList(Math.min(list.size(), from + run), list.size()));
                          return shorter;
                        }));
  }

  /** {@code list} with one element replaced by one of its smaller variants. */
  public static <E> Stream<List<E>> replacements(List<E> list, Function<E, Stream<E>> smaller) {
    return IntStream.range(0, list.size())
        .boxed()
        .flatMap(
            index ->
                smaller
                    .apply(list.get(index))
                    .map(
                        variant -> {
                          List<E> replaced = new ArrayList<>(list);
                          replaced.set(index, variant);
                          return replaced;
                        }));
  }

  /**
   * {@code text} with runs of characters removed, longest runs first: the empty string first. Whole
   * code points are removed, so that shrinking never splits a surrogate pair into a lone surrogate
   * (another input, which may fail for another reason).
   */
  public static Stream<String> shorter(String text) {
    if (text.isEmpty()) {
      return Stream.empty();
    }
    List<Integer> codePoints = text.codePoints().boxed().toList();
    return Stream.concat(
        Stream.of(""),
        removals(codePoints, 1)
            .map(
                kept -> {
                  StringBuilder shorter = new StringBuilder();
                  kept.forEach(shorter::appendCodePoint);
                  return shorter.toString();
                }));
  }
}
