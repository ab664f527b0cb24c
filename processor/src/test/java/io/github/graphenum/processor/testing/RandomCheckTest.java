package io.github.graphenum.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A failing random check names the seed that reproduces it and shows the shrunk input. */
class RandomCheckTest {
  /** Words of random letters; the property fails on any word with a q in it. */
  private static RandomCheck<String> noQ(List<String> drawn) {
    return new RandomCheck<>(
        random -> {
          String word = RandomValues.string(random, "abcdefghijklmnopqrstuvwxyz", 5, 30);
          drawn.add(word);
          return word;
        },
        Shrinker::shorter,
        word -> "<" + word + ">",
        word -> assertTrue(word.indexOf('q') < 0, "a q in " + word),
        1_000);
  }

  @Test
  void aFailureGivesTheSeedOfItsTryAndTheShrunkInput() {
    List<String> drawn = new ArrayList<>();
    AssertionError failure = assertThrows(AssertionError.class, () -> noQ(drawn).run(7, 1_000));
    int failingTry = drawn.size();
    String message = failure.getMessage();
    assertTrue(
        message.startsWith(
            "try "
                + failingTry
                + " of 1000 from seed 7 failed; rerun it alone with -Dgraphenum.seed="
                + (7 + failingTry - 1)
                + " -Dgraphenum.tries=1\n"),
        message);
    assertTrue(
        message.contains(
            "to this input, which fails with: org.opentest4j.AssertionFailedError: a q in q ==>"
                + " expected: <true> but was: <false>\n"
                + "<q>\n"),
        message);
    assertTrue(
        message.endsWith("\n<" + drawn.get(failingTry - 1) + ">"), "the drawn input: " + message);

    List<String> again = new ArrayList<>();
    assertThrows(AssertionError.class, () -> noQ(again).run(7 + failingTry - 1, 1));
    assertEquals(
        List.of(drawn.get(failingTry - 1)), again, "the seed reproduces the failing try alone");
  }

  @Test
  void eachTryDrawsFromItsOwnSeed() {
    List<String> drawn = new ArrayList<>();
    new RandomCheck<String>(
            random -> RandomValues.string(random, "ab", 20, 20),
            Shrinker::shorter,
            word -> word,
            drawn::add,
            0)
        .run(40, 3);
    assertEquals(
        List.of(
            RandomValues.string(new SplittableRandom(40), "ab", 20, 20),
            RandomValues.string(new SplittableRandom(41), "ab", 20, 20),
            RandomValues.string(new SplittableRandom(42), "ab", 20, 20)),
        drawn);
  }
}
