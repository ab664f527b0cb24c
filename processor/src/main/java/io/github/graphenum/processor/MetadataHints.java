package io.github.graphenum.processor;

import java.util.Collection;
import java.util.Locale;

/**
 * What the service metadata says about a row the validator refuses, so that an error on a page
 * (a typo such as {@code norma.}, a member listed twice, two members with one value) shows the
 * fix. Every hint is empty when the build has no metadata, or it has nothing to add.
 */
final class MetadataHints {
  /** Longer names are no typo of a Graph name, and comparing them would cost quadratic time. */
  private static final int MAX_TYPO_CHARS = 100;

  private MetadataHints() {}

  /** For a name that is not a Graph identifier: the metadata's member it most likely means. */
  static String forInvalidName(ServiceMetadata.EnumType type, String name, Collection<String> onPage) {
    if (type == null || name.length() > MAX_TYPO_CHARS) {
      return "";
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (ServiceMetadata.Member member : type.members()) {
      if (onPage.contains(member.name())) {
        continue;
      }
      int distance = ClosestNames.distance(name.toLowerCase(Locale.ROOT), member.name().toLowerCase(Locale.ROOT));
      if (distance < best) {
        best = distance;
        closest = member.name();
      }
    }
    // A typo, not another word: at most two edits, or a third of the name.
    return closest != null && best <= Math.max(2, name.length() / 3) ? "; the service metadata names this member " + closest : "";
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
