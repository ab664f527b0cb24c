package io.github.graphenum.processor.naming;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a name that was not found, for messages that suggest what was meant: a name
 * that differs only in case first, then by edit distance (ignoring case), then in the order given.
 */
public final class ClosestNames {
  /** Longer names are compared by case only: edit distance is quadratic in their length. */
  private static final int MAX_COMPARED_CHARS = 100;

  private ClosestNames() {}

  /** The names of {@code candidates} closest to {@code wanted}, closest first. */
  public static List<String> closest(String wanted, Collection<String> candidates) {
    String key = wanted.toLowerCase(Locale.ROOT);
    // Each cost once (a sort would compute it at every comparison); a stable sort keeps ties in
    // order.
    return candidates.stream()
        .distinct()
        .map(name -> new Scored(name, cost(key, name.toLowerCase(Locale.ROOT))))
        .sorted(Comparator.comparingInt(Scored::cost))
        .map(Scored::name)
        .toList();
  }

  private record Scored(String name, int cost) {}

  /**
   * The names of {@code candidates} that could be {@code wanted} with a typo (at most two edits, or
   * a third of its length, ignoring case), closest first, at most {@code limit} of them.
   */
  public static List<String> typosOf(String wanted, Collection<String> candidates, int limit) {
    String key = wanted.toLowerCase(Locale.ROOT);
    int most = Math.max(2, wanted.length() / 3);
    return closest(wanted, candidates).stream()
        .filter(name -> cost(key, name.toLowerCase(Locale.ROOT)) <= most)
        .limit(limit)
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
