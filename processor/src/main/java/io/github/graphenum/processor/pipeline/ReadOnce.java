package io.github.graphenum.processor.pipeline;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Values computed once per key, from any thread: a page read once per compilation however many
 * specs and workers ask for it. The reading runs outside the map, so that a slow page (a hostile
 * one takes seconds) holds up only the threads that want that page.
 */
final class ReadOnce<K, V> {
  private final ConcurrentMap<K, FutureTask<V>> values = new ConcurrentHashMap<>();
  private final Function<K, V> compute;

  ReadOnce(Function<K, V> compute) {
    this.compute = compute;
  }

  /**
   * The value of {@code key}: computed now by this thread, or awaited from the one computing it.
   */
  V get(K key) {
    FutureTask<V> task = new FutureTask<>(() -> compute.apply(key));
    FutureTask<V> earlier = values.putIfAbsent(key, task);
    FutureTask<V> value = earlier != null ? earlier : task;
    value.run(); // does nothing when another thread runs or ran it
    try {
      return StageWorkers.getUninterruptibly(value);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
