package io.github.graphenum.processor.model;

import java.util.List;
import java.util.Map;

/**
 * The translated descriptions of one enum's members in one language.
 *
 * @param languageTag the language, as {@link java.util.Locale#toLanguageTag} writes it ({@code
 *     pt-BR})
 * @param descriptions the plain-text description of each member that has a translation, by Graph
 *     member name; the other members keep their English descriptions
 * @param stale the members whose translation was left out because it was made from other English
 *     text than the member's description ({@link Translations}), in page order; they keep their
 *     English descriptions
 */
public record Translation(
    String languageTag, Map<String, String> descriptions, List<String> stale) {
  public Translation {
    descriptions = Map.copyOf(descriptions);
    stale = List.copyOf(stale);
  }

  /** Whether this translation translates at least one member, so that the enum serves it. */
  public boolean translatesAny() {
    return !descriptions.isEmpty();
  }
}
