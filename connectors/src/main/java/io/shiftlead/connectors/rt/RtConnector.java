package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.rt.api.CommentsApi;
import io.shiftlead.connectors.rt.api.HistoryApi;
import io.shiftlead.connectors.rt.api.TicketSql;
import io.shiftlead.connectors.rt.api.TicketsApi;
import io.shiftlead.connectors.rt.api.UsersCache;
import io.shiftlead.connectors.rt.wire.WireAttachment;
import io.shiftlead.connectors.rt.wire.WireCollection;
import io.shiftlead.connectors.rt.wire.WireRef;
import io.shiftlead.connectors.rt.wire.WireTicket;
import io.shiftlead.connectors.rt.wire.WireTransaction;
import io.shiftlead.connectors.rt.wire.WireUser;
import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.RateLimits;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Request Tracker 5 instance over REST2. Tickets come from a TicketSQL search on
 * {@code LastUpdated} (see {@link RtCursor}), each with its history (messages and status changes);
 * writes go through {@link RtUpdates}. RT has no satisfaction surveys and no webhooks: the plugin
 * polls. Keeps no state between pages beyond a cache of users.
 */
public final class RtConnector implements HelpdeskConnector {
  /**
   * Ids of tickets changed this recently are not recorded as seen: RT's clock and ours may differ
   * and another change may still land in the same second; such a ticket is simply returned again by
   * the next pull (the plugin keeps the latest).
   */
  static final Duration SETTLE = Duration.ofSeconds(60);

  private final RtSettings settings;
  private final Clock clock;
  private final RtClient client;
  private final TicketsApi tickets;
  private final HistoryApi history;
  private final UsersCache users;
  private final RtMapper mapper;
  private final RtUpdates updates;

  public RtConnector(RtSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.client = new RtClient(settings, sleeper);
    this.tickets = new TicketsApi(client);
    this.history = new HistoryApi(client);
    this.users = new UsersCache(client);
    this.mapper = new RtMapper(settings.customFields(), settings.tagsField());
    this.updates = new RtUpdates(settings, tickets, history, new CommentsApi(client));
  }

  @Override
  public Capabilities capabilities() {
    // RT has no per-ticket update limit: one ticket may take the whole budget
    return new Capabilities(1, false, false, new RateLimits(settings.requestsPerMinute(),
        settings.requestsPerMinute(), settings.requestsPerMinute(), 1));
  }

  @Override
  public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    RtCursor position = cursor.isBeginning()
        ? RtCursor.start(settings.startTime())
        : RtCursor.parse(cursor.value());
    WireCollection<WireTicket> page = tickets.search(
        TicketSql.updatedSince(position.since(), settings.timezone(), settings.queue()),
        position.page(), settings.pageSize());
    List<Ticket> items = new ArrayList<>();
    Instant newest = position.since();
    for (WireTicket ticket : page.itemsOrEmpty()) {
      if (ticket == null || ticket.id() == null || ticket.lastUpdated() == null) {
        throw new PermanentException("RT search page holds a ticket without id or LastUpdated");
      }
      if (ticket.lastUpdated().isAfter(newest)) {
        newest = ticket.lastUpdated();
      }
      boolean alreadyReturned = ticket.lastUpdated().equals(position.since())
          && position.seen().contains(ticket.id());
      if (!alreadyReturned) {
        items.add(withConversation(ticket));
      }
    }
    boolean end = page.isLast(position.page());
    // REST2's total counts the whole search from its first page: what is left from this page on
    Long remaining = page.total() == null ? null
        : Math.max(0L, page.total() - (long) (position.page() - 1) * settings.pageSize());
    return new Page<>(items, new Cursor(next(position, page.itemsOrEmpty(), newest, end).format()), end,
        remaining);
  }

  /** A backfill starts the REST2 search again at {@code LastUpdated >= from}. */
  @Override
  public Optional<Cursor> ticketCursorFrom(Instant from) {
    return Optional.of(new Cursor(RtCursor.start(from).format()));
  }

  /**
   * After a page: move {@code since} to the newest change seen and remember the (settled) ids at that
   * instant; when the whole page shared the old instant, read the next search page instead.
   */
  private RtCursor next(RtCursor position, List<WireTicket> page, Instant newest, boolean end) {
    Instant settled = clock.instant().minus(SETTLE);
    Set<String> seen = new HashSet<>(newest.equals(position.since()) ? position.seen() : Set.of());
    if (!newest.isAfter(settled)) {
      for (WireTicket ticket : page) {
        if (ticket.lastUpdated().equals(newest)) {
          seen.add(ticket.id());
        }
      }
    }
    if (newest.isAfter(position.since())) {
      return new RtCursor(newest, 1, seen);
    }
    return new RtCursor(position.since(), end ? 1 : position.page() + 1, seen);
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) {
    // RT core has no satisfaction surveys: always caught up
    return new Page<>(List.of(), cursor.isBeginning() ? new Cursor("none") : cursor, true);
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException {
    long id = RtUpdates.ticketId(ticketId);
    try {
      return Optional.of(withConversation(tickets.get(id)));
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }

  @Override
  public UpdateResult apply(TicketUpdate update) throws ConnectorException {
    return updates.apply(update);
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "RtConnector[" + client.policyName() + "]";
  }

  private Ticket withConversation(WireTicket ticket) throws ConnectorException {
    List<WireTransaction> transactions = null;
    List<WireAttachment> attachments = null;
    Map<String, WireUser> people = new HashMap<>();
    if (!"deleted".equalsIgnoreCase(ticket.status())) {
      long id = RtUpdates.ticketId(ticket.id());
      transactions = history.transactions(id);
      attachments = history.attachments(id);
      for (WireTransaction txn : transactions) {
        // Set.of(...).contains(null) throws: a transaction without a type is no message
        if (txn != null && txn.type() != null && RtMapper.MESSAGE_TYPES.contains(txn.type())
            && txn.creator() != null) {
          remember(txn.creator().id(), people);
        }
      }
    }
    if (ticket.requestors() != null) {
      for (WireRef requestor : ticket.requestors()) {
        remember(requestor == null ? null : requestor.id(), people);
      }
    }
    remember(ticket.owner() == null ? null : ticket.owner().id(), people);
    try {
      return mapper.ticket(ticket, transactions, attachments, people);
    } catch (RuntimeException malformed) {
      throw new PermanentException("unreadable RT ticket " + ticket.id() + ": " + malformed.getMessage(),
          malformed);
    }
  }

  private void remember(String name, Map<String, WireUser> people) throws ConnectorException {
    if (name == null || name.isBlank() || people.containsKey(name) || "Nobody".equals(name)
        || RtMapper.SYSTEM_USER.equals(name)) {
      return;
    }
    users.get(name).ifPresent(user -> people.put(name, user));
  }
}
