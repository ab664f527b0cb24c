package io.github.graphenum.processor.page;

import org.jspecify.annotations.Nullable;

/**
 * That an enum or a member is deprecated, and what its documentation says of it: a page's marker
 * and sentence, or the service metadata's {@code Org.OData.Core.V1.Revisions} of kind {@code
 * Deprecated}.
 *
 * @param note what the documentation says of it (why, since when, what replaces it), or {@link
 *     Description#EMPTY} when it only marks it
 * @param date when it was deprecated, as the metadata writes a date ({@code 2024-04-10}), or {@code
 *     null} when not stated apart from the note
 * @param removalDate when the service stops supporting it, as the metadata writes a date, or {@code
 *     null} when not stated apart from the note
 */
public record Deprecation(Description note, @Nullable String date, @Nullable String removalDate) {

  /** A deprecation a page states: marked, with the page's {@code note} (perhaps empty). */
  public static Deprecation onPage(Description note) {
    return new Deprecation(note, null, null);
  }
}
