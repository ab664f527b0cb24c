package io.github.graphenum.processor.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The result of one stage: a value, or none when an error stopped the stage, with the diagnostics
 * found on the way.
 *
 * @param value the stage's result, or {@code null} when it failed
 * @param diagnostics errors and warnings, in the order found
 */
public record Outcome<T>(@Nullable T value, List<Diagnostic> diagnostics) {

  public Outcome {
    diagnostics = List.copyOf(diagnostics);
  }

  public static <T> Outcome<T> of(T value, List<Diagnostic> diagnostics) {
    boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
    return new Outcome<>(failed ? null : value, diagnostics);
  }

  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(value, List.of());
  }

  public static <T> Outcome<T> failed(Diagnostic error) {
    return new Outcome<>(null, List.of(error));
  }

  public boolean failed() {
    return value == null;
  }

  /** This outcome with each diagnostic changed by {@code change}. */
  public Outcome<T> changingDiagnostics(UnaryOperator<Diagnostic> change) {
    return new Outcome<>(value, diagnostics.stream().map(change).toList());
  }

  /**
   * The next stage applied to this value, with this outcome's diagnostics first; when this stage
   * failed, the next one does not run.
   */
  public <U> Outcome<U> then(Function<T, Outcome<U>> next) {
    if (value == null) {
      return new Outcome<>(null, diagnostics); // failed
    }
    Outcome<U> later = next.apply(value);
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(later.diagnostics);
    return new Outcome<>(later.value, all);
  }
}
