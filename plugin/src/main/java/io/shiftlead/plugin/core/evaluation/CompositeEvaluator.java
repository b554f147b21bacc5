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
        // each evaluator's note is its own note, keyed by evaluator and content: a new SLA
        // breach note must not repeat the rule note that was posted before it
        keyedNotes.put(e.evaluatorId() + "." + digest(e.noteBody()), e.noteBody());
      }
      e.reasons().forEach(r -> reasons.add(e.evaluatorId() + ": " + r));
      notifications.addAll(e.notifications());
      keyedNotes.putAll(e.keyedNotes());
    }
    removeTags.removeAll(addTags);
    return new Evaluation(id(), fields, addTags, removeTags, priority, group, assignee,
        null, reasons, notifications,
        keyedNotes);
  }

  private static String digest(String text) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 6);
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
