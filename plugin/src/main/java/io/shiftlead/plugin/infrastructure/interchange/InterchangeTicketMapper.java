package io.shiftlead.plugin.infrastructure.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One interchange-format JSON object ({@code docs/ticket-format.md} of the shared docs) into a
 * normalized ticket. Unknown fields are ignored; a missing required field or a bad value is an
 * error naming the field.
 */
final class InterchangeTicketMapper {

  Ticket map(JsonNode node, long line) throws InterchangeLineException {
    if (!node.isObject()) {
      throw new InterchangeLineException(line, "not a JSON object");
    }
    for (String required : List.of("id", "status", "createdAt", "comments")) {
      if (node.path(required).isMissingNode() || node.path(required).isNull()) {
        throw new InterchangeLineException(line, "missing required field '" + required + "'");
      }
    }
    String id = node.get("id").asText();
    List<Comment> comments = new ArrayList<>();
    JsonNode commentNodes = node.get("comments");
    if (!commentNodes.isArray()) {
      throw new InterchangeLineException(line, "field 'comments' must be an array");
    }
    for (int i = 0; i < commentNodes.size(); i++) {
      comments.add(comment(commentNodes.get(i), line, "comments[" + i + "]"));
    }
    List<StatusChange> changes = new ArrayList<>();
    for (JsonNode change : node.path("statusChanges")) {
      changes.add(new StatusChange(instant(change, "at", line, "statusChanges"),
          change.path("from").isTextual() ? status(change.get("from"), line) : null,
          status(change.path("to"), line)));
    }
    List<SurveyResponse> surveys = new ArrayList<>();
    int s = 0;
    for (JsonNode survey : node.path("surveys")) {
      surveys.add(new SurveyResponse(id + "-s" + s++, id, null,
          enumValue(SurveyKind.class, survey.path("kind").asText(), line, "surveys.kind"),
          survey.path("score").asDouble(), survey.path("scale").asText(null),
          survey.path("comment").asText(null), instant(survey, "at", line, "surveys")));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    node.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), value(e.getValue())));
    List<String> tags = new ArrayList<>();
    node.path("tags").forEach(t -> tags.add(t.asText()));
    Priority priority;
    try {
      priority = Priority.fromWire(node.path("priority").asText(null));
    } catch (IllegalArgumentException e) {
      throw new InterchangeLineException(line, "field 'priority': unknown value '"
          + node.path("priority").asText() + "' (low, normal, high, urgent or null)");
    }
    return new Ticket(id, node.path("source").asText(null), node.path("subject").asText(null),
        status(node.get("status"), line), priority,
        Channel.fromWire(node.path("channel").asText(null)),
        instant(node, "createdAt", line, ""), optionalInstant(node, "updatedAt", line),
        person(node.path("requester"), AuthorRole.CUSTOMER),
        node.path("assignee").isObject() ? person(node.get("assignee"), AuthorRole.AGENT) : null,
        node.path("group").asText(null), tags, fields, comments, changes, surveys, false,
        comments.size());
  }

  private Comment comment(JsonNode node, long line, String at) throws InterchangeLineException {
    JsonNode author = node.path("author");
    AuthorRole role = enumValue(AuthorRole.class, author.path("role").asText("customer"), line,
        at + ".author.role");
    return new Comment(node.path("id").asText(at), person(author, role),
        node.path("public").asBoolean(true), instant(node, "createdAt", line, at),
        node.path("body").asText(""));
  }

  private static Person person(JsonNode node, AuthorRole role) {
    if (!node.isObject()) {
      return null;
    }
    return new Person(node.path("id").asText(null), node.path("name").asText(null),
        node.path("email").asText(null), node.path("organization").asText(null),
        node.path("locale").asText(null), role);
  }

  private static TicketStatus status(JsonNode node, long line) throws InterchangeLineException {
    try {
      return TicketStatus.fromWire(node.asText());
    } catch (IllegalArgumentException e) {
      throw new InterchangeLineException(line, "field 'status': unknown value '" + node.asText()
          + "' (new, open, pending, on_hold, solved, closed)");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, long line,
      String field) throws InterchangeLineException {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InterchangeLineException(line, "field '" + field + "': unknown value '" + value
          + "'");
    }
  }

  private static Instant instant(JsonNode node, String field, long line, String at)
      throws InterchangeLineException {
    String where = at.isEmpty() ? field : at + "." + field;
    if (!node.path(field).isTextual()) {
      throw new InterchangeLineException(line, "missing required field '" + where + "'");
    }
    try {
      return Instant.parse(node.get(field).asText());
    } catch (DateTimeParseException e) {
      throw new InterchangeLineException(line, "field '" + where + "': not an ISO-8601 instant: '"
          + node.get(field).asText() + "'");
    }
  }

  private static Instant optionalInstant(JsonNode node, String field, long line)
      throws InterchangeLineException {
    return node.path(field).isTextual() ? instant(node, field, line, "") : null;
  }

  private static Object value(JsonNode node) {
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(v -> values.add(v.asText()));
      return values;
    }
    return node.isNull() ? null : node.asText();
  }
}
