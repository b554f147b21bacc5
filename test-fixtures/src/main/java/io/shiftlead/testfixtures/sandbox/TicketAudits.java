package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.Comment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Renders a sandbox ticket's audits as Zendesk's {@code GET /api/v2/tickets/{id}/audits.json} does:
 * one audit per update, oldest first. The creation audit holds {@code Create} events (status,
 * priority, subject) and the first comment; each later comment is a {@code Comment} event in its own
 * audit; each status change is a {@code Change} event of field {@code status} with {@code value} and
 * {@code previous_value}, in the audit of the comment written at the same instant when there is
 * one (an agent replying and setting pending in one update).
 */
final class TicketAudits {
  /** Seeded status changes had no audits; their ids are derived from this base. */
  private static final long DERIVED_BASE = 3_000_000_000_000L;

  private TicketAudits() {}

  static List<ObjectNode> render(SandboxTicket t, TicketJson json, ToLongFunction<Comment> auditId) {
    Map<Long, ObjectNode> audits = new LinkedHashMap<>();
    Map<Instant, Long> auditAt = new LinkedHashMap<>();
    Comment first = t.comments.isEmpty() ? null : t.comments.get(0);
    boolean firstAtCreation = first != null && !first.createdAt().isAfter(t.createdAt);
    long creationId = firstAtCreation ? auditId.applyAsLong(first) : DERIVED_BASE + t.id * 1000;
    ObjectNode creation = audit(audits, creationId, t, t.createdAt,
        firstAtCreation ? first.authorId() : t.requesterId, t.channel, json);
    auditAt.put(t.createdAt, creationId);
    ArrayNode events = (ArrayNode) creation.get("events");
    String initial = t.statusEvents.isEmpty() ? t.status : t.statusEvents.get(0).from();
    events.addObject().put("id", creationId * 10 + 1).put("type", "Create")
        .put("field_name", "status").put("value", initial == null ? t.status : initial);
    events.addObject().put("id", creationId * 10 + 2).put("type", "Create")
        .put("field_name", "subject").put("value", t.subject);
    for (Comment c : t.comments) {
      long id = c == first && firstAtCreation ? creationId : auditId.applyAsLong(c);
      ObjectNode audit = audit(audits, id, t, c.createdAt(), c.authorId(), c.channel(), json);
      ((ArrayNode) audit.get("events")).add(json.comment(c, id).without(List.of("via",
          "metadata", "created_at")));
      auditAt.putIfAbsent(c.createdAt(), id);
    }
    int n = 0;
    for (StatusEvent s : t.statusEvents) {
      n++;
      Long id = s.auditId() != null ? s.auditId() : auditAt.get(s.at());
      if (id == null || (id == creationId && s.auditId() == null && s.at().isAfter(t.createdAt))) {
        id = DERIVED_BASE + t.id * 1000 + n;
      }
      Long author = s.authorId() != null ? s.authorId()
          : t.assigneeId != null ? t.assigneeId : t.requesterId;
      ObjectNode audit = audit(audits, id, t, s.at(), author, s.channel(), json);
      ObjectNode change = ((ArrayNode) audit.get("events")).addObject();
      change.put("id", id * 10 + 5).put("type", "Change").put("field_name", "status")
          .put("value", s.to()).put("previous_value", s.from());
    }
    List<ObjectNode> ordered = new ArrayList<>(audits.values());
    ordered.sort(Comparator.comparing((ObjectNode a) -> a.get("created_at").asText())
        .thenComparing(a -> a.get("id").asLong()));
    return ordered;
  }

  private static ObjectNode audit(Map<Long, ObjectNode> audits, long id, SandboxTicket t,
      Instant at, Long authorId, String channel, TicketJson json) {
    return audits.computeIfAbsent(id, key -> {
      ObjectNode audit = JsonResponses.object();
      audit.put("id", id);
      audit.put("ticket_id", t.id);
      audit.put("created_at", TicketJson.iso(at));
      audit.put("author_id", authorId == null ? -1 : authorId);
      ObjectNode metadata = audit.putObject("metadata");
      metadata.putObject("system");
      metadata.putObject("custom");
      audit.set("via", json.via(channel == null ? "web" : channel, authorId == null ? -1 : authorId));
      audit.putArray("events");
      return audit;
    });
  }
}
