package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.Html;
import io.shiftlead.testfixtures.generator.SatisfactionRating;
import io.shiftlead.testfixtures.generator.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Renders sandbox objects in Zendesk's JSON shapes (helpdesk-apis.md 2.3, 2.4, 2.9). */
final class TicketJson {

  private final String baseUrl;
  private final Map<Long, User> users;

  TicketJson(String baseUrl, Map<Long, User> users) {
    this.baseUrl = baseUrl;
    this.users = users;
  }

  ObjectNode ticket(SandboxTicket t) {
    ObjectNode node = JsonResponses.object();
    node.put("id", t.id);
    node.put("url", baseUrl + "/api/v2/tickets/" + t.id + ".json");
    node.putNull("external_id");
    node.put("type", t.type);
    node.put("subject", t.subject);
    node.put("raw_subject", t.subject);
    node.put("description", t.comments.isEmpty() ? "" : t.comments.get(0).body());
    node.put("priority", t.priority);
    node.put("status", t.status);
    node.put("recipient", "email".equals(t.channel) ? "support@helpdesk.example" : null);
    node.put("requester_id", t.requesterId);
    node.put("submitter_id", t.requesterId);
    putNullable(node, "assignee_id", t.assigneeId);
    putNullable(node, "organization_id", t.organizationId);
    putNullable(node, "group_id", t.groupId);
    node.putArray("collaborator_ids");
    node.putArray("follower_ids");
    node.putArray("email_cc_ids");
    node.putNull("problem_id");
    node.put("has_incidents", false);
    node.put("is_public", true);
    node.putNull("due_at");
    ArrayNode tags = node.putArray("tags");
    t.tags.forEach(tags::add);
    ArrayNode custom = node.putArray("custom_fields");
    t.customFields.forEach((id, value) -> custom.addObject().put("id", id).putPOJO("value", value));
    // Zendesk repeats custom_fields as "fields"; some clients read one, some the other.
    node.set("fields", custom.deepCopy());
    if (t.rating == null) {
      node.putNull("satisfaction_rating");
    } else {
      node.putObject("satisfaction_rating")
          .put("id", t.rating.id())
          .put("score", t.rating.score())
          .put("comment", t.rating.comment())
          .put("reason", t.rating.reason());
    }
    node.putArray("sharing_agreement_ids");
    node.set("via", via(t.channel, t.requesterId));
    node.put("created_at", iso(t.createdAt));
    node.put("updated_at", iso(t.updatedAt));
    node.put("generated_timestamp", t.generatedTimestamp);
    return node;
  }

  ObjectNode comment(Comment c, long auditId) {
    ObjectNode node = JsonResponses.object();
    node.put("id", c.id());
    node.put("type", "Comment");
    node.put("author_id", c.authorId());
    node.put("body", c.body());
    node.put("html_body", htmlBody(c));
    node.put("plain_body", c.body());
    node.put("public", c.isPublic());
    node.putArray("attachments");
    node.put("audit_id", auditId);
    node.set("via", via(c.channel(), c.authorId()));
    ObjectNode metadata = node.putObject("metadata");
    metadata.putObject("system");
    metadata.putObject("custom");
    node.put("created_at", iso(c.createdAt()));
    return node;
  }

  ObjectNode user(long id) {
    User u = users.get(id);
    ObjectNode node = JsonResponses.object();
    node.put("id", u.id());
    node.put("url", baseUrl + "/api/v2/users/" + u.id() + ".json");
    node.put("name", u.name());
    node.put("email", u.email());
    node.put("role", u.role().wire());
    putNullable(node, "organization_id", u.organizationId());
    putNullable(node, "default_group_id", u.groupId());
    node.put("locale", u.locale());
    node.put("active", true);
    node.put("verified", true);
    return node;
  }

  ObjectNode rating(SatisfactionRating r) {
    ObjectNode node = JsonResponses.object();
    node.put("id", r.id());
    node.put("url", baseUrl + "/api/v2/satisfaction_ratings/" + r.id() + ".json");
    putNullable(node, "assignee_id", r.assigneeId());
    putNullable(node, "group_id", r.groupId());
    node.put("requester_id", r.requesterId());
    node.put("ticket_id", r.ticketId());
    node.put("score", r.score());
    node.put("comment", r.comment());
    node.put("reason", r.reason());
    node.put("created_at", iso(r.createdAt()));
    node.put("updated_at", iso(r.updatedAt()));
    return node;
  }

  boolean knowsUser(long id) {
    return users.containsKey(id);
  }

  static String iso(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Zendesk wraps every comment's HTML in a zd-comment div; plain comments become paragraphs. */
  static String htmlBody(Comment c) {
    String inner = c.htmlBody() != null
        ? c.htmlBody()
        : "<p>" + Html.escape(c.body()).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
    return "<div class=\"zd-comment\" dir=\"auto\">" + inner + "</div>";
  }

  ObjectNode via(String channel, long fromUserId) {
    ObjectNode via = JsonResponses.object().put("channel", channel);
    ObjectNode source = via.putObject("source");
    ObjectNode from = source.putObject("from");
    if ("email".equals(channel) && users.containsKey(fromUserId)) {
      from.put("address", users.get(fromUserId).email()).put("name", users.get(fromUserId).name());
    }
    source.putObject("to");
    source.putNull("rel");
    return via;
  }

  private static void putNullable(ObjectNode node, String field, Long value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
