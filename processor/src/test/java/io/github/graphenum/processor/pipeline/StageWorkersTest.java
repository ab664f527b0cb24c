package io.github.graphenum.processor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The worker threads of the pure stages, on their own. */
class StageWorkersTest {
  @Test
  void resultsComeInTheInputsOrderWhateverThreadsWorked() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (StageWorkers workers = new StageWorkers(3)) {
      List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
      List<StageWorkers.Result<Integer>> results =
          workers.map(
              inputs,
              i -> {
                threads.add(Thread.currentThread().getName());
                return i * i;
              });
      assertEquals(
          inputs.stream().map(i -> i * i).toList(),
          results.stream().map(StageWorkers.Result::get).toList());
    }
    assertTrue(
        threads.stream().anyMatch(name -> name.startsWith("graphenum-")),
        "the workers did work: " + threads);
  }

  @Test
  void aFailureIsKeptForItsInputAndThrownWhereItIsAwaited() {
    IllegalStateException boom = new IllegalStateException("boom");
    try (StageWorkers workers = new StageWorkers(2)) {
      List<StageWorkers.Result<String>> results =
          workers.map(
              List.of("a", "fail", "c"),
              s -> {
                if (s.equals("fail")) {
                  throw boom;
                }
                return s.toUpperCase();
              });
      assertEquals("A", results.get(0).get());
      assertNull(results.get(1).value());
      assertSame(boom, assertThrows(IllegalStateException.class, results.get(1)::get));
      assertEquals("C", results.get(2).get());
    }
  }

  @Test
  void aStackOverflowIsAFailureOfThatInputOnlyOnWhicheverThreadRanIt() {
    try (StageWorkers workers = new StageWorkers(2)) {
      List<StageWorkers.Result<Integer>> results =
          workers.map(List.of(1, -1), n -> n > 0 ? n : depth(0));
      assertEquals(1, results.get(0).get());
      assertThrows(StackOverflowError.class, results.get(1)::get);
    }
  }

  private static int depth(int n) {
    return depth(n + 1) + 1;
  }

  @Test
  void workNotStartedWhenAwaitedIsDoneByTheCaller() {
    String caller = Thread.currentThread().getName();
    Set<String> ranOn = ConcurrentHashMap.newKeySet();
    try (StageWorkers workers = new StageWorkers(1)) {
      // The one worker is kept busy by the first input while the caller awaits the last one.
      List<StageWorkers.Pending<String>> pending =
          workers.start(
              List.of("slow", "b", "c", "last"),
              s -> {
                if (s.equals("slow")) {
                  sleep(300);
                }
                if (s.equals("last")) {
                  ranOn.add(Thread.currentThread().getName());
                }
                return s;
              });
      assertEquals("last", pending.get(3).await().get());
      assertEquals(Set.of(caller), ranOn, "the caller did not wait for the busy worker");
      assertEquals("slow", pending.get(0).await().get());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
