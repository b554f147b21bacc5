package io.shiftlead.plugin.core.rules;

/**
 * Hooks around each rule, for metrics and logging (the trace itself is always in the run). The
 * engine calls them on the evaluating thread; they must not throw.
 */
public interface RuleListener {

  default void afterRule(String ticketId, RuleTrace trace) {}

  default void onError(String ticketId, String ruleId, RuntimeException error) {}
}
