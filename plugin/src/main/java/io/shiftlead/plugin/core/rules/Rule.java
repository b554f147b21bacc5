package io.shiftlead.plugin.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * One admin rule: when {@code when} holds, do {@code actions}.
 *
 * @param order rules run in ascending order (ties keep file order); a later rule's value for the
 *     same thing (priority, group, a field) replaces an earlier one's
 */
public record Rule(String id, String description, int order, RuleMode mode, Condition when,
    List<Action> actions) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(when, "when");
    actions = List.copyOf(actions);
  }

  public boolean stops() {
    return actions.stream().anyMatch(a -> a instanceof Stop);
  }

  /** Matches every ticket and stops: enabled rules after it can never run. */
  public boolean stopsEverything() {
    return mode == RuleMode.ENABLED && stops() && when instanceof Always;
  }
}
