package io.github.graphenum.processor.testing;

import com.palantir.javapoet.ClassName;
import io.github.graphenum.processor.GraphEnumProcessor;
import io.github.graphenum.processor.render.EnumRenderer;
import io.github.graphenum.processor.render.source.GeneratedAnnotation;
import java.util.List;

/** What the tests and benchmarks render with where no javac is there to make it. */
public final class Renderers {
  /** {@code @javax.annotation.processing.Generated} naming graphenum's processor. */
  public static final GeneratedAnnotation GENERATED =
      new GeneratedAnnotation(
          ClassName.get("javax.annotation.processing", "Generated"),
          GraphEnumProcessor.class.getName());

  /** The enum renderer without JSON bindings. */
  public static final EnumRenderer PLAIN = new EnumRenderer(GENERATED, List.of());

  private Renderers() {}
}
