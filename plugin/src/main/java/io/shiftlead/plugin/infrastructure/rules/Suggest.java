package io.shiftlead.plugin.infrastructure.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "did you mean …?" for a misspelt key, field, operator or action: the closest known word. */
final class Suggest {
  private Suggest() {}

  /** The known word within a third of the typo's length in edits, if any. */
  static Optional<String> closest(String typo, Collection<String> known) {
    int limit = Math.max(2, typo.length() / 3);
    return known.stream().filter(k -> distance(typo, k) <= limit)
        .min(Comparator.comparingInt((String k) -> distance(typo, k)).thenComparing(k -> k));
  }

  static String didYouMean(String typo, Collection<String> known) {
    return closest(typo, known).map(k -> "did you mean '" + k + "'? ").orElse("");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
