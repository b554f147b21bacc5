package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Renders one of a ticket's audits (see {@link TicketAudits}) as an item of Zendesk's incremental
 * ticket event export, {@code GET /api/v2/incremental/ticket_events.json}: {@code event_type}
 * "Audit" with {@code ticket_id}, {@code timestamp}, {@code updater_id}, {@code via} (a name such as
 * "Web form") and {@code child_events}. A field change is a child with the field as key, e.g.
 * {@code {"status": "open", "previous_value": "new", "event_type": "Change"}}; a comment is a
 * child {@code event_type} "Comment" with its {@code body}, {@code public}, {@code author_id},
 * {@code created_at} only when the {@code comment_events} sideload was asked for.
 */
final class TicketEvents {
  private static final Map<String, String> VIA_NAMES = Map.of("web", "Web form", "email", "Mail",
      "api", "Web service", "rule", "Rule", "automation", "Automation", "chat", "Chat",
      "phone", "Voice", "system", "System");

  private TicketEvents() {}

  static ObjectNode of(ObjectNode audit, boolean commentEvents) {
    ObjectNode event = JsonResponses.object();
    long auditId = audit.get("id").asLong();
    String createdAt = audit.get("created_at").asText();
    String via = viaName(audit.path("via").path("channel").asText("web"));
    event.put("id", auditId);
    event.put("ticket_id", audit.get("ticket_id").asLong());
    event.put("timestamp", Instant.parse(createdAt).getEpochSecond());
    event.put("created_at", createdAt);
    event.put("updater_id", audit.get("author_id").asLong());
    event.put("via", via);
    event.putObject("system");
    event.set("metadata", audit.path("metadata").deepCopy());
    event.put("event_type", "Audit");
    ArrayNode children = event.putArray("child_events");
    for (JsonNode e : audit.path("events")) {
      String type = e.path("type").asText();
      if ("Comment".equals(type)) {
        if (commentEvents) {
          ObjectNode comment = ((ObjectNode) e).deepCopy();
          comment.set("via", audit.path("via").deepCopy());
          comment.putNull("via_reference_id");
          comment.put("audit_id", auditId);
          comment.put("created_at", createdAt);
          comment.put("event_type", "Comment");
          children.add(comment);
        }
      } else if (e.hasNonNull("field_name")) {
        ObjectNode child = children.addObject();
        child.put("id", e.path("id").asLong());
        child.put("via", via);
        child.putNull("via_reference_id");
        child.set(e.get("field_name").asText(), e.path("value").deepCopy());
        if (e.has("previous_value")) {
          child.set("previous_value", e.get("previous_value").deepCopy());
        }
        child.put("event_type", type);
      }
    }
    return event;
  }

  private static String viaName(String channel) {
    String name = VIA_NAMES.get(channel);
    if (name != null) {
      return name;
    }
    return channel.isEmpty() ? "Web form"
        : channel.substring(0, 1).toUpperCase(Locale.ROOT) + channel.substring(1);
  }
}
