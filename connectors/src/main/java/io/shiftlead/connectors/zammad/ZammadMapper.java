package io.shiftlead.connectors.zammad;

import io.shiftlead.connectors.support.Html;
import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.zammad.wire.RawTicket;
import io.shiftlead.connectors.zammad.wire.WireArticle;
import io.shiftlead.connectors.zammad.wire.WireTicket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates Zammad's wire DTOs into the normalized records (anti-corruption layer). Tolerant: an
 * unknown (custom) state reads as open, an unknown priority as none, unmapped attributes are dropped.
 * The vendor's state and priority names are kept in {@code fields} under {@value #STATE_FIELD} and
 * {@value #PRIORITY_FIELD}, since the normalized values lose detail (pending reminder vs close, merged).
 *
 * @throws IllegalStateException (from its methods) when a ticket or article lacks its id or creation
 *     time; the connector reports that as a permanent error
 */
public final class ZammadMapper {
  public static final String SOURCE = "zammad";
  public static final String STATE_FIELD = "zammad_state";
  public static final String PRIORITY_FIELD = "zammad_priority";
  /** Zammad's system user "-": owner_id 1 means "nobody", not an agent. */
  static final long NOBODY = 1L;

  private final Map<String, String> attributeByKey;

  /** @param attributeByKey admin field key to Zammad object attribute name */
  public ZammadMapper(Map<String, String> attributeByKey) {
    this.attributeByKey = Map.copyOf(attributeByKey);
  }

  /**
   * A ticket with its conversation and tags.
   *
   * @param articles null when not read (commentCount then comes from {@code article_count})
   * @param deleted true when the ticket vanished between the search and the article read
   */
  public Ticket ticket(RawTicket raw, List<WireArticle> articles, List<String> tags, boolean deleted) {
    return ticket(raw, articles, tags, deleted, List.of());
  }

  /** As {@link #ticket(RawTicket, List, List, boolean)}, with the status history. */
  public Ticket ticket(RawTicket raw, List<WireArticle> articles, List<String> tags, boolean deleted,
      List<StatusChange> statusChanges) {
    WireTicket wire = raw.ticket();
    require(wire.id() != null, "ticket without id");
    require(wire.createdAt() != null, "ticket " + wire.id() + " without created_at");
    boolean gone = deleted || "removed".equalsIgnoreCase(trim(wire.state()));
    List<Comment> conversation = new ArrayList<>();
    if (!gone && articles != null) {
      for (WireArticle article : articles) {
        conversation.add(comment(article, wire));
      }
    }
    int commentCount = gone ? 0
        : articles != null ? conversation.size()
        : wire.articleCount() == null ? -1 : wire.articleCount();
    return new Ticket(
        wire.id().toString(),
        SOURCE,
        wire.title(),
        gone ? TicketStatus.CLOSED : status(wire.state()),
        priority(wire.priority()),
        channel(wire.createArticleType()),
        wire.createdAt(),
        wire.updatedAt() == null ? wire.createdAt() : wire.updatedAt(),
        requester(wire),
        assignee(wire),
        wire.group(),
        tags,
        fields(raw),
        conversation,
        gone ? List.of() : statusChanges,
        List.of(),
        gone,
        commentCount);
  }

  public Comment comment(WireArticle wire, WireTicket ticket) {
    require(wire.id() != null, "article without id on ticket " + ticket.id());
    require(wire.createdAt() != null, "article " + wire.id() + " without created_at");
    boolean isPublic = !Boolean.TRUE.equals(wire.internal());
    return new Comment(wire.id().toString(), author(wire, ticket), isPublic, wire.createdAt(),
        body(wire));
  }

  static TicketStatus status(String state) {
    switch (trim(state)) {
      case "new": return TicketStatus.NEW;
      case "open": return TicketStatus.OPEN;
      // waiting until a reminder date: the closest normalized status is pending
      case "pending reminder": return TicketStatus.PENDING;
      // resolved, closes by itself at pending_time unless the customer answers: Zendesk's solved
      case "pending close": return TicketStatus.SOLVED;
      case "closed":
      case "merged":
      case "removed": return TicketStatus.CLOSED;
      default: return TicketStatus.OPEN; // custom states: open is the safe reading for SLAs
    }
  }

  /** Default names are "1 low", "2 normal", "3 high"; custom ones like "4 urgent" read by their number or word. */
  static Priority priority(String priority) {
    String name = trim(priority);
    if (name.isEmpty()) {
      return null;
    }
    if (name.contains("urgent") || name.contains("disaster") || name.contains("critical")) {
      return Priority.URGENT;
    }
    if (name.contains("low")) {
      return Priority.LOW;
    }
    if (name.contains("normal")) {
      return Priority.NORMAL;
    }
    if (name.contains("high")) {
      return Priority.HIGH;
    }
    char first = name.charAt(0);
    if (first >= '1' && first <= '9') {
      return first == '1' ? Priority.LOW : first == '2' ? Priority.NORMAL
          : first == '3' ? Priority.HIGH : Priority.URGENT;
    }
    return null;
  }

  /** The type of the ticket's first article ({@code create_article_type}). */
  static Channel channel(String articleType) {
    String type = trim(articleType);
    if (type.startsWith("twitter") || type.startsWith("facebook") || type.startsWith("telegram")
        || type.startsWith("whatsapp")) {
      return Channel.SOCIAL;
    }
    switch (type) {
      case "email": return Channel.EMAIL;
      case "web": return Channel.WEB;
      case "chat": return Channel.CHAT;
      case "phone": return Channel.PHONE;
      default: return Channel.OTHER;
    }
  }

  static AuthorRole role(String sender) {
    switch (trim(sender)) {
      case "customer": return AuthorRole.CUSTOMER;
      case "agent": return AuthorRole.AGENT;
      default: return AuthorRole.SYSTEM;
    }
  }

  private static Person author(WireArticle article, WireTicket ticket) {
    // origin_by_id names the customer an agent wrote for (a phone call); otherwise the creator wrote it
    Long authorId = article.originById() != null ? article.originById() : article.createdById();
    AuthorRole role = role(article.sender());
    if (authorId != null && authorId.equals(ticket.customerId())) {
      role = AuthorRole.CUSTOMER;
    }
    String id = authorId == null ? "system" : authorId.toString();
    String name = blankToNull(article.from());
    String email = null;
    if (article.createdBy() != null && article.createdBy().contains("@")
        && article.originById() == null) {
      email = article.createdBy();
    }
    return new Person(id, name, email, null, null, role);
  }

  private static Person requester(WireTicket wire) {
    if (wire.customerId() == null) {
      return null;
    }
    String login = blankToNull(wire.customer());
    String email = login != null && login.contains("@") ? login : null;
    return new Person(wire.customerId().toString(), login, email,
        blankToNull(wire.organization()), null, AuthorRole.CUSTOMER);
  }

  private static Person assignee(WireTicket wire) {
    if (wire.ownerId() == null || wire.ownerId() == NOBODY) {
      return null;
    }
    String login = blankToNull(wire.owner());
    if ("-".equals(login)) {
      return null;
    }
    String email = login != null && login.contains("@") ? login : null;
    return new Person(wire.ownerId().toString(), login, email, null, null, AuthorRole.AGENT);
  }

  private Map<String, Object> fields(RawTicket raw) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : attributeByKey.entrySet()) {
      Object value = value(raw.json().get(entry.getValue()));
      if (value != null) {
        fields.put(entry.getKey(), value);
      }
    }
    if (raw.ticket().state() != null) {
      fields.put(STATE_FIELD, raw.ticket().state());
    }
    if (raw.ticket().priority() != null) {
      fields.put(PRIORITY_FIELD, raw.ticket().priority());
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
    if (node.isObject()) {
      return node.toString();
    }
    return node.asText();
  }

  private static String body(WireArticle article) {
    String contentType = trim(article.contentType());
    return contentType.startsWith("text/html") ? Html.toText(article.body())
        : article.body() == null ? "" : article.body();
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException("malformed Zammad data: " + problem);
    }
  }
}
