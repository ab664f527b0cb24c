package io.github.graphenum.processor.diagnostic;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of graphenum's warnings, by what the user can do about them: each warning of the {@link
 * Message} catalogue has one. A spec or folder silences a kind with
 * {@code @SuppressWarnings("graphenum:<name>")} (all kinds with
 * {@code @SuppressWarnings("graphenum")}), so the names are part of graphenum's interface: never
 * rename one.
 */
public enum WarningKind {
  /** An enum or a page of a {@code @GraphEnums} folder is not generated; the index lists it. */
  SKIPPED,
  /** Part of a page is not read: a second members table, a column, cells, a Namespace line. */
  UNREAD,
  /** Two members map to one constant name; the later one is named with a suffix. */
  NAMES,
  /** The docs and the service metadata ({@code graphenum.metadata}) differ. */
  METADATA,
  /** The page is machine-translated, or a localized page cannot be read. */
  TRANSLATION,
  /**
   * Something the spec asks for matches nothing: an {@code include}, {@code exclude} or {@code
   * flags} entry, a folder without pages, a kind in {@code @SuppressWarnings}.
   */
  UNUSED,
  /**
   * What a spec was generated from cannot be recorded for graphenum-maven-plugin's refresh goal.
   */
  REFRESH,
  /**
   * An {@code -A} option that is none of graphenum's, or not true or false: reported for the whole
   * build, on no spec, so no {@code @SuppressWarnings} reaches it.
   */
  OPTIONS;

  /**
   * What {@code @SuppressWarnings} says before a kind: {@code "graphenum"} alone means all kinds.
   */
  public static final String SUPPRESSION_PREFIX = "graphenum";

  /** The kind's name, as {@code @SuppressWarnings("graphenum:<name>")} takes it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code key}, or {@code null}. */
  public static @Nullable WarningKind ofKey(String key) {
    for (WarningKind kind : values()) {
      if (kind.key().equals(key)) {
        return kind;
      }
    }
    return null;
  }
}
