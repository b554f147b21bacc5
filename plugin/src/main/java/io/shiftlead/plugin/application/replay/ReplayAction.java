package io.shiftlead.plugin.application.replay;

import java.util.List;

/**
 * One thing the evaluation would do to a ticket, and why.
 *
 * @param rule the rule id (or the built-in evaluator's id) that decided it
 * @param type {@code set_field}, {@code add_tags}, {@code remove_tags}, {@code set_priority},
 *     {@code assign_group}, {@code assign_agent}, {@code add_note}, {@code escalate}
 * @param value the action as configured ("least_loaded in tier1")
 * @param effect what it did to this ticket ("assigned to a-3"); null when nothing more to say
 */
public record ReplayAction(String rule, String type, Object value, String effect,
    List<String> reasons) {

  public ReplayAction(String rule, String type, Object value, List<String> reasons) {
    this(rule, type, value, null, reasons);
  }
}
