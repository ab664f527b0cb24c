package io.github.graphenum.processor.reporting;

import io.github.graphenum.processor.diagnostic.WarningKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The graphenum warnings a spec silences with {@code @SuppressWarnings}, as Java users expect:
 * {@code "graphenum"} silences every kind, {@code "graphenum:<kind>"} one {@link WarningKind}, on
 * the spec or on a type that encloses it. Other strings are javac's or other tools' and left alone
 * (javac ignores strings it does not know, so these never warn under {@code -Xlint:all}). A package
 * cannot carry {@code @SuppressWarnings} (its target has no packages): a folder whose warnings are
 * to be silenced is annotated on an interface.
 *
 * @param all whether every kind is silenced
 * @param kinds the kinds silenced
 * @param unknown the {@code "graphenum:..."} strings that name no kind, where they are written
 */
record Suppressions(boolean all, Set<WarningKind> kinds, List<Unknown> unknown) {

  static final Suppressions NONE = new Suppressions(false, Set.of(), List.of());

  /**
   * A {@code "graphenum:<kind>"} string that names no kind.
   *
   * @param element the element whose {@code @SuppressWarnings} holds it
   * @param annotation that {@code @SuppressWarnings}
   * @param value the string, as an annotation value, so that a message points at it
   */
  record Unknown(Element element, AnnotationMirror annotation, AnnotationValue value) {
    String text() {
      return (String) value.getValue();
    }
  }

  Suppressions {
    kinds = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
    unknown = List.copyOf(unknown);
  }

  /** Whether a warning of {@code kind} is silenced. */
  boolean silences(WarningKind kind) {
    return all || kinds.contains(kind);
  }

  /**
   * The kinds as {@code @SuppressWarnings} names them, for messages: {@code skipped, unread, ...}.
   */
  static String kindNames() {
    return Arrays.stream(WarningKind.values())
        .map(WarningKind::key)
        .collect(Collectors.joining(", "));
  }

  /**
   * What the {@code @SuppressWarnings} of {@code element} and of the types enclosing it silence.
   */
  static Suppressions of(Element element) {
    boolean all = false;
    Set<WarningKind> kinds = EnumSet.noneOf(WarningKind.class);
    List<Unknown> unknown = new ArrayList<>();
    for (Element e = element;
        e != null && e.getKind() != ElementKind.PACKAGE && e.getKind() != ElementKind.MODULE;
        e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (!((TypeElement) mirror.getAnnotationType().asElement())
            .getQualifiedName()
            .contentEquals("java.lang.SuppressWarnings")) {
          continue;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> attribute :
            mirror.getElementValues().entrySet()) {
          for (AnnotationValue value : strings(attribute.getValue())) {
            String text = value.getValue() instanceof String s ? s.strip() : "";
            if (text.equals(WarningKind.SUPPRESSION_PREFIX)) {
              all = true;
            } else if (text.startsWith(WarningKind.SUPPRESSION_PREFIX + ":")) {
              WarningKind kind =
                  WarningKind.ofKey(
                      text.substring(WarningKind.SUPPRESSION_PREFIX.length() + 1).strip());
              if (kind != null) {
                kinds.add(kind);
              } else {
                unknown.add(new Unknown(e, mirror, value));
              }
            }
          }
        }
      }
    }
    return all || !kinds.isEmpty() || !unknown.isEmpty()
        ? new Suppressions(all, kinds, unknown)
        : NONE;
  }

  /**
   * {@code @SuppressWarnings("a")} holds one string, {@code @SuppressWarnings({"a", "b"})} a list.
   */
  private static List<AnnotationValue> strings(AnnotationValue value) {
    if (value.getValue() instanceof List<?> list) {
      List<AnnotationValue> values = new ArrayList<>();
      for (Object entry : list) {
        values.add((AnnotationValue) entry);
      }
      return values;
    }
    return List.of(value);
  }
}
