package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.support.Html;
import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.freshdesk.wire.WireConversation;
import io.shiftlead.connectors.freshdesk.wire.WireRequester;
import io.shiftlead.connectors.freshdesk.wire.WireSatisfactionRating;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates Freshdesk's wire DTOs into the normalized records (anti-corruption layer). Tolerant: an
 * unknown status reads as open (or on hold when the admin listed it), an unknown priority as none,
 * unmapped custom fields are dropped. See {@code docs/connectors/freshdesk.md} for the tables.
 *
 * @throws IllegalStateException (from its methods) when a ticket or conversation lacks its id or
 *     creation time; the connector reports that as a permanent error
 */
public final class FreshdeskMapper {
  public static final String SOURCE = "freshdesk";
  /** Field keys the adapter adds next to the admin's custom fields. */
  public static final String STATUS_FIELD = "freshdesk_status";
  public static final String SPAM_FIELD = "freshdesk_spam";
  /** The CSAT scale surveys are reported on: Freshdesk's seven answers, -103..103, become 1..7. */
  public static final String CSAT_SCALE = "1-7";
  private static final String DEFAULT_QUESTION = "default_question";
  private static final Map<Integer, Integer> CSAT_POINTS = Map.of(
      -103, 1, -102, 2, -101, 3, 100, 4, 101, 5, 102, 6, 103, 7);

  private final Map<String, String> fieldKeysByName;
  private final Set<Integer> onHoldStatuses;

  /**
   * @param fieldNamesByKey admin key to Freshdesk {@code cf_} name (setting customFields)
   * @param onHoldStatuses custom status numbers that read as on hold instead of open
   */
  public FreshdeskMapper(Map<String, String> fieldNamesByKey, Set<Integer> onHoldStatuses) {
    Map<String, String> byName = new HashMap<>();
    fieldNamesByKey.forEach((key, name) -> byName.put(name, key));
    this.fieldKeysByName = Map.copyOf(byName);
    this.onHoldStatuses = Set.copyOf(onHoldStatuses);
  }

  /**
   * A ticket with its conversation: the description first (the customer's opening message), then
   * the replies and notes. Deleted and spam tickets keep no conversation whatever is passed.
   *
   * @param conversations null when not read
   */
  public Ticket ticket(WireTicket wire, List<WireConversation> conversations) {
    require(wire.id() != null, "ticket without id");
    require(wire.createdAt() != null, "ticket " + wire.id() + " without created_at");
    boolean gone = wire.isDeleted() || wire.isSpam();
    Person requester = requester(wire);
    List<Comment> comments = new ArrayList<>();
    if (!gone && conversations != null) {
      comments.add(description(wire, requester));
      for (WireConversation conversation : conversations) {
        comments.add(comment(conversation, wire));
      }
    }
    Map<String, Object> fields = fields(wire.customFields());
    if (wire.status() != null) {
      fields.put(STATUS_FIELD, wire.status().longValue());
    }
    if (wire.isSpam()) {
      fields.put(SPAM_FIELD, true);
    }
    return new Ticket(
        wire.id().toString(),
        SOURCE,
        wire.subject(),
        status(wire.status()),
        priority(wire.priority()),
        channel(wire.source()),
        wire.createdAt(),
        wire.updatedAt() == null ? wire.createdAt() : wire.updatedAt(),
        requester,
        wire.responderId() == null ? null : Person.of(wire.responderId().toString(), AuthorRole.AGENT),
        wire.groupId() == null ? null : wire.groupId().toString(),
        wire.tags(),
        fields,
        comments,
        List.of(),
        List.of(),
        gone,
        gone ? 0 : conversations == null ? -1 : comments.size());
  }

  /** One reply or note; private entries are agent notes, incoming ones the customer's side. */
  public Comment comment(WireConversation wire, WireTicket ticket) {
    require(wire.id() != null, "conversation without id on ticket " + ticket.id());
    require(wire.createdAt() != null, "conversation " + wire.id() + " without created_at");
    boolean isPrivate = Boolean.TRUE.equals(wire.isPrivate());
    return new Comment(wire.id().toString(), author(wire, ticket, isPrivate), !isPrivate,
        wire.createdAt(), text(wire.bodyText(), wire.body()));
  }

  /** A CSAT answer on scale {@value #CSAT_SCALE}; empty when it carries no known rating value. */
  public Optional<SurveyResponse> survey(WireSatisfactionRating wire) {
    if (wire == null || wire.id() == null || wire.ratings() == null || wire.ratings().isEmpty()) {
      return Optional.empty();
    }
    Integer value = wire.ratings().get(DEFAULT_QUESTION);
    if (value == null) {
      value = wire.ratings().values().iterator().next(); // a custom survey without the main question
    }
    Integer points = value == null ? null : CSAT_POINTS.get(value);
    if (points == null) {
      return Optional.empty();
    }
    return Optional.of(new SurveyResponse(
        wire.id().toString(),
        wire.ticketId() == null ? null : wire.ticketId().toString(),
        wire.agentId() == null ? null : wire.agentId().toString(),
        SurveyKind.CSAT,
        points,
        CSAT_SCALE,
        blankToNull(wire.feedback()),
        wire.updatedAt() != null ? wire.updatedAt() : wire.createdAt()));
  }

  TicketStatus status(Integer status) {
    if (status == null) {
      return TicketStatus.OPEN;
    }
    switch (status) {
      case 2: return TicketStatus.OPEN;
      case 3: return TicketStatus.PENDING;
      case 4: return TicketStatus.SOLVED;
      case 5: return TicketStatus.CLOSED;
      default: return onHoldStatuses.contains(status) ? TicketStatus.ON_HOLD : TicketStatus.OPEN;
    }
  }

  static Priority priority(Integer priority) {
    if (priority == null) {
      return null;
    }
    switch (priority) {
      case 1: return Priority.LOW;
      case 2: return Priority.NORMAL;
      case 3: return Priority.HIGH;
      case 4: return Priority.URGENT;
      default: return null;
    }
  }

  /** Freshdesk's number for a normalized priority (the inverse of {@link #priority(Integer)}). */
  static int priorityNumber(Priority priority) {
    return priority.ordinal() + 1;
  }

  static Channel channel(Integer source) {
    if (source == null) {
      return Channel.OTHER;
    }
    switch (source) {
      case 1: case 10: return Channel.EMAIL; // email, outbound email
      case 2: case 9: return Channel.WEB; // portal, feedback widget
      case 3: return Channel.PHONE;
      case 7: return Channel.CHAT;
      default: return Channel.OTHER; // mobihelp and anything newer
    }
  }

  private Comment description(WireTicket ticket, Person requester) {
    Person author = requester != null ? requester
        : Person.of(ticket.requesterId() == null ? "unknown" : ticket.requesterId().toString(),
            AuthorRole.CUSTOMER);
    return new Comment("description-" + ticket.id(), author, true, ticket.createdAt(),
        text(ticket.descriptionText(), ticket.description()));
  }

  private static Person author(WireConversation wire, WireTicket ticket, boolean isPrivate) {
    Long userId = wire.userId();
    if (userId == null) {
      return Person.of("system", AuthorRole.SYSTEM);
    }
    AuthorRole role;
    if (isPrivate) {
      role = AuthorRole.AGENT; // only agents write private notes
    } else if (userId.equals(ticket.requesterId()) || Boolean.TRUE.equals(wire.incoming())) {
      role = AuthorRole.CUSTOMER; // the requester, or a CC replying from outside
    } else {
      role = AuthorRole.AGENT;
    }
    WireRequester requester = ticket.requester();
    if (requester != null && userId.equals(requester.id())) {
      return new Person(userId.toString(), requester.name(), requester.email(), null,
          requester.language(), role);
    }
    return Person.of(userId.toString(), role);
  }

  private static Person requester(WireTicket wire) {
    WireRequester embedded = wire.requester();
    if (embedded != null && embedded.id() != null) {
      return new Person(embedded.id().toString(), embedded.name(), embedded.email(), null,
          embedded.language(), AuthorRole.CUSTOMER);
    }
    return wire.requesterId() == null ? null
        : Person.of(wire.requesterId().toString(), AuthorRole.CUSTOMER);
  }

  private Map<String, Object> fields(Map<String, JsonNode> customFields) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (customFields == null) {
      return fields;
    }
    customFields.forEach((name, node) -> {
      String key = fieldKeysByName.get(name);
      Object value = value(node);
      if (key != null && value != null) {
        fields.put(key, value);
      }
    });
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

  /** Freshdesk's plain-text rendering when present, else the HTML stripped. */
  private static String text(String plain, String html) {
    return plain != null && !plain.isBlank() ? plain : Html.toText(html);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException("malformed Freshdesk data: " + problem);
    }
  }
}
