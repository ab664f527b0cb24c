package io.github.graphenum.processor.reporting;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.diagnostic.WarningKind;
import io.github.graphenum.processor.spec.EnumSpec;
import io.github.graphenum.processor.spec.FolderSpec;
import io.github.graphenum.processor.spec.SpecReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Hands diagnostics to javac's {@link Messager}, on the element they concern, so that an IDE and
 * the build log show each one on the spec's annotation (or on its {@code doc} or {@code table}
 * attribute). Every message starts with {@value #PREFIX}.
 *
 * <p>A warning whose kind the element's {@code @SuppressWarnings} silences ({@link Suppressions})
 * is not reported but counted; at the end of each round, {@link #endRound} reports the counts, one
 * note per element, and the {@code "graphenum:..."} strings that name no kind.
 */
public final class Reporter {
  static final String PREFIX = "[graphenum] ";

  /** The problems whose place is the {@code doc} attribute: the page was not found there. */
  private static final Set<Message> ABOUT_DOC_ATTRIBUTE =
      EnumSet.of(Message.DOC_NOT_FOUND, Message.DOC_OUTSIDE_ROOTS);

  /**
   * The problems of the build that the code generated for a spec would meet: reported on the first
   * spec that needs the build, not on no element.
   */
  private static final Set<Message> ON_FIRST_SPEC = EnumSet.of(Message.JSON_LIBRARY_MISSING);

  /**
   * The problems of an attribute found while the annotation is read, before there is a spec: the
   * attribute, by name.
   */
  private static final Map<Message, String> ABOUT_NAMED_ATTRIBUTE =
      Map.of(Message.DOC_CONTROL_CHARACTER, "doc", Message.FOLDER_CONTROL_CHARACTER, "folder");

  private final Messager messager;

  /** Each element's suppressions, read once: a folder reports hundreds of diagnostics. */
  private final IdentityHashMap<Element, Suppressions> suppressions = new IdentityHashMap<>();

  /** The warnings silenced this round, by element and kind. */
  private final Map<Element, Map<WarningKind, Integer>> silenced = new LinkedHashMap<>();

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** A problem of the whole build (an option), on no element. */
  public void reportForBuild(Diagnostic diagnostic) {
    messager.printMessage(diagnostic.kind(), PREFIX + diagnostic.render());
  }

  /**
   * A problem of the whole build, found when {@code first} (a spec or folder, the first of its
   * round) needed the build set up: a library missing from the class path, which the generated code
   * of every spec would need, is reported once, on {@code first}'s annotation, where an IDE shows
   * it; any other problem (an option's value) on no element.
   */
  public void reportForBuild(Diagnostic diagnostic, Element first) {
    if (ON_FIRST_SPEC.contains(diagnostic.message())) {
      messager.printMessage(
          diagnostic.kind(), PREFIX + diagnostic.render(), first, annotationOf(first));
    } else {
      reportForBuild(diagnostic);
    }
  }

  /**
   * Reports on the spec's annotation; on its {@code doc} attribute when the page cannot be found,
   * on its {@code table} attribute when the table is written there.
   *
   * @param element the annotated element
   * @param spec the spec as read, or {@code null} when it could not be read
   */
  public void report(Element element, @Nullable EnumSpec spec, List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      report(element, spec, diagnostic);
    }
  }

  private void report(Element element, @Nullable EnumSpec spec, Diagnostic diagnostic) {
    WarningKind kind = diagnostic.message().warningKind();
    if (diagnostic.kind() == Kind.WARNING
        && kind != null
        && suppressionsOf(element).silences(kind)) {
      silenced
          .computeIfAbsent(element, e -> new EnumMap<>(WarningKind.class))
          .merge(kind, 1, Integer::sum);
      return;
    }
    String text = PREFIX + diagnostic.render();
    AnnotationMirror annotation = spec != null ? spec.annotation() : annotationOf(element);
    AnnotationValue attribute = null;
    if (spec != null
        && spec.source() instanceof EnumSpec.DocPage page
        && ABOUT_DOC_ATTRIBUTE.contains(diagnostic.message())) {
      attribute = page.value();
    } else if (spec != null && spec.source() instanceof EnumSpec.InlineText table) {
      attribute = table.value();
    } else if (annotation != null && ABOUT_NAMED_ATTRIBUTE.containsKey(diagnostic.message())) {
      attribute = valueOf(annotation, ABOUT_NAMED_ATTRIBUTE.get(diagnostic.message()));
    }
    if (attribute != null) {
      messager.printMessage(diagnostic.kind(), text, element, annotation, attribute);
    } else {
      messager.printMessage(diagnostic.kind(), text, element, annotation);
    }
  }

  private Suppressions suppressionsOf(Element element) {
    return suppressions.computeIfAbsent(element, Suppressions::of);
  }

  /**
   * Closes a round whose specs and folders were {@code elements}: on each, a warning for every
   * {@code "graphenum:..."} string of its {@code @SuppressWarnings} that names no kind (on that
   * string), and a note that counts the warnings its {@code @SuppressWarnings} silenced.
   */
  public void endRound(Collection<? extends Element> elements) {
    for (Element element : elements) {
      for (Suppressions.Unknown unknown : suppressionsOf(element).unknown()) {
        Diagnostic warning =
            Message.SUPPRESSION_UNKNOWN_KIND.at(unknown.text(), Suppressions.kindNames());
        WarningKind kind = warning.message().warningKind();
        if (kind != null && suppressionsOf(element).silences(kind)) {
          silenced
              .computeIfAbsent(element, e -> new EnumMap<>(WarningKind.class))
              .merge(kind, 1, Integer::sum);
        } else {
          messager.printMessage(
              warning.kind(),
              PREFIX + warning.render(),
              unknown.element(),
              unknown.annotation(),
              unknown.value());
        }
      }
    }
    silenced.forEach(
        (element, counts) -> {
          List<String> byKind = new ArrayList<>();
          counts.forEach((kind, count) -> byKind.add(String.format("%,d %s", count, kind.key())));
          Diagnostic note = Message.WARNINGS_SUPPRESSED.at(String.join(", ", byKind));
          messager.printMessage(
              note.kind(), PREFIX + note.render(), element, annotationOf(element));
        });
    silenced.clear();
    suppressions.clear();
  }

  /** The processor's own failure on one element: an error on it, with the stack trace. */
  public void reportFailure(Element element, Throwable failure) {
    messager.printMessage(
        Kind.ERROR,
        PREFIX + Diagnostic.unexpected(null, failure).render(),
        element,
        annotationOf(element));
  }

  /** The value of the attribute {@code name} as written on {@code annotation}, or {@code null}. */
  private static @Nullable AnnotationValue valueOf(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value :
        annotation.getElementValues().entrySet()) {
      if (value.getKey().getSimpleName().contentEquals(name)) {
        return value.getValue();
      }
    }
    return null;
  }

  /** The element's {@code @GraphEnum} or {@code @GraphEnums}, or {@code null}. */
  private static @Nullable AnnotationMirror annotationOf(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(SpecReader.ANNOTATION) || name.equals(FolderSpec.ANNOTATION)) {
        return mirror;
      }
    }
    return null;
  }
}
