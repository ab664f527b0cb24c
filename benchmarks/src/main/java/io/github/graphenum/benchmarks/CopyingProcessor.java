package io.github.graphenum.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The least work a processor that generates these enums can do: for each {@code @GraphEnum} spec,
 * it writes the enum's source, rendered beforehand, through the {@code Filer}. It reads no page and
 * renders nothing, so javac with it costs what javac charges any processor for writing the same
 * files (the {@code Filer}'s checks, the extra rounds), which no processor can avoid: the floor
 * against which graphenum's own cost is measured.
 *
 * <p>In process, it is given the sources; from the command line ({@code -processor} with {@code
 * -Acopy.from=<dir>}), it reads each from the directory the sources were written to.
 */
public final class CopyingProcessor extends AbstractProcessor {
  private Function<String, String> sourceOf;

  /** For javac's command line: the sources are read from the {@code copy.from} directory. */
  public CopyingProcessor() {}

  /** In process: the sources, by the enum's qualified name. */
  CopyingProcessor(Map<String, String> sourceByEnum) {
    this.sourceOf = sourceByEnum::get;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    if (sourceOf == null) {
      Path from = Path.of(environment.getOptions().get("copy.from"));
      sourceOf = enumName -> read(from.resolve(enumName.replace('.', '/') + ".java"));
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // The generated enums carry @Generated: claimed, as graphenum claims it.
    return Set.of("io.github.graphenum.GraphEnum", "javax.annotation.processing.Generated");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("copy.from");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (!annotation.getQualifiedName().contentEquals("io.github.graphenum.GraphEnum")) {
        continue;
      }
      for (Element spec : round.getElementsAnnotatedWith(annotation)) {
        String enumName = enumName(spec, annotation);
        try (Writer out = processingEnv.getFiler().createSourceFile(enumName, spec).openWriter()) {
          out.write(sourceOf.apply(enumName));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return true;
  }

  /** The enum a benchmark spec generates, named as {@link CorpusSpecs} names it. */
  private String enumName(Element spec, TypeElement annotation) {
    String pkg = processingEnv.getElementUtils().getPackageOf(spec).getQualifiedName().toString();
    for (AnnotationMirror mirror : spec.getAnnotationMirrors()) {
      if (!mirror.getAnnotationType().asElement().equals(annotation)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value :
          mirror.getElementValues().entrySet()) {
        if (value.getKey().getSimpleName().contentEquals("name")) {
          return CorpusSpecs.enumName(pkg, (String) value.getValue().getValue());
        }
      }
    }
    throw new IllegalStateException("a benchmark spec without a name: " + spec);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
