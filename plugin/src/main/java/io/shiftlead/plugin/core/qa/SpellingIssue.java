package io.shiftlead.plugin.core.qa;

/**
 * One spelling or grammar problem found in a reply.
 *
 * @param span the words flagged
 * @param message the checker's explanation ("Possible spelling mistake found.")
 * @param suggestion the first replacement offered, or null
 * @param ruleId the checker's rule id, for admins who want to silence a rule
 */
public record SpellingIssue(String span, String message, String suggestion, String ruleId) {}
