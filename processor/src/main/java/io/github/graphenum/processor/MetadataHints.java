package io.github.graphenum.processor;

import java.util.Collection;
import java.util.List;

/**
 * What the service metadata says about a row the validator refuses, so that an error on a page
 * (a typo such as {@code norma.}, a member listed twice, two members with one value) shows the
 * fix. Every hint is empty when the build has no metadata, or it has nothing to add.
 */
final class MetadataHints {
  private MetadataHints() {}

  /** For a name that is not a Graph identifier: the metadata's member it most likely means. */
  static String forInvalidName(ServiceMetadata.EnumType type, String name, Collection<String> onPage) {
    if (type == null) {
      return "";
    }
    List<String> missing = type.members().stream().map(ServiceMetadata.Member::name).filter(m -> !onPage.contains(m)).toList();
    List<String> typo = ClosestNames.typosOf(name, missing, 1);
    return typo.isEmpty() ? "" : "; the service metadata names this member " + typo.get(0);
  }

  /** For a member listed twice: its one value in the metadata, and the members the table lacks. */
  static String forDuplicateMember(ServiceMetadata.EnumType type, String name, Collection<String> onPage) {
    if (type == null) {
      return "";
    }
    StringBuilder hint = new StringBuilder();
    type.members().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .ifPresent(m -> hint.append("; the service metadata lists ").append(name).append(" once, with value ").append(m.value()));
    String missing = String.join(", ", type.members().stream().map(ServiceMetadata.Member::name).filter(m -> !onPage.contains(m)).toList());
    if (!missing.isEmpty()) {
      hint.append("; it also has ").append(missing).append(", which this table lacks");
    }
    return hint.toString();
  }

  /** For a value given twice: the value the metadata gives the later member, when it differs. */
  static String forDuplicateValue(ServiceMetadata.EnumType type, String name, int value) {
    if (type == null) {
      return "";
    }
    return type.members().stream()
        .filter(m -> m.name().equals(name) && m.value() != value)
        .findFirst()
        .map(m -> "; the service metadata gives " + name + " the value " + m.value())
        .orElse("");
  }
}
