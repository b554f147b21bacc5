package io.shiftlead.plugin.core.rules;

/**
 * One thing a matched rule does, from the closed list of the YAML vocabulary. Actions write the
 * desired state, never a delta, so applying one twice is applying it once.
 */
public sealed interface Action
    permits SetPriority, ChangeTags, SetField, AssignGroup, AssignAgent, AddNote, Escalate, Stop {

  /** The YAML spelling: {@code set_priority}, {@code add_tags}, ... */
  String type();

  /** The value as written, for traces and the replay output. */
  String value();

  /** Applies the action to {@code context.state()} and says what it did. */
  String apply(ActionContext context);
}
