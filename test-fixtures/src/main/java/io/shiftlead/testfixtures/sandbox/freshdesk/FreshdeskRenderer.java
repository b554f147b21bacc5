package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.generator.Html;
import io.shiftlead.testfixtures.generator.SatisfactionRating;
import io.shiftlead.testfixtures.generator.User;
import io.shiftlead.testfixtures.sandbox.SandboxState;
import io.shiftlead.testfixtures.sandbox.TicketSnapshot;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders sandbox tickets, conversation entries and ratings in Freshdesk's JSON shapes (those of the
 * adapter's WireMock fixtures). The first comment of a ticket is its description; the others are
 * conversations. Custom fields are keyed {@code cf_<field key>}.
 */
final class FreshdeskRenderer {

  static final String SUPPORT_EMAIL = "support@helpdesk.example";
  static final long SURVEY_ID = 11_000L;

  private final SandboxState state;
  private final Map<String, CustomField> fieldsByName = new LinkedHashMap<>();

  FreshdeskRenderer(SandboxState state) {
    this.state = state;
    state.fields().forEach(f -> fieldsByName.put(fieldName(f), f));
  }

  static String fieldName(CustomField field) {
    return "cf_" + field.key();
  }

  /** The custom field called {@code name} ("cf_product"), or null. */
  CustomField field(String name) {
    return fieldsByName.get(name);
  }

  ObjectNode ticket(TicketSnapshot t, boolean withRequester, boolean withDescription) {
    ObjectNode node = FreshdeskResponses.object();
    node.put("id", t.id());
    node.put("subject", t.subject());
    if (withDescription) {
      Comment first = t.comments().isEmpty() ? null : t.comments().get(0);
      node.put("description", first == null ? "" : html(first));
      node.put("description_text", first == null ? "" : first.body());
    }
    node.put("type", t.type() == null ? null : capitalize(t.type()));
    node.put("status", FreshdeskCodes.status(t.status()));
    node.put("priority", FreshdeskCodes.priority(t.priority()));
    node.put("source", FreshdeskCodes.source(t.channel()));
    node.put("requester_id", t.requesterId());
    putNullable(node, "responder_id", t.assigneeId());
    putNullable(node, "group_id", t.groupId());
    putNullable(node, "company_id", t.organizationId());
    node.putNull("product_id");
    node.putNull("email_config_id");
    ArrayNode tags = node.putArray("tags");
    t.tags().forEach(tags::add);
    ObjectNode custom = node.putObject("custom_fields");
    for (Map.Entry<String, CustomField> field : fieldsByName.entrySet()) {
      custom.putPOJO(field.getKey(), t.customFields().get(field.getValue().id()));
    }
    node.putArray("cc_emails");
    node.putArray("fwd_emails");
    node.putArray("reply_cc_emails");
    node.putNull("to_emails");
    // SLA targets as a default policy would set them: first response in a day, resolution in three
    node.put("due_by", FreshdeskResponses.iso(t.createdAt().plus(Duration.ofDays(3))));
    node.put("fr_due_by", FreshdeskResponses.iso(t.createdAt().plus(Duration.ofDays(1))));
    node.put("is_escalated", false);
    node.put("fr_escalated", false);
    node.put("spam", false);
    if (t.isDeleted()) {
      node.put("deleted", true);
    }
    node.put("created_at", FreshdeskResponses.iso(t.createdAt()));
    node.put("updated_at", FreshdeskResponses.iso(t.updatedAt()));
    if (withRequester) {
      node.set("requester", requester(t.requesterId()));
    }
    return node;
  }

  ObjectNode requester(long userId) {
    User user = state.user(userId);
    ObjectNode node = FreshdeskResponses.object().put("id", userId);
    node.put("name", user == null ? null : user.name());
    node.put("email", user == null ? null : user.email());
    node.putNull("mobile");
    node.putNull("phone");
    node.put("language", user == null ? null : user.locale());
    return node;
  }

  /** A reply (source 0) or, when not public, a private note (source 2). */
  ObjectNode conversation(Comment c, TicketSnapshot t) {
    boolean incoming = c.isPublic() && !isStaff(c.authorId());
    ObjectNode node = FreshdeskResponses.object();
    node.put("id", c.id());
    node.put("ticket_id", t.id());
    node.put("user_id", c.authorId());
    node.put("body", html(c));
    node.put("body_text", c.body());
    node.put("incoming", incoming);
    node.put("private", !c.isPublic());
    node.put("source", c.isPublic() ? 0 : 2);
    node.put("category", incoming ? 3 : 2);
    node.put("support_email", SUPPORT_EMAIL);
    User author = state.user(c.authorId());
    node.put("from_email", incoming && author != null ? author.email() : null);
    node.putArray("to_emails");
    node.putArray("cc_emails");
    node.putNull("bcc_emails");
    node.putArray("attachments");
    node.putNull("source_additional_info");
    node.put("created_at", FreshdeskResponses.iso(c.createdAt()));
    node.put("updated_at", FreshdeskResponses.iso(c.createdAt()));
    return node;
  }

  /**
   * A classic three-answer survey: the dataset's "good" is 103 (Awesome), "bad" is -103 (Not good),
   * under {@code default_question}.
   */
  ObjectNode rating(SatisfactionRating r) {
    ObjectNode node = FreshdeskResponses.object();
    node.put("id", r.id());
    node.put("survey_id", SURVEY_ID);
    node.put("user_id", r.requesterId());
    putNullable(node, "agent_id", r.assigneeId());
    putNullable(node, "group_id", r.groupId());
    node.put("ticket_id", r.ticketId());
    node.put("feedback", r.comment() == null ? "" : r.comment());
    node.putObject("ratings").put("default_question", "good".equals(r.score()) ? 103 : -103);
    node.put("created_at", FreshdeskResponses.iso(r.createdAt()));
    node.put("updated_at", FreshdeskResponses.iso(r.updatedAt()));
    return node;
  }

  boolean isStaff(long userId) {
    User user = state.user(userId);
    return user != null && user.role().isStaff();
  }

  /** Freshdesk bodies are HTML: the author's markup, else the plain text as paragraphs. */
  static String html(Comment c) {
    if (c.htmlBody() != null) {
      return "<div>" + c.htmlBody() + "</div>";
    }
    return "<div>" + Html.escape(c.body()).replace("\n\n", "</div><div>").replace("\n", "<br>") + "</div>";
  }

  private static String capitalize(String value) {
    return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
  }

  private static void putNullable(ObjectNode node, String field, Long value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
