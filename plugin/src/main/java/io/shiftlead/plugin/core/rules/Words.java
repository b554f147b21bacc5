package io.shiftlead.plugin.core.rules;

import java.util.List;
import java.util.Set;

/**
 * The operand of {@code any_of_words}: whole words, so "cancel" finds "please cancel!" but not
 * "cancellation" (write the longer word too, or use {@code matches}); entries with a space are
 * phrases matched on word boundaries.
 */
record Words(Set<String> words, List<String> phrases) {

  /**
   * A text's words, indexed once per evaluation for all the rules that search it.
   *
   * @param spaced the words joined by single spaces, with a space at each end, for phrases
   */
  record Indexed(Set<String> words, String spaced) {}

  /** Indexes a lower-case text in one pass (no regex: this runs for every ticket). */
  static Indexed index(String lowerText) {
    Set<String> out = new java.util.HashSet<>();
    StringBuilder spaced = new StringBuilder(lowerText.length() + 2).append(' ');
    int start = -1;
    for (int i = 0; i <= lowerText.length(); i++) {
      boolean wordChar = i < lowerText.length() && Character.isLetterOrDigit(lowerText.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        out.add(lowerText.substring(start, i));
        spaced.append(lowerText, start, i).append(' ');
        start = -1;
      }
    }
    return new Indexed(out, spaced.toString());
  }

  boolean foundIn(Indexed text) {
    for (String word : words) {
      if (text.words().contains(word)) {
        return true;
      }
    }
    for (String phrase : phrases) {
      if (text.spaced().contains(" " + phrase + " ")) {
        return true;
      }
    }
    return false;
  }

  boolean foundIn(String lowerText) {
    return foundIn(index(lowerText));
  }

  @Override
  public String toString() {
    return words + (phrases.isEmpty() ? "" : " " + phrases);
  }
}
