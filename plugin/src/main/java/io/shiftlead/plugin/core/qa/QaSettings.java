package io.shiftlead.plugin.core.qa;

import java.util.List;
import java.util.Set;

/**
 * The team's settings for the built-in checks (the {@code checks:} section of the QA YAML).
 *
 * @param prohibitedPhrases replaces the built-in list when not null
 * @param extraProhibitedPhrases added to the list in use
 * @param spellingIgnore words never flagged (product names); case-insensitive
 * @param spellingMaxIssues a reply set with more issues than this fails {@code spelling_grammar}
 * @param firstReplyMinutes default first-reply target (0 = none) until the SLA engine supplies one
 * @param nextReplyMinutes default next-reply target (0 = none)
 */
public record QaSettings(
    List<String> prohibitedPhrases,
    List<String> extraProhibitedPhrases,
    Set<String> spellingIgnore,
    int spellingMaxIssues,
    int firstReplyMinutes,
    int nextReplyMinutes,
    HygieneRules hygiene) {

  public QaSettings {
    prohibitedPhrases = prohibitedPhrases == null ? null : List.copyOf(prohibitedPhrases);
    extraProhibitedPhrases = extraProhibitedPhrases == null ? List.of()
        : List.copyOf(extraProhibitedPhrases);
    spellingIgnore = spellingIgnore == null ? Set.of() : Set.copyOf(spellingIgnore);
    hygiene = hygiene == null ? HygieneRules.none() : hygiene;
  }

  /** Built-in phrases, no ignore list, 0 issues allowed, 60/240 minute reply targets, no hygiene. */
  public static QaSettings defaults() {
    return new QaSettings(null, List.of(), Set.of(), 0, 60, 240, HygieneRules.none());
  }
}
