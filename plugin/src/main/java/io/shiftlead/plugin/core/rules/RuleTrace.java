package io.shiftlead.plugin.core.rules;

import java.util.Collections;
import java.util.List;

/**
 * One rule in one run.
 *
 * @param outcome what happened to it: matched, not matched, disabled, skipped after a stop, error
 * @param seen the comparisons made and the values they saw
 * @param error the failure message when a condition or action threw, else null
 */
public record RuleTrace(String ruleId, RuleMode mode, Result outcome, List<Seen> seen,
    List<ActionEffect> effects, String error) {

  /** The possible results of one rule. */
  public enum Result { MATCHED, NOT_MATCHED, DISABLED, SKIPPED_AFTER_STOP, ERROR }

  public RuleTrace {
    // read-only views, not copies: the engine hands over lists it never touches again, and a copy
    // per rule per ticket was a tenth of the evaluation time
    seen = Collections.unmodifiableList(seen);
    effects = Collections.unmodifiableList(effects);
  }

  public boolean matched() {
    return outcome == Result.MATCHED;
  }

  /** Matched and enabled: its actions are part of the outcome. */
  public boolean fired() {
    return matched() && mode == RuleMode.ENABLED;
  }
}
