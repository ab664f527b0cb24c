package io.github.graphenum.processor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a name that was not found, for messages that suggest what was meant: a
 * name that differs only in case first, then by edit distance (ignoring case), then in the order
 * given.
 */
final class ClosestNames {
  /** Longer names are compared by case only: edit distance is quadratic in their length. */
  private static final int MAX_COMPARED_CHARS = 100;

  private ClosestNames() {}

  /** The names of {@code candidates} closest to {@code wanted}, closest first. */
  static List<String> closest(String wanted, Collection<String> candidates) {
    String key = wanted.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .distinct()
        .sorted(Comparator.comparingInt((String name) -> cost(key, name.toLowerCase(Locale.ROOT))))
        .toList();
  }

  private static int cost(String wanted, String candidate) {
    if (wanted.length() > MAX_COMPARED_CHARS || candidate.length() > MAX_COMPARED_CHARS) {
      return wanted.equals(candidate) ? 0 : Integer.MAX_VALUE;
    }
    return distance(wanted, candidate);
  }

  /** The Levenshtein distance: single-char insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
