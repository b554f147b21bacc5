package io.shiftlead.plugin.core.evaluation;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs several evaluators over a ticket and merges what they decide into one evaluation, so all
 * of one evaluation's changes reach the helpdesk as one update. Later evaluators win on the same
 * field, priority, group or assignee (the order is the configuration's); tags and notes add up
 * (keyed notes stay separate, each under its own key).
 */
public final class CompositeEvaluator implements Evaluator {
  private final List<Evaluator> evaluators;

  public CompositeEvaluator(List<Evaluator> evaluators) {
    this.evaluators = List.copyOf(evaluators);
  }

  @Override
  public String id() {
    return "shiftlead";
  }

  @Override
  public Evaluation evaluate(Ticket ticket) {
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> addTags = new LinkedHashSet<>();
    Set<String> removeTags = new LinkedHashSet<>();
    Priority priority = null;
    String group = null;
    String assignee = null;
    List<String> notes = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<OutboundNotification> notifications = new ArrayList<>();
    Map<String, String> keyedNotes = new LinkedHashMap<>();
    for (Evaluator evaluator : evaluators) {
      Evaluation e = evaluator.evaluate(ticket);
      fields.putAll(e.fields());
      addTags.addAll(e.addTags());
      removeTags.addAll(e.removeTags());
      priority = e.priority() != null ? e.priority() : priority;
      group = e.group() != null ? e.group() : group;
      assignee = e.assignee() != null ? e.assignee() : assignee;
      if (e.noteBody() != null) {
        notes.add(e.noteBody());
      }
      e.reasons().forEach(r -> reasons.add(e.evaluatorId() + ": " + r));
      notifications.addAll(e.notifications());
      keyedNotes.putAll(e.keyedNotes());
    }
    removeTags.removeAll(addTags);
    return new Evaluation(id(), fields, addTags, removeTags, priority, group, assignee,
        notes.isEmpty() ? null : String.join("\n\n", notes), reasons, notifications,
        keyedNotes);
  }
}
