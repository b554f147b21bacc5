package io.shiftlead.plugin.core.qa;

import java.util.List;
import java.util.Set;

/**
 * Spelling and grammar, behind an interface so the core stays free of the (large) checker
 * library; the infrastructure layer implements it with LanguageTool. Implementations must be
 * thread-safe and load their dictionaries once.
 */
public interface SpellingChecker {

  /** Whether {@code language} (ISO 639-1, {@code en}) can be checked; unsupported means N/A. */
  boolean supports(String language);

  /** Why {@code language} cannot be checked, for the N/A evidence. */
  default String unsupportedReason(String language) {
    return "no spelling dictionary for language " + language;
  }

  /**
   * The problems in {@code text}, ignoring any flagged word in {@code ignoreWords} (product names,
   * the customer's name; compared case-insensitively).
   */
  List<SpellingIssue> check(String text, String language, Set<String> ignoreWords);

  /** A checker that supports nothing, so {@code spelling_grammar} is N/A (tests, no dictionary). */
  static SpellingChecker unavailable() {
    return new SpellingChecker() {
      @Override
      public boolean supports(String language) {
        return false;
      }

      @Override
      public List<SpellingIssue> check(String text, String language, Set<String> ignoreWords) {
        return List.of();
      }
    };
  }
}
