package io.shiftlead.connectors.jsm;

import io.shiftlead.connectors.support.Html;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.jsm.wire.JsmJson;
import io.shiftlead.connectors.jsm.wire.WireComment;
import io.shiftlead.connectors.jsm.wire.WireFeedback;
import io.shiftlead.connectors.jsm.wire.WireIssue;
import io.shiftlead.connectors.jsm.wire.WireIssueFields;
import io.shiftlead.connectors.jsm.wire.WireUser;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Translates Jira's wire DTOs into the normalized records (anti-corruption layer). Tolerant: an
 * unknown status category reads as open, a priority outside Jira's default scheme as none, unmapped
 * custom fields are dropped.
 *
 * @throws IllegalStateException (from its methods) when an issue lacks its key or creation time; the
 *     connector reports that as a permanent error
 */
public final class JsmMapper {
  public static final String SOURCE = JsmConnectorFactory.ID;
  /** The vendor status name and category, kept because the normalized status loses them. */
  public static final String FIELD_STATUS = "jsm_status";
  public static final String FIELD_STATUS_CATEGORY = "jsm_status_category";
  /**
   * The account Jira Automation writes comments as. Its comments are the system's, not an agent's.
   * The id is the same on every site (seen in many third-party integrations; not in a primary doc).
   */
  static final String AUTOMATION_ACCOUNT_ID = "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077";

  private final ObjectMapper json = JsmJson.mapper();
  private final Map<String, String> fieldKeysById;

  public JsmMapper(Map<String, String> fieldIdsByKey) {
    Map<String, String> byId = new LinkedHashMap<>();
    fieldIdsByKey.forEach((key, id) -> byId.put(id, key));
    this.fieldKeysById = Map.copyOf(byId);
  }

  /** The issue fields the adapter asks the search for: system fields plus the mapped custom ones. */
  public List<String> searchFields() {
    List<String> fields = new ArrayList<>(List.of(
        "summary", "status", "priority", "assignee", "reporter", "labels", "created", "updated"));
    fields.addAll(fieldKeysById.keySet());
    return List.copyOf(fields);
  }

  /**
   * A ticket with its conversation.
   *
   * @param comments null when not read (commentCount is then -1)
   * @param deleted true when the request vanished between the search and the comment read
   */
  public Ticket ticket(WireIssue wire, List<WireComment> comments, boolean deleted) {
    return ticket(wire, comments, deleted, Map.of());
  }

  /** As {@link #ticket(WireIssue, List, boolean)}, with extra fields (JSM's SLA metrics) merged in. */
  public Ticket ticket(WireIssue wire, List<WireComment> comments, boolean deleted,
      Map<String, Object> extraFields) {
    require(wire.key() != null && !wire.key().isBlank(), "issue without key");
    WireIssueFields f = fields(wire);
    Instant created = JsmTime.parse(f.created());
    require(created != null, "issue " + wire.key() + " without created");
    Instant updated = JsmTime.parse(f.updated());
    String reporterId = f.reporter() == null ? null : f.reporter().accountId();
    List<Comment> conversation = new ArrayList<>();
    if (!deleted && comments != null) {
      for (WireComment comment : comments) {
        conversation.add(comment(comment, reporterId));
      }
    }
    int commentCount = deleted ? 0 : comments == null ? -1 : conversation.size();
    return new Ticket(
        wire.key(),
        SOURCE,
        f.summary(),
        status(f),
        priority(f.priority() == null ? null : f.priority().name()),
        Channel.OTHER, // the issue carries no channel; see docs/connectors/jira-service-management.md
        created,
        updated == null ? created : updated,
        person(f.reporter(), AuthorRole.CUSTOMER),
        person(f.assignee(), AuthorRole.AGENT),
        null, // Jira issues have no group; teams are site-specific custom fields
        f.labels(),
        merged(customFields(wire, f), extraFields),
        deleted ? List.of() : conversation,
        deleted ? List.of() : JsmChangelog.statusChanges(wire, f),
        List.of(),
        deleted,
        commentCount);
  }

  /**
   * One comment; the author is the customer when they reported the request, the system when Jira
   * Automation wrote it, an agent otherwise (an agent raising a request on a customer's behalf is
   * the reporter only when the request was raised "for" them).
   */
  public Comment comment(WireComment wire, String reporterAccountId) {
    require(wire.id() != null, "comment without id");
    Instant created = created(wire);
    require(created != null, "comment " + wire.id() + " without created");
    return new Comment(wire.id(), author(wire.author(), reporterAccountId),
        !Boolean.FALSE.equals(wire.isPublic()), created, body(wire));
  }

  /** The CSAT answer of a request: JSM's 1-5 stars, one per request (so the id is the key's). */
  public Optional<SurveyResponse> survey(String issueKey, String agentId, WireFeedback feedback,
      Instant at) {
    if (feedback == null || feedback.rating() == null || at == null) {
      return Optional.empty();
    }
    String comment = feedback.comment() == null ? null : feedback.comment().body();
    return Optional.of(new SurveyResponse(issueKey + "/csat", issueKey, agentId, SurveyKind.CSAT,
        feedback.rating(), "1-5", comment, at));
  }

  /** The system fields of an issue. */
  public WireIssueFields fields(WireIssue wire) {
    require(wire.fields() != null, "issue " + wire.key() + " without fields");
    return json.convertValue(wire.fields(), WireIssueFields.class);
  }

  /**
   * Status category first (stable across workflows), refined by JSM's default status names: the
   * category alone cannot tell "waiting for customer" from "in progress".
   */
  static TicketStatus status(WireIssueFields f) {
    String name = f.status() == null || f.status().name() == null ? ""
        : f.status().name().trim().toLowerCase(Locale.ROOT);
    String category = f.status() == null || f.status().statusCategory() == null ? ""
        : String.valueOf(f.status().statusCategory().key()).toLowerCase(Locale.ROOT);
    switch (name) {
      case "waiting for customer":
        return TicketStatus.PENDING;
      case "pending":
      case "on hold":
        return TicketStatus.ON_HOLD;
      case "closed":
        return TicketStatus.CLOSED;
      default:
        break;
    }
    switch (category) {
      case "new":
        return TicketStatus.NEW;
      case "done":
        return TicketStatus.SOLVED;
      default:
        return TicketStatus.OPEN;
    }
  }

  /** Jira's default priority scheme; a site's own priority names have no normalized meaning. */
  static Priority priority(String name) {
    if (name == null) {
      return null;
    }
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "highest":
        return Priority.URGENT;
      case "high":
        return Priority.HIGH;
      case "medium":
        return Priority.NORMAL;
      case "low":
      case "lowest":
        return Priority.LOW;
      default:
        return null;
    }
  }

  /** The Jira priority name written for a normalized priority (the reverse of {@link #priority}). */
  static String priorityName(Priority priority) {
    switch (priority) {
      case URGENT:
        return "Highest";
      case HIGH:
        return "High";
      case NORMAL:
        return "Medium";
      default:
        return "Low";
    }
  }

  /**
   * Plain text of a comment: the rendered HTML when Jira sent it (wiki markup resolved), else the raw
   * body, which is plain/wiki text from the servicedesk API or an ADF document from platform payloads.
   */
  static String body(WireComment wire) {
    if (wire.renderedBody() != null && wire.renderedBody().html() != null
        && !wire.renderedBody().html().isBlank()) {
      return Html.toText(wire.renderedBody().html());
    }
    return rawText(wire.body());
  }

  /** The raw body as text, ADF flattened; used to look for a note's marker as written. */
  static String rawText(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return "";
    }
    if (Adf.isDocument(body)) {
      return Adf.toText(body);
    }
    return body.isValueNode() ? body.asText() : body.toString();
  }

  private static Map<String, Object> merged(Map<String, Object> fields, Map<String, Object> extra) {
    Map<String, Object> all = new LinkedHashMap<>(fields);
    all.putAll(extra);
    return all;
  }

  private Map<String, Object> customFields(WireIssue wire, WireIssueFields f) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (f.status() != null && f.status().name() != null) {
      values.put(FIELD_STATUS, f.status().name());
    }
    if (f.status() != null && f.status().statusCategory() != null
        && f.status().statusCategory().key() != null) {
      values.put(FIELD_STATUS_CATEGORY, f.status().statusCategory().key());
    }
    fieldKeysById.forEach((id, key) -> {
      Object value = value(wire.fields().get(id));
      if (value != null) {
        values.put(key, value);
      }
    });
    return values;
  }

  /** A custom field value as plain Java: options by their value, users by account id, ADF as text. */
  static Object value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> {
        Object value = value(item);
        if (value != null) {
          items.add(value);
        }
      });
      return items;
    }
    if (Adf.isDocument(node)) {
      return Adf.toText(node);
    }
    for (String name : List.of("value", "accountId", "name", "key", "id")) {
      if (node.hasNonNull(name)) {
        return node.get(name).asText();
      }
    }
    return node.toString();
  }

  private static AuthorRole role(WireUser author, String reporterAccountId) {
    if (author == null || author.accountId() == null) {
      return AuthorRole.SYSTEM;
    }
    if (AUTOMATION_ACCOUNT_ID.equals(author.accountId())) {
      return AuthorRole.SYSTEM;
    }
    return author.accountId().equals(reporterAccountId) ? AuthorRole.CUSTOMER : AuthorRole.AGENT;
  }

  private static Person author(WireUser author, String reporterAccountId) {
    AuthorRole role = role(author, reporterAccountId);
    if (author == null || author.accountId() == null) {
      return Person.of("system", role);
    }
    return new Person(author.accountId(), author.displayName(), author.emailAddress(), null,
        locale(author.locale()), role);
  }

  private static Person person(WireUser user, AuthorRole role) {
    if (user == null || user.accountId() == null) {
      return null;
    }
    return new Person(user.accountId(), user.displayName(), user.emailAddress(), null,
        locale(user.locale()), role);
  }

  /** Jira sends Java locales ({@code pt_BR}); the model wants BCP 47 ({@code pt-BR}). */
  private static String locale(String value) {
    return value == null || value.isBlank() ? null : value.trim().replace('_', '-');
  }

  private static Instant created(WireComment wire) {
    if (wire.created() == null) {
      return null;
    }
    if (wire.created().epochMillis() != null) {
      return Instant.ofEpochMilli(wire.created().epochMillis());
    }
    return JsmTime.parse(wire.created().iso8601());
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
