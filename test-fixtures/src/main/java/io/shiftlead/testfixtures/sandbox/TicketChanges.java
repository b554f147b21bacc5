package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.generator.Html;
import io.shiftlead.testfixtures.generator.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parsed, validated body of one ticket update ({@code {"ticket":{...}}} or one element of
 * update_many). Absent keys mean "leave as is"; invalid values fail with 422 as Zendesk does.
 * Unknown keys are ignored, as Zendesk ignores them.
 */
final class TicketChanges {

  static final Set<String> PRIORITIES = Set.of("urgent", "high", "normal", "low");
  static final Set<String> STATUSES = Set.of("new", "open", "pending", "hold", "solved", "closed");

  boolean priorityGiven;
  String priority;
  String status;
  boolean groupGiven;
  Long groupId;
  boolean assigneeGiven;
  Long assigneeId;
  List<String> tags;
  List<String> additionalTags = List.of();
  List<String> removeTags = List.of();
  final Map<Long, Object> customFields = new LinkedHashMap<>();
  String commentBody;
  String commentHtml;
  boolean commentPublic = true;
  Long commentAuthorId;
  String updatedStamp;
  boolean safeUpdate;

  /** What the parser may look up: groups, users and field definitions of the sandbox. */
  interface Lookup {
    boolean groupExists(long id);

    User user(long id);

    CustomField field(long id);
  }

  static TicketChanges parse(JsonNode ticket, Lookup lookup) {
    if (ticket == null || !ticket.isObject()) {
      throw JsonResponses.badRequest("InvalidJSON", "Expected a \"ticket\" object");
    }
    TicketChanges c = new TicketChanges();
    if (ticket.has("priority")) {
      c.priorityGiven = true;
      c.priority = text(ticket.get("priority"));
      if (c.priority != null && !PRIORITIES.contains(c.priority)) {
        throw JsonResponses.invalid(JsonResponses.detail("priority",
            "Priority: " + c.priority + " is not a valid priority"));
      }
    }
    if (ticket.has("status")) {
      c.status = text(ticket.get("status"));
      if (c.status == null || !STATUSES.contains(c.status)) {
        throw JsonResponses.invalid(JsonResponses.detail("status",
            "Status: " + c.status + " is not a valid status"));
      }
    }
    if (ticket.has("group_id")) {
      c.groupGiven = true;
      c.groupId = id(ticket.get("group_id"), "group_id");
      if (c.groupId != null && !lookup.groupExists(c.groupId)) {
        throw JsonResponses.invalid(JsonResponses.detail("group_id", "Group: is invalid"));
      }
    }
    if (ticket.has("assignee_id")) {
      c.assigneeGiven = true;
      c.assigneeId = id(ticket.get("assignee_id"), "assignee_id");
      User assignee = c.assigneeId == null ? null : lookup.user(c.assigneeId);
      if (c.assigneeId != null && (assignee == null || !assignee.role().isStaff())) {
        throw JsonResponses.invalid(JsonResponses.detail("assignee_id", "Assignee: is not an agent"));
      }
    }
    if (ticket.has("tags")) {
      c.tags = tagList(ticket.get("tags"), "tags");
    }
    if (ticket.has("additional_tags")) {
      c.additionalTags = tagList(ticket.get("additional_tags"), "additional_tags");
    }
    if (ticket.has("remove_tags")) {
      c.removeTags = tagList(ticket.get("remove_tags"), "remove_tags");
    }
    parseCustomFields(ticket.get("custom_fields"), lookup, c);
    parseComment(ticket.get("comment"), lookup, c);
    c.safeUpdate = ticket.path("safe_update").asBoolean(false);
    c.updatedStamp = text(ticket.get("updated_stamp"));
    return c;
  }

  boolean hasComment() {
    return commentBody != null;
  }

  private static void parseCustomFields(JsonNode fields, Lookup lookup, TicketChanges c) {
    if (fields == null || fields.isNull()) {
      return;
    }
    if (!fields.isArray()) {
      throw JsonResponses.invalid(JsonResponses.detail("custom_fields", "must be an array"));
    }
    for (JsonNode entry : fields) {
      Long id = id(entry.get("id"), "custom_fields");
      CustomField field = id == null ? null : lookup.field(id);
      if (field == null) {
        continue; // Zendesk silently ignores ids that are not fields of the account
      }
      c.customFields.put(id, fieldValue(field, entry.get("value")));
    }
  }

  private static Object fieldValue(CustomField field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    switch (field.type()) {
      case "integer":
        if (value.isIntegralNumber() || value.isTextual() && value.asText().trim().matches("-?\\d+")) {
          return Long.valueOf(value.asText().trim());
        }
        throw JsonResponses.invalid(JsonResponses.detail("custom_fields",
            field.title() + ": " + value + " is not an integer"));
      case "tagger":
        if (value.isTextual() && field.options().contains(value.asText())) {
          return value.asText();
        }
        throw JsonResponses.invalid(JsonResponses.detail("custom_fields",
            field.title() + ": " + value + " is not a valid option"));
      default:
        if (value.isContainerNode()) {
          throw JsonResponses.invalid(JsonResponses.detail("custom_fields",
              field.title() + ": must be text"));
        }
        return value.asText();
    }
  }

  private static void parseComment(JsonNode comment, Lookup lookup, TicketChanges c) {
    if (comment == null || comment.isNull()) {
      return;
    }
    if (!comment.isObject()) {
      throw JsonResponses.invalid(JsonResponses.detail("comment", "must be an object"));
    }
    String html = text(comment.get("html_body"));
    String body = text(comment.get("body"));
    if (html != null && !html.isBlank()) {
      c.commentHtml = html;
      c.commentBody = Html.toPlain(html);
    } else if (body != null && !body.isBlank()) {
      c.commentBody = body;
    } else {
      throw JsonResponses.invalid(JsonResponses.detail("comment", "Comment: cannot be blank"));
    }
    c.commentPublic = comment.path("public").asBoolean(true);
    if (comment.hasNonNull("author_id")) {
      c.commentAuthorId = id(comment.get("author_id"), "author_id");
      if (lookup.user(c.commentAuthorId) == null) {
        throw JsonResponses.invalid(JsonResponses.detail("author_id", "Author: is invalid"));
      }
    }
  }

  private static List<String> tagList(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    if (node.isTextual()) {
      // Zendesk also accepts a space-separated string of tags.
      for (String tag : node.asText().trim().split("\\s+")) {
        addTag(tags, tag);
      }
      return tags;
    }
    if (!node.isArray()) {
      throw JsonResponses.invalid(JsonResponses.detail(field, "must be an array of strings"));
    }
    for (JsonNode tag : node) {
      addTag(tags, tag.asText());
    }
    return tags;
  }

  private static void addTag(List<String> tags, String raw) {
    String tag = raw.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    if (!tag.isEmpty() && !tags.contains(tag)) {
      tags.add(tag);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Long id(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber() || node.isTextual() && node.asText().matches("\\d+")) {
      return Long.valueOf(node.asText());
    }
    throw JsonResponses.invalid(JsonResponses.detail(field, field + ": " + node + " is not an id"));
  }

  static ObjectNode unwrapTicket(ObjectNode body) {
    JsonNode ticket = body.get("ticket");
    if (ticket == null || !ticket.isObject()) {
      throw JsonResponses.badRequest("InvalidJSON", "Expected {\"ticket\":{...}}");
    }
    return (ObjectNode) ticket;
  }
}
