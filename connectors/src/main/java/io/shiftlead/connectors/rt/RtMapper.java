package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.support.Html;
import io.shiftlead.connectors.rt.wire.WireAttachment;
import io.shiftlead.connectors.rt.wire.WireCustomField;
import io.shiftlead.connectors.rt.wire.WireRef;
import io.shiftlead.connectors.rt.wire.WireTicket;
import io.shiftlead.connectors.rt.wire.WireTransaction;
import io.shiftlead.connectors.rt.wire.WireUser;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates RT's wire DTOs into the normalized records (anti-corruption layer). Tolerant: an
 * unknown status (custom lifecycle) reads as open, an unreadable priority as none, unmapped custom
 * fields are dropped.
 *
 * @throws IllegalStateException (from {@link #ticket}) when a ticket lacks its id or creation time;
 *     the connector reports that as a permanent error
 */
public final class RtMapper {
  public static final String SOURCE = "request-tracker";
  /** RT's own user, author of scrip-generated transactions. */
  static final String SYSTEM_USER = "RT_System";
  /** Transaction types that carry a message of the conversation. */
  static final Set<String> MESSAGE_TYPES = Set.of("Create", "Correspond", "Comment");

  private final Map<String, String> fieldKeysByName;
  private final Optional<String> tagsField;

  /**
   * @param fieldNamesByKey admin key to RT custom field name (from the {@code customFields} setting)
   */
  public RtMapper(Map<String, String> fieldNamesByKey, Optional<String> tagsField) {
    Map<String, String> byName = new HashMap<>();
    fieldNamesByKey.forEach((key, name) -> byName.put(name, key));
    this.fieldKeysByName = Map.copyOf(byName);
    this.tagsField = tagsField;
  }

  /**
   * A ticket with its conversation and status changes.
   *
   * @param history the ticket's transactions oldest first, or null when not read (a deleted ticket)
   * @param attachments the ticket's attachments (message bodies), may be null
   * @param users RT users by Name, for staff/customer and email; missing users read as customers
   */
  public Ticket ticket(WireTicket wire, List<WireTransaction> history, List<WireAttachment> attachments,
      Map<String, WireUser> users) {
    require(wire.id() != null, "ticket without id");
    require(wire.created() != null, "ticket " + wire.id() + " without Created");
    boolean deleted = "deleted".equalsIgnoreCase(wire.status());
    List<String> requestors = requestorNames(wire);
    Map<String, List<WireAttachment>> bodies = byTransaction(attachments);
    List<Comment> conversation = new ArrayList<>();
    List<StatusChange> changes = new ArrayList<>();
    Channel channel = Channel.OTHER;
    if (!deleted && history != null) {
      for (WireTransaction txn : history) {
        if (MESSAGE_TYPES.contains(txn.type()) && txn.id() != null && txn.created() != null) {
          List<WireAttachment> parts = bodies.getOrDefault(txn.id(), List.of());
          conversation.add(comment(txn, parts, requestors, users));
          if ("Create".equals(txn.type())) {
            channel = channel(parts);
          }
        } else if ("Status".equals(txn.type()) && txn.created() != null) {
          changes.add(new StatusChange(txn.created(), status(txn.oldValue()), status(txn.newValue())));
        }
      }
    }
    // the Create transaction names no status: the first change's "from" is the initial one
    TicketStatus initial = changes.isEmpty() ? status(wire.status()) : changes.get(0).from();
    changes.add(0, new StatusChange(wire.created(), null, initial));
    return new Ticket(
        wire.id(),
        SOURCE,
        wire.subject(),
        status(wire.status()),
        priority(wire.priority()),
        channel,
        wire.created(),
        wire.lastUpdated() == null ? wire.created() : wire.lastUpdated(),
        requestors.isEmpty() ? null : person(requestors.get(0), AuthorRole.CUSTOMER, users),
        owner(wire.owner(), users),
        group(wire.queue()),
        tags(wire),
        fields(wire),
        conversation,
        deleted ? List.of() : changes,
        List.of(),
        deleted,
        deleted ? 0 : history == null ? -1 : conversation.size());
  }

  /**
   * RT statuses of the default lifecycle: {@code stalled} waits on someone else (on hold),
   * {@code resolved} is solved, {@code rejected} and {@code deleted} are closed.
   */
  public static TicketStatus status(String rt) {
    if (rt == null) {
      return TicketStatus.OPEN;
    }
    switch (rt.trim().toLowerCase(Locale.ROOT)) {
      case "new":
        return TicketStatus.NEW;
      case "stalled":
        return TicketStatus.ON_HOLD;
      case "resolved":
        return TicketStatus.SOLVED;
      case "rejected":
      case "deleted":
        return TicketStatus.CLOSED;
      default:
        return TicketStatus.OPEN;
    }
  }

  /**
   * RT priorities are numbers, 0-100 by default (shown as Low 0 / Medium 50 / High 100): below 25
   * low, below 63 normal, below 88 high, else urgent. {@link RtUpdates#priority} writes values that
   * read back as the same level.
   */
  public static Priority priority(String rt) {
    if (rt == null || rt.isBlank()) {
      return null;
    }
    int value;
    try {
      value = Integer.parseInt(rt.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    return value < 25 ? Priority.LOW : value < 63 ? Priority.NORMAL : value < 88 ? Priority.HIGH
        : Priority.URGENT;
  }

  /**
   * Who wrote a message: a requestor of the ticket is the customer even when privileged; RT_System
   * is the system; other privileged users are agents; everyone else (unprivileged Cc, unknown) is
   * a customer.
   */
  static AuthorRole role(String author, List<String> requestors, Map<String, WireUser> users) {
    if (author == null || requestors.contains(author)) {
      return AuthorRole.CUSTOMER;
    }
    if (SYSTEM_USER.equals(author)) {
      return AuthorRole.SYSTEM;
    }
    WireUser user = users.get(author);
    return user != null && user.privileged() != null && user.privileged() == 1
        ? AuthorRole.AGENT : AuthorRole.CUSTOMER;
  }

  private Comment comment(WireTransaction txn, List<WireAttachment> parts, List<String> requestors,
      Map<String, WireUser> users) {
    String author = txn.creator() == null ? null : txn.creator().id();
    Person person = author == null
        ? Person.of("unknown", AuthorRole.CUSTOMER)
        : person(author, role(author, requestors, users), users);
    return new Comment(txn.id(), person, !"Comment".equals(txn.type()), txn.created(), body(parts));
  }

  /** The first text/plain part, else the first text/html part as text; multipart parents are empty. */
  static String body(List<WireAttachment> parts) {
    for (String wanted : List.of("text/plain", "text/html")) {
      for (WireAttachment part : parts) {
        String type = part.contentType() == null ? "" : part.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith(wanted) && part.content() != null && !part.content().isBlank()) {
          return wanted.equals("text/html") ? Html.toText(part.content()) : part.content().strip();
        }
      }
    }
    return "";
  }

  /** From the Create message's {@code X-RT-Interface} header (Email, Web, REST, REST2, CLI, ...). */
  static Channel channel(List<WireAttachment> parts) {
    for (WireAttachment part : parts) {
      if (part.headers() == null) {
        continue;
      }
      for (String line : part.headers().split("\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("x-rt-interface:")) {
          String value = line.substring(line.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
          if (value.equals("email")) {
            return Channel.EMAIL;
          }
          if (value.equals("web") || value.equals("mobile")) {
            return Channel.WEB;
          }
          if (value.startsWith("rest") || value.equals("api") || value.equals("cli")) {
            return Channel.API;
          }
          return Channel.OTHER;
        }
      }
    }
    return Channel.OTHER;
  }

  private static Person person(String name, AuthorRole role, Map<String, WireUser> users) {
    WireUser user = users.get(name);
    if (user == null) {
      // users auto-created from an email address have that address as Name
      return new Person(name, null, name.contains("@") ? name : null, null, null, role);
    }
    return new Person(name, blankToNull(user.realName()), blankToNull(user.emailAddress()),
        blankToNull(user.organization()), blankToNull(user.lang()), role);
  }

  private static Person owner(WireRef owner, Map<String, WireUser> users) {
    // "Nobody" is RT's unowned placeholder
    if (owner == null || owner.id() == null || owner.id().isBlank() || "Nobody".equals(owner.id())) {
      return null;
    }
    return person(owner.id(), AuthorRole.AGENT, users);
  }

  private static String group(WireRef queue) {
    if (queue == null) {
      return null;
    }
    return queue.name() != null && !queue.name().isBlank() ? queue.name() : queue.id();
  }

  private static List<String> requestorNames(WireTicket wire) {
    List<String> names = new ArrayList<>();
    if (wire.requestors() != null) {
      for (WireRef ref : wire.requestors()) {
        if (ref != null && ref.id() != null && !ref.id().isBlank()) {
          names.add(ref.id());
        }
      }
    }
    return names;
  }

  private Map<String, Object> fields(WireTicket wire) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (wire.customFields() == null) {
      return fields;
    }
    for (WireCustomField cf : wire.customFields()) {
      String key = fieldKeysByName.get(cf.name());
      if (key == null) {
        key = fieldKeysByName.get(cf.id());
      }
      if (key == null || cf.values() == null || cf.values().isEmpty()) {
        continue;
      }
      fields.put(key, cf.values().size() == 1 ? cf.values().get(0) : List.copyOf(cf.values()));
    }
    return fields;
  }

  private List<String> tags(WireTicket wire) {
    if (tagsField.isEmpty() || wire.customFields() == null) {
      return List.of();
    }
    for (WireCustomField cf : wire.customFields()) {
      if (tagsField.get().equals(cf.name()) || tagsField.get().equals(cf.id())) {
        return cf.values() == null ? List.of() : List.copyOf(cf.values());
      }
    }
    return List.of();
  }

  private static Map<String, List<WireAttachment>> byTransaction(List<WireAttachment> attachments) {
    Map<String, List<WireAttachment>> byTxn = new HashMap<>();
    if (attachments != null) {
      for (WireAttachment a : attachments) {
        if (a != null && a.transactionId() != null) {
          byTxn.computeIfAbsent(a.transactionId(), k -> new ArrayList<>()).add(a);
        }
      }
    }
    return byTxn;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
