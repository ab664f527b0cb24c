package io.github.graphenum.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Shrinking reduces a failing input to a small one that still fails. */
class ShrinkerTest {
  /** Shorter lists first, then lists of shorter strings: the order the property tests use. */
  private static Stream<List<String>> smaller(List<String> list) {
    return Stream.concat(
        Shrinker.removals(list, 1), Shrinker.replacements(list, Shrinker::shorter));
  }

  private static Function<List<String>, Throwable> failingWhen(Predicate<List<String>> fails) {
    return list -> fails.test(list) ? new AssertionError("fails: " + list) : null;
  }

  private static List<String> noise(int size) {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add("element number " + i);
    }
    return list;
  }

  @Test
  void aListFailingOnOneWordShrinksToThatWordAlone() {
    List<String> input = noise(40);
    input.set(23, "noise before bad, noise after");
    Function<List<String>, Throwable> failure =
        failingWhen(list -> list.stream().anyMatch(s -> s.contains("bad")));
    Shrinker.Shrunk<List<String>> shrunk =
        Shrinker.shrink(input, failure.apply(input), ShrinkerTest::smaller, failure, 10_000);
    assertEquals(List.of("bad"), shrunk.input());
    assertEquals(
        "fails: [bad]", shrunk.failure().getMessage(), "the failure is the shrunk input's");
    assertFalse(shrunk.exhausted());
  }

  @Test
  void aFailureThatNeedsTwoElementsKeepsBothInOrder() {
    List<String> input = noise(30);
    input.set(4, "left x");
    input.set(17, "right y");
    Function<List<String>, Throwable> failure =
        failingWhen(
            list -> {
              int x = list.indexOf("x");
              int y = list.indexOf("y");
              return list.stream().anyMatch(s -> s.contains("x"))
                  && list.stream().anyMatch(s -> s.contains("y"))
                  && (x < 0 || y < 0 || x < y);
            });
    Shrinker.Shrunk<List<String>> shrunk =
        Shrinker.shrink(input, failure.apply(input), ShrinkerTest::smaller, failure, 10_000);
    assertEquals(List.of("x", "y"), shrunk.input());
  }

  @Test
  void shrinkingStopsWhenItsBudgetIsSpent() {
    List<String> input = noise(40);
    Function<List<String>, Throwable> failure = failingWhen(list -> list.size() > 3);
    Shrinker.Shrunk<List<String>> shrunk =
        Shrinker.shrink(input, failure.apply(input), ShrinkerTest::smaller, failure, 2);
    assertTrue(shrunk.exhausted());
    assertEquals(2, shrunk.checks());
    assertEquals(10, shrunk.input().size(), "two halvings: 40, 20, 10");
  }

  @Test
  void anInputWithNoSmallerFailingVariantIsKept() {
    List<String> input = List.of("ok", "ok");
    Function<List<String>, Throwable> failure = failingWhen(list -> list.equals(input));
    Shrinker.Shrunk<List<String>> shrunk =
        Shrinker.shrink(input, failure.apply(input), ShrinkerTest::smaller, failure, 10_000);
    assertEquals(input, shrunk.input());
    assertFalse(shrunk.exhausted());
  }

  @Test
  void removalsKeepTheMinimumSize() {
    assertEquals(
        List.of(
            List.of(3, 4),
            List.of(1, 2),
            List.of(2, 3, 4),
            List.of(1, 3, 4),
            List.of(1, 2, 4),
            List.of(1, 2, 3)),
        Shrinker.removals(List.of(1, 2, 3, 4), 1).toList());
    assertEquals(List.of(), Shrinker.removals(List.of(1, 2), 2).toList());
    assertEquals(List.of(List.of()), Shrinker.removals(List.of(1), 0).toList());
  }

  @Test
  void shorterStringsRemoveWholeCodePoints() {
    List<String> shorter = Shrinker.shorter("a\uD83D\uDE00b").toList();
    assertEquals(List.of("", "\uD83D\uDE00b", "ab", "a\uD83D\uDE00"), shorter);
    assertEquals(List.of(), Shrinker.shorter("").toList());
  }
}
