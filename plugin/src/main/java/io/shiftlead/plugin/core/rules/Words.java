package io.shiftlead.plugin.core.rules;

import java.util.List;
import java.util.Set;

/**
 * The operand of {@code any_of_words}: whole words, so "cancel" finds "please cancel!" but not
 * "cancellation" (write the longer word too, or use {@code matches}); entries with a space are
 * phrases matched on word boundaries.
 */
record Words(Set<String> words, List<String> phrases) {

  boolean foundIn(String lowerText) {
    int length = lowerText.length();
    int start = -1;
    for (int i = 0; i <= length; i++) {
      boolean wordChar = i < length && Character.isLetterOrDigit(lowerText.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        if (words.contains(lowerText.substring(start, i))) {
          return true;
        }
        start = -1;
      }
    }
    if (phrases.isEmpty()) {
      return false;
    }
    String normal = " " + String.join(" ", lowerText.split("[^\\p{L}\\p{N}]+")) + " ";
    return phrases.stream().anyMatch(p -> normal.contains(" " + p + " "));
  }

  @Override
  public String toString() {
    return words + (phrases.isEmpty() ? "" : " " + phrases);
  }
}
