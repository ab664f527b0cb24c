package io.github.graphenum.processor.model;

import java.util.Map;

/**
 * The translated descriptions of one enum's members in one language.
 *
 * @param languageTag the language, as {@link java.util.Locale#toLanguageTag} writes it ({@code
 *     pt-BR})
 * @param descriptions the plain-text description of each member that has a translation, by Graph
 *     member name; the other members keep their English descriptions
 */
public record Translation(String languageTag, Map<String, String> descriptions) {
  public Translation {
    descriptions = Map.copyOf(descriptions);
  }
}
