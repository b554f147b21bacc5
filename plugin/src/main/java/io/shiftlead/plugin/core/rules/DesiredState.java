package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the ticket should look like after the rules, built up rule by rule. Actions state values,
 * not deltas, and each reports whether its value differs from the ticket as read: "priority is
 * already urgent" is an effect too. A later rule's value replaces an earlier one's.
 */
public final class DesiredState {
  private final Ticket ticket;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final Set<String> addTags = new LinkedHashSet<>();
  private final Set<String> removeTags = new LinkedHashSet<>();
  private final List<RuleNote> notes = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();
  private Priority priority;
  private String group;
  private String assignee;

  public DesiredState(Ticket ticket) {
    this.ticket = ticket;
  }

  String setPriority(Priority value) {
    priority = value;
    return value == ticket.priority() ? "priority already " + value.wireName()
        : "priority " + wire(ticket.priority()) + " -> " + value.wireName();
  }

  /** The higher of the current, the desired-so-far and the given priority: escalation never lowers. */
  Priority raised(Priority target) {
    Priority now = priority != null ? priority : ticket.priority();
    return now != null && now.compareTo(target) >= 0 ? now : target;
  }

  String addTag(String tag) {
    removeTags.remove(tag);
    addTags.add(tag);
    return ticket.tags().contains(tag) ? "tag " + tag + " already present" : "add tag " + tag;
  }

  String removeTag(String tag) {
    addTags.remove(tag);
    removeTags.add(tag);
    return ticket.tags().contains(tag) ? "remove tag " + tag : "tag " + tag + " already absent";
  }

  String setField(String key, Object value) {
    fields.put(key, value);
    Object current = ticket.fields().get(key);
    return current != null && Operands.normal(current).equals(Operands.normal(value))
        ? key + " already " + value : key + " " + current + " -> " + value;
  }

  String setGroup(String value) {
    group = value;
    return Objects.equals(value, ticket.group()) ? "group already " + value
        : "group " + ticket.group() + " -> " + value;
  }

  String setAssignee(String value) {
    assignee = value;
    String current = ticket.assignee() == null ? null : ticket.assignee().id();
    return Objects.equals(value, current) ? "assignee already " + value
        : "assignee " + current + " -> " + value;
  }

  void addNote(RuleNote note) {
    notes.add(note);
  }

  void addNotification(Notification notification) {
    notifications.add(notification);
  }

  public Outcome toOutcome() {
    return new Outcome(fields, addTags, removeTags, priority, group, assignee, notes,
        notifications);
  }

  private static String wire(Priority p) {
    return p == null ? "none" : p.wireName();
  }
}
