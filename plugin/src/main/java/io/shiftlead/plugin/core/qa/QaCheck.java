package io.shiftlead.plugin.core.qa;

/**
 * One automated check, one class each. Implementations are pure and thread-safe: the same
 * conversation always yields the same result, which keeps the written-back note stable.
 */
public interface QaCheck {

  /** The stable id used in scorecards, the API and the replay output ({@code greeting}, ...). */
  String id();

  /**
   * Grades the conversation's public agent replies (quoted text already removed).
   *
   * @return {@link Outcome#NA} when the check does not apply (no frustration to acknowledge, ...)
   */
  CheckResult check(Conversation conversation);
}
