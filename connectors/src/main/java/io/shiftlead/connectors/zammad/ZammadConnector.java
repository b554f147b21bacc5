package io.shiftlead.connectors.zammad;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.RateLimits;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.connectors.zammad.api.ArticlesApi;
import io.shiftlead.connectors.zammad.api.HistoryApi;
import io.shiftlead.connectors.zammad.api.TagsApi;
import io.shiftlead.connectors.zammad.api.TicketsApi;
import io.shiftlead.connectors.zammad.wire.RawTicket;
import io.shiftlead.connectors.zammad.wire.WireArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Zammad instance. Tickets come from the ticket search ordered by {@code updated_at} (see
 * {@link SearchCursor}), each with its articles, tags and status history (ticket_history); there are no surveys; writes go through
 * {@link ZammadUpdates}. Keeps no state between pages.
 */
public final class ZammadConnector implements HelpdeskConnector {
  /**
   * How far each new pass reaches back behind the newest change seen. Zammad indexes tickets into
   * Elasticsearch asynchronously, so a change can become searchable after a later one was already
   * returned; re-reading the last two minutes (de-duplicated by id and updated_at) catches it.
   */
  static final Duration OVERLAP = Duration.ofMinutes(2);
  /** Zammad has no per-ticket update limit; the SPI wants one, so it is the whole budget per minute. */
  private static final int WINDOW_MINUTES = 1;

  private final ZammadSettings settings;
  private final ZammadClient client;
  private final TicketsApi tickets;
  private final ArticlesApi articles;
  private final HistoryApi history;
  private final TagsApi tags;
  private final ZammadMapper mapper;
  private final ZammadUpdates updates;
  private final Optional<WebhookHandler> webhooks;

  public ZammadConnector(ZammadSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.client = new ZammadClient(settings, sleeper);
    this.tickets = new TicketsApi(client);
    this.articles = new ArticlesApi(client);
    this.history = new HistoryApi(client);
    this.tags = new TagsApi(client);
    this.mapper = new ZammadMapper(settings.customFields());
    this.updates = new ZammadUpdates(settings, tickets, articles, tags);
    this.webhooks = settings.webhookSecret().map(ZammadWebhookVerifier::new);
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(ZammadUpdates.MAX_BATCH, false, webhooks.isPresent(),
        new RateLimits(settings.requestsPerMinute(), settings.requestsPerMinute(),
            settings.requestsPerMinute(), WINDOW_MINUTES));
  }

  @Override
  public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    SearchCursor position = cursor.isBeginning()
        ? SearchCursor.start(settings.startTime())
        : SearchCursor.parse(cursor.value());
    List<RawTicket> page = tickets.updatedSince(position.from(), position.page(), settings.pageSize());
    Map<Long, Instant> found = new LinkedHashMap<>();
    List<Ticket> items = new ArrayList<>();
    Instant newest = position.from();
    for (RawTicket raw : page) {
      Long id = raw.ticket().id();
      Instant updatedAt = raw.ticket().updatedAt();
      if (id == null || updatedAt == null) {
        throw new PermanentException("Zammad search answered a ticket without id or updated_at");
      }
      newest = updatedAt.isAfter(newest) ? updatedAt : newest;
      if (!position.alreadyEmitted(id, updatedAt) && found.put(id, updatedAt) == null) {
        items.add(withConversation(raw));
      }
    }
    Instant watermark = newest.isAfter(position.watermark()) ? newest : position.watermark();
    Map<Long, Instant> seen = SearchCursor.merge(position.seen(), found, watermark.minus(OVERLAP));
    boolean full = page.size() >= settings.pageSize();
    SearchCursor next;
    if (!full) {
      // caught up: the next pass starts one overlap behind the newest change seen (with nothing seen
      // yet there is nothing to re-read, and stepping back would drift a little further each poll)
      next = new SearchCursor(seen.isEmpty() ? position.from() : watermark.minus(OVERLAP), 1, seen);
    } else if (newest.isAfter(position.from())) {
      next = new SearchCursor(newest, 1, seen); // keyset step: no offset to shift under us
    } else {
      // a whole page shares one instant: only an offset gets past it
      next = new SearchCursor(position.from(), position.page() + 1, seen);
    }
    return new Page<>(items, new Cursor(next.format()), !full);
  }

  /** Zammad has no built-in satisfaction survey: always an empty, finished stream. */
  /** A backfill starts the keyset walk again at {@code updated_at >= from}. */
  @Override
  public Optional<Cursor> ticketCursorFrom(Instant from) {
    return Optional.of(new Cursor(SearchCursor.start(from).format()));
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) {
    return new Page<>(List.of(), cursor.isBeginning() ? new Cursor("none") : cursor, true);
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException {
    long id = ZammadUpdates.ticketId(ticketId);
    RawTicket raw;
    try {
      raw = tickets.get(id);
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
    return Optional.of(withConversation(raw));
  }

  @Override
  public UpdateResult apply(TicketUpdate update) throws ConnectorException {
    return updates.apply(update);
  }

  @Override
  public Optional<WebhookHandler> webhooks() {
    return webhooks;
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "ZammadConnector[" + client.policyName() + "]";
  }

  private Ticket withConversation(RawTicket raw) throws ConnectorException {
    if (raw == null || raw.ticket() == null || raw.ticket().id() == null) {
      throw new PermanentException("Zammad answered a ticket without an id");
    }
    long id = raw.ticket().id();
    List<WireArticle> conversation = null;
    List<String> tagList = null;
    List<StatusChange> statusChanges = List.of();
    boolean deleted = false;
    try {
      conversation = articles.byTicket(id);
      tagList = tags.list(id);
      statusChanges = ZammadStatusHistory.of(history.ofTicket(id));
    } catch (NotFoundException gone) {
      deleted = true; // deleted between the search and this read
    }
    try {
      return mapper.ticket(raw, conversation, tagList, deleted, statusChanges);
    } catch (RuntimeException malformed) {
      throw new PermanentException("unreadable Zammad ticket " + id + ": " + malformed.getMessage(),
          malformed);
    }
  }
}
