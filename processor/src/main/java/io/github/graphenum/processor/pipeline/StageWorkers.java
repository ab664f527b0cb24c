package io.github.graphenum.processor.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Threads for the stages that are pure functions of their input (reading pages, the enum model,
 * validating, rendering to text), so that a compilation of many specs uses the machine's cores:
 * javac is single-threaded, and its thread only waits while the processor runs. Whatever touches
 * javac (its element and tree APIs, the {@code Filer}, the {@code Messager}) stays on javac's
 * thread, and results come back in the order of their inputs, so the output does not depend on the
 * threads.
 *
 * <p>The threads are daemons, made on first use and stopped by {@link #close} (or after a few idle
 * seconds); each has a deep stack, as page markup nests deeply and its readers recurse.
 */
public final class StageWorkers implements AutoCloseable {
  /**
   * A worker's stack, deeper than javac's own thread's: page readers recurse with the markup's
   * nesting, and a page must read the same whichever thread reads it (a worker, or javac's when no
   * worker started it), so a worker's stack never runs out first. Reserved, not committed: it costs
   * memory only as deep as it is used.
   */
  private static final long STACK_BYTES = 64L * 1024 * 1024;

  /** How long an idle worker waits for more work before it ends. */
  private static final long IDLE_SECONDS = 5;

  /**
   * What one input gave: its result, or what it threw. Throwing is left to javac's thread, so that
   * a failure becomes an error on the spec it belongs to.
   *
   * @param value the result, or {@code null} when the work failed
   * @param failure what the work threw, or {@code null}
   */
  record Result<R>(@Nullable R value, @Nullable Throwable failure) {
    /** The result; what the work threw, thrown again. */
    R get() {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null || value == null) {
        // a checked exception thrown without being declared, or a stage that gave no result
        throw new IllegalStateException(failure);
      }
      return value;
    }
  }

  private final int threads;
  private @Nullable ExecutorService executor;

  /**
   * @param threads how many worker threads there are; the calling thread works too, on what no
   *     worker has started when it needs it; 0 does all the work on the calling thread, in order
   */
  public StageWorkers(int threads) {
    this.threads = Math.max(0, threads);
  }

  /** Workers for this machine: one thread per core but one, as javac's thread works too. */
  public static StageWorkers forThisMachine() {
    return new StageWorkers(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  }

  /** {@code work} applied to every input, on the workers; the results in the inputs' order. */
  <T, R> List<Result<R>> map(List<T> inputs, Function<T, R> work) {
    List<Result<R>> results = new ArrayList<>(inputs.size());
    for (Pending<R> pending : start(inputs, work)) {
      results.add(pending.await());
    }
    return results;
  }

  /**
   * Starts {@code work} on every input, on the workers, and returns at once: the caller awaits each
   * result when it needs it, and meanwhile does its own part (javac's thread writes the results
   * already done while the workers go on with the others). A result the workers have not started
   * when it is awaited is worked out by the caller itself, so that no core waits while there is
   * work.
   */
  <T, R> List<Pending<R>> start(List<T> inputs, Function<T, R> work) {
    List<Pending<R>> started = new ArrayList<>(inputs.size());
    for (T input : inputs) {
      if (threads == 0 || inputs.size() < 2) {
        Result<R> result = run(work, input);
        started.add(() -> result);
      } else {
        FutureTask<Result<R>> task = new FutureTask<>(() -> run(work, input));
        executor().execute(task);
        started.add(
            () -> {
              task.run(); // does nothing when a worker has started it
              return await(task);
            });
      }
    }
    return started;
  }

  /** A result being worked out. */
  @FunctionalInterface
  interface Pending<R> {
    /** Waits for the result. */
    Result<R> await();
  }

  private static <T, R> Result<R> run(Function<T, R> work, T input) {
    try {
      return new Result<>(work.apply(input), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result<>(null, e);
    }
  }

  private static <R> Result<R> await(Future<Result<R>> future) {
    try {
      return getUninterruptibly(future);
    } catch (ExecutionException e) {
      return new Result<>(null, e.getCause());
    }
  }

  /**
   * The value of {@code future}, waiting through interrupts (and restoring the interrupt after):
   * the value is on its way, and javac's thread has nothing else to do.
   */
  static <V> V getUninterruptibly(Future<V> future) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private ExecutorService executor() {
    if (executor == null) {
      AtomicInteger count = new AtomicInteger();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              IDLE_SECONDS,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              work -> {
                Thread thread =
                    new Thread(null, work, "graphenum-" + count.incrementAndGet(), STACK_BYTES);
                thread.setDaemon(true);
                return thread;
              });
      // Idle threads end on their own, should a compilation never reach close().
      pool.allowCoreThreadTimeOut(true);
      executor = pool;
    }
    return executor;
  }

  /** Stops the threads; later work makes new ones. */
  @Override
  public void close() {
    if (executor != null) {
      executor.shutdown();
      executor = null;
    }
  }
}
