package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.support.Html;
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
import io.shiftlead.connectors.zendesk.api.UsersCache;
import io.shiftlead.connectors.zendesk.wire.WireComment;
import io.shiftlead.connectors.zendesk.wire.WireCustomField;
import io.shiftlead.connectors.zendesk.wire.WireSatisfactionRating;
import io.shiftlead.connectors.zendesk.wire.WireTicket;
import io.shiftlead.connectors.zendesk.wire.WireUser;
import io.shiftlead.connectors.zendesk.wire.WireVia;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates Zendesk's wire DTOs into the normalized records (anti-corruption layer). Tolerant: an
 * unknown status reads as open, an unknown priority as none, unmapped custom fields are dropped.
 *
 * @throws IllegalStateException (from its methods) when a ticket or comment lacks its id or creation
 *     time; the connector reports that as a permanent error
 */
public final class ZendeskMapper {
  public static final String SOURCE = "zendesk";
  /** {@code via.channel} values of comments Zendesk writes on its own (triggers, automations). */
  private static final Set<String> SYSTEM_CHANNELS = Set.of("rule", "automation", "system");

  private final UsersCache users;
  private final Map<Long, String> fieldKeysById;

  public ZendeskMapper(UsersCache users, Map<String, Long> fieldIdsByKey) {
    this.users = users;
    Map<Long, String> byId = new HashMap<>();
    fieldIdsByKey.forEach((key, id) -> byId.put(id, key));
    this.fieldKeysById = Map.copyOf(byId);
  }

  /**
   * A ticket with its conversation. A deleted ticket keeps no comments whatever is passed.
   *
   * @param comments null when not read (commentCount then comes from the export's sideload)
   */
  public Ticket ticket(WireTicket wire, List<WireComment> comments) {
    return ticket(wire, comments, List.of());
  }

  /**
   * A ticket with its conversation and status history (see {@code StatusHistory}); a deleted
   * ticket keeps neither.
   */
  public Ticket ticket(WireTicket wire, List<WireComment> comments, List<StatusChange> statusChanges) {
    require(wire.id() != null, "ticket without id");
    require(wire.createdAt() != null, "ticket " + wire.id() + " without created_at");
    boolean deleted = "deleted".equalsIgnoreCase(wire.status());
    List<Comment> conversation = new ArrayList<>();
    if (!deleted && comments != null) {
      for (WireComment comment : comments) {
        conversation.add(comment(comment, wire));
      }
    }
    int commentCount = deleted ? 0
        : comments != null ? conversation.size()
        : wire.commentCount() == null ? -1 : wire.commentCount();
    return new Ticket(
        wire.id().toString(),
        SOURCE,
        wire.subject(),
        status(wire.status()),
        priority(wire.priority()),
        channel(wire.via()),
        wire.createdAt(),
        wire.updatedAt() == null ? wire.createdAt() : wire.updatedAt(),
        wire.requesterId() == null ? null : person(wire.requesterId(), AuthorRole.CUSTOMER),
        wire.assigneeId() == null ? null : person(wire.assigneeId(), AuthorRole.AGENT),
        wire.groupId() == null ? null : wire.groupId().toString(),
        wire.tags(),
        fields(wire.customFields()),
        conversation,
        deleted ? List.of() : statusChanges,
        embeddedSurvey(wire).map(List::of).orElse(List.of()),
        deleted,
        commentCount);
  }

  public Comment comment(WireComment wire, WireTicket ticket) {
    require(wire.id() != null, "comment without id on ticket " + ticket.id());
    require(wire.createdAt() != null, "comment " + wire.id() + " without created_at");
    boolean isPublic = !Boolean.FALSE.equals(wire.isPublic());
    return new Comment(wire.id().toString(), author(wire, ticket, isPublic), isPublic,
        wire.createdAt(), body(wire));
  }

  /** A CSAT answer (1 good / 0 bad on scale good-bad); empty for offered/unoffered ratings. */
  public Optional<SurveyResponse> survey(WireSatisfactionRating wire) {
    if (wire == null || wire.id() == null || wire.score() == null) {
      return Optional.empty();
    }
    String score = wire.score().toLowerCase(Locale.ROOT);
    double value;
    if (score.startsWith("good")) {
      value = 1;
    } else if (score.startsWith("bad")) {
      value = 0;
    } else {
      return Optional.empty();
    }
    return Optional.of(new SurveyResponse(
        wire.id().toString(),
        wire.ticketId() == null ? null : wire.ticketId().toString(),
        wire.assigneeId() == null ? null : wire.assigneeId().toString(),
        SurveyKind.CSAT,
        value,
        "good-bad",
        blankToNull(wire.comment()),
        wire.updatedAt() != null ? wire.updatedAt() : wire.createdAt()));
  }

  private Optional<SurveyResponse> embeddedSurvey(WireTicket ticket) {
    WireSatisfactionRating rating = ticket.satisfactionRating();
    if (rating == null) {
      return Optional.empty();
    }
    return survey(new WireSatisfactionRating(rating.id(), ticket.assigneeId(), ticket.id(),
        rating.score(), rating.comment(), rating.createdAt(),
        rating.updatedAt() != null ? rating.updatedAt() : ticket.updatedAt()));
  }

  private Person author(WireComment comment, WireTicket ticket, boolean isPublic) {
    Long authorId = comment.authorId();
    Optional<WireUser> user = users.find(authorId);
    String channel = comment.via() == null || comment.via().channel() == null ? ""
        : comment.via().channel().toLowerCase(Locale.ROOT);
    if (SYSTEM_CHANNELS.contains(channel) && (user.isEmpty() || authorId == null || authorId <= 0)) {
      return new Person(authorId == null ? "system" : authorId.toString(), "Zendesk", null, null,
          null, AuthorRole.SYSTEM);
    }
    if (authorId == null) {
      return Person.of("unknown", AuthorRole.SYSTEM);
    }
    AuthorRole role;
    if (authorId.equals(ticket.requesterId())) {
      role = AuthorRole.CUSTOMER;
    } else if (user.isPresent()) {
      role = role(user.get().role());
    } else {
      // author not sideloaded: only agents can write internal notes; public ones we take as the
      // customer side (CCs), which never counts as an agent reply
      role = isPublic ? AuthorRole.CUSTOMER : AuthorRole.AGENT;
    }
    return toPerson(authorId, user, role);
  }

  private Person person(Long id, AuthorRole role) {
    return toPerson(id, users.find(id), role);
  }

  private static Person toPerson(Long id, Optional<WireUser> user, AuthorRole role) {
    return user.map(u -> new Person(id.toString(), u.name(), u.email(),
            u.organizationId() == null ? null : u.organizationId().toString(),
            u.locale(), role))
        .orElseGet(() -> Person.of(id.toString(), role));
  }

  static AuthorRole role(String zendeskRole) {
    return "end-user".equalsIgnoreCase(zendeskRole) || zendeskRole == null
        ? AuthorRole.CUSTOMER : AuthorRole.AGENT;
  }

  static TicketStatus status(String status) {
    if (status == null) {
      return TicketStatus.OPEN;
    }
    switch (status.toLowerCase(Locale.ROOT)) {
      case "new": return TicketStatus.NEW;
      case "pending": return TicketStatus.PENDING;
      case "hold": return TicketStatus.ON_HOLD;
      case "solved": return TicketStatus.SOLVED;
      case "closed":
      case "deleted": return TicketStatus.CLOSED;
      default: return TicketStatus.OPEN;
    }
  }

  static Priority priority(String priority) {
    try {
      return Priority.fromWire(priority);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  static Channel channel(WireVia via) {
    if (via == null || via.channel() == null) {
      return Channel.OTHER;
    }
    switch (via.channel().toLowerCase(Locale.ROOT)) {
      case "email": return Channel.EMAIL;
      case "web": case "web_form": case "web_widget": case "help_center": return Channel.WEB;
      case "chat": case "native_messaging": case "chat_transcript": return Channel.CHAT;
      case "voice": case "phone_call_inbound": case "phone_call_outbound": return Channel.PHONE;
      case "api": return Channel.API;
      case "twitter": case "facebook": case "instagram_dm": case "whatsapp": return Channel.SOCIAL;
      default: return Channel.OTHER;
    }
  }

  private Map<String, Object> fields(List<WireCustomField> customFields) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (customFields == null) {
      return fields;
    }
    for (WireCustomField field : customFields) {
      String key = field.id() == null ? null : fieldKeysById.get(field.id());
      Object value = value(field.value());
      if (key != null && value != null) {
        fields.put(key, value);
      }
    }
    return fields;
  }

  static Object value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(item -> values.add(item.asText()));
      return List.copyOf(values);
    }
    return node.asText();
  }

  private static String body(WireComment comment) {
    if (comment.body() != null && !comment.body().isBlank()) {
      return comment.body();
    }
    if (comment.plainBody() != null && !comment.plainBody().isBlank()) {
      return comment.plainBody();
    }
    return Html.toText(comment.htmlBody());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException("malformed Zendesk data: " + problem);
    }
  }
}
