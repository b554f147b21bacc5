package io.shiftlead.plugin.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of one evaluation: every rule's trace, and the outcome the fired rules agree on.
 * Stored with each decision; the replay command prints {@link #actions()}.
 *
 * @param dryRun true for {@code check}: routing memory was not advanced, nothing must be sent
 */
public record RuleRun(String ticketId, Instant at, String ruleSet, String version, boolean dryRun,
    List<RuleTrace> rules, Outcome outcome) {

  public RuleRun {
    rules = List.copyOf(rules);
  }

  public List<RuleTrace> fired() {
    return rules.stream().filter(RuleTrace::fired).toList();
  }

  /** One line per action of a fired rule, with the rule's reasons: the replay format. */
  public List<AppliedAction> actions() {
    List<AppliedAction> out = new ArrayList<>();
    for (RuleTrace trace : fired()) {
      List<String> reasons = trace.seen().stream().filter(Seen::result).map(Seen::toString)
          .toList();
      for (ActionEffect effect : trace.effects()) {
        out.add(new AppliedAction(trace.ruleId(), effect.type(), effect.value(), effect.effect(),
            reasons));
      }
    }
    return out;
  }

  /** An action of a fired rule, flattened for output. */
  public record AppliedAction(String rule, String type, String value, String effect,
      List<String> reasons) {}
}
