package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.evaluation.OutboundNotification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the escalation levels firing in one evaluation ask for, collected into the evaluation's
 * desired state: {@code set_priority} (raises, never lowers), {@code assign_group},
 * {@code assign_agent}, {@code add_tags}, {@code remove_tags}, {@code set_field},
 * {@code add_note} (its text shows in the level's line of the SLA note) and {@code notify} (a webhook call keyed by the
 * level's {@link EscalationDue#key()}). Not thread-safe; one per evaluation.
 */
final class EscalationChanges {
  final Map<String, Object> fields = new LinkedHashMap<>();
  final Set<String> addTags = new LinkedHashSet<>();
  final Set<String> removeTags = new LinkedHashSet<>();
  final List<OutboundNotification> notifications = new ArrayList<>();
  Priority priority;
  String group;
  String assignee;

  /** Applies one due level's actions; returns what it did, for the reasons (audit log). */
  String apply(Ticket ticket, String policy, EscalationDue due) {
    List<String> effects = new ArrayList<>();
    for (ActionSpec action : due.actions()) {
      String effect = apply(ticket, policy, due, action);
      if (effect != null) {
        effects.add(effect);
      }
    }
    return "level " + due.level() + " for " + due.metric().wireName()
        + (effects.isEmpty() ? "" : ": " + String.join("; ", effects));
  }

  private String apply(Ticket ticket, String policy, EscalationDue due, ActionSpec action) {
    Map<String, Object> v = action.value();
    switch (action.type()) {
      case "set_priority": {
        Priority wanted = Priority.fromWire(text(v, "priority").toLowerCase(Locale.ROOT));
        Priority now = priority != null ? priority : ticket.priority();
        if (now != null && now.ordinal() >= wanted.ordinal()) {
          return "priority already " + now.wireName();
        }
        priority = wanted;
        return "priority raised to " + wanted.wireName();
      }
      case "assign_group":
        group = text(v, "group");
        return "assigned to group " + group;
      case "assign_agent":
        assignee = text(v, "agent");
        return "assigned to agent " + assignee;
      case "add_tags":
        addTags.addAll(list(v, "tags"));
        removeTags.removeAll(list(v, "tags"));
        return "tagged " + list(v, "tags");
      case "remove_tags":
        removeTags.addAll(list(v, "tags"));
        addTags.removeAll(list(v, "tags"));
        return "untagged " + list(v, "tags");
      case "set_field": {
        Object field = v.get("field");
        if (field != null) {
          fields.put(String.valueOf(field), v.get("value"));
          return "field " + field + " set";
        }
        v.forEach(fields::put);
        return "fields " + v.keySet() + " set";
      }
      case "add_note":
        return text(v, "text");
      case "notify": {
        Object url0 = v.containsKey("value") ? v.get("value") : v.get("url");
        if (url0 == null) {
          return "notify skipped: no url";
        }
        String url = String.valueOf(url0);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", "sla_escalation");
        payload.put("ticketId", ticket.id());
        payload.put("metric", due.metric().wireName());
        payload.put("level", due.level());
        payload.put("policy", policy);
        payload.put("breachedAt", due.breachedAt().toString());
        if (v.get("to") != null) {
          payload.put("to", String.valueOf(v.get("to")));
        }
        notifications.add(new OutboundNotification(due.key(), url, payload));
        return "notified " + (v.get("to") != null ? v.get("to") : hostOf(url));
      }
      default:
        return "unknown action " + action.type() + " ignored";
    }
  }

  /** A scalar action ({@code set_priority: urgent}) or its named key ({@code {priority: urgent}}). */
  static String text(Map<String, Object> v, String key) {
    Object o = v.containsKey("value") ? v.get("value") : v.get(key);
    if (o == null) {
      throw new IllegalArgumentException("escalation action needs a value or " + key + ": " + v);
    }
    return String.valueOf(o);
  }

  private static List<String> list(Map<String, Object> v, String key) {
    Object o = v.containsKey("value") ? v.get("value") : v.get(key);
    if (o instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    return o == null ? List.of() : List.of(String.valueOf(o));
  }

  private static String hostOf(String url) {
    try {
      return java.net.URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
