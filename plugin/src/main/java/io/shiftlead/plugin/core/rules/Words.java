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
    return phraseFoundIn(text);
  }

  boolean foundIn(String lowerText) {
    return wordFoundIn(lowerText) || !phrases.isEmpty() && phraseFoundIn(index(lowerText));
  }

  /**
   * Whether one of the single words is a whole word of the text: the same answer as looking it up
   * in {@link #index}'s word set, found by searching the text instead of hashing all its words
   * (a handful of words against a long body is far cheaper this way).
   */
  boolean wordFoundIn(String lowerText) {
    for (String word : words) {
      if (!word.isEmpty() && containsWord(lowerText, word)) {
        return true;
      }
    }
    return false;
  }

  boolean hasPhrases() {
    return !phrases.isEmpty();
  }

  boolean phraseFoundIn(Indexed text) {
    for (String phrase : phrases) {
      if (text.spaced().contains(" " + phrase + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String text, String word) {
    int end = text.length();
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int after = at + word.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (after == end || !Character.isLetterOrDigit(text.charAt(after)))) {
        // a token of the index holds only letters and digits
        return allLettersOrDigits(word);
      }
    }
    return false;
  }

  private static boolean allLettersOrDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return words + (phrases.isEmpty() ? "" : " " + phrases);
  }
}
