package io.github.graphenum.processor.page;

import java.util.Map;

/**
 * A localized page as read for a translation: the page of a spec's {@code doc} under a localized
 * docs root, read twice from one text.
 *
 * @param page its English reading, exactly as {@link PageReader#read} reads a page: the enums it
 *     documents, their member names (from the English spans of a side-by-side page), their lines
 * @param translatedDescriptions its translated reading: the plain text of each members-table row's
 *     Description cell, by the row's 1-based line on the page (the line of its row in {@code
 *     page}); rows without one are absent
 */
public record LocalizedPage(Page page, Map<Integer, String> translatedDescriptions) {
  public LocalizedPage {
    translatedDescriptions = Map.copyOf(translatedDescriptions);
  }
}
