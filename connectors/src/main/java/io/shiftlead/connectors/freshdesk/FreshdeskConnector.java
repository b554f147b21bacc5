package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.freshdesk.api.ConversationsApi;
import io.shiftlead.connectors.freshdesk.api.SatisfactionApi;
import io.shiftlead.connectors.freshdesk.api.TicketsApi;
import io.shiftlead.connectors.freshdesk.wire.WireConversation;
import io.shiftlead.connectors.freshdesk.wire.WireSatisfactionRating;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
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
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Freshdesk account. Tickets come from the ticket list ordered by {@code updated_at} (see
 * {@link TicketStream} for the cursor), each with its conversation; surveys are satisfaction
 * ratings; writes go through {@link FreshdeskUpdates}, one ticket at a time. Keeps no state between
 * pages.
 */
public final class FreshdeskConnector implements HelpdeskConnector {
  /** Freshdesk documents no per-ticket limit; the plan's Ticket Update limit is 40% of the total. */
  private static final int UPDATE_SHARE_PERCENT = 40;
  private static final int UPDATE_WINDOW_MINUTES = 1;

  private final FreshdeskSettings settings;
  private final FreshdeskClient client;
  private final TicketStream stream;
  private final TicketsApi tickets;
  private final ConversationsApi conversations;
  private final SatisfactionApi satisfaction;
  private final FreshdeskMapper mapper;
  private final FreshdeskUpdates updates;
  private final Optional<WebhookHandler> webhooks;

  public FreshdeskConnector(FreshdeskSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.client = new FreshdeskClient(settings, sleeper);
    this.tickets = new TicketsApi(client);
    this.stream = new TicketStream(tickets, settings.pageSize(), clock);
    this.conversations = new ConversationsApi(client);
    this.satisfaction = new SatisfactionApi(client);
    this.mapper = new FreshdeskMapper(settings.customFields(), settings.onHoldStatuses());
    this.updates = new FreshdeskUpdates(settings, tickets, conversations);
    this.webhooks = settings.webhookSecret()
        .map(secret -> new FreshdeskWebhookVerifier(secret, settings.webhookReplayWindow()));
  }

  @Override
  public Capabilities capabilities() {
    int updates = Math.max(1, settings.requestsPerMinute() * UPDATE_SHARE_PERCENT / 100);
    return new Capabilities(FreshdeskUpdates.MAX_BATCH, true, webhooks.isPresent(),
        new RateLimits(settings.requestsPerMinute(), settings.listRequestsPerMinute(), updates,
            UPDATE_WINDOW_MINUTES));
  }

  @Override
  public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    TicketCursor from = cursor.isBeginning()
        ? TicketCursor.start(settings.startTime())
        : TicketCursor.parse(cursor.value());
    TicketStream.Batch batch = stream.read(from);
    List<Ticket> items = new ArrayList<>();
    for (WireTicket ticket : batch.tickets()) {
      items.add(withConversation(ticket));
    }
    return new Page<>(items, new Cursor(batch.next().format()), batch.endOfStream());
  }

  /**
   * A backfill starts every pass ({@code ALL}, {@code deleted}, {@code spam}) again at {@code from}:
   * {@code updated_since=<from - 1 s>}, ordered by {@code updated_at}.
   */
  @Override
  public Optional<Cursor> ticketCursorFrom(Instant from) {
    return Optional.of(new Cursor(TicketCursor.start(from).format()));
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) throws ConnectorException {
    SurveyCursor position = cursor.isBeginning()
        ? new SurveyCursor(settings.startTime(), 1)
        : SurveyCursor.parse(cursor.value());
    Listing<WireSatisfactionRating> page = satisfaction.page(position.since(), position.page());
    List<SurveyResponse> items = new ArrayList<>();
    Instant newest = position.since();
    for (WireSatisfactionRating rating : page.items()) {
      mapper.survey(rating).ifPresent(items::add);
      if (rating != null && rating.createdAt() != null && rating.createdAt().isAfter(newest)) {
        newest = rating.createdAt();
      }
    }
    // at the end (or at the page cap) restart from the newest rating seen: the next poll may repeat
    // the last ratings (the plugin keys surveys by id), but never misses one
    int nextPage = Math.max(page.nextPageNumber(), position.page() + 1);
    boolean more = page.hasNext();
    SurveyCursor next = more && nextPage <= TicketStream.MAX_PAGE
        ? new SurveyCursor(position.since(), nextPage)
        : new SurveyCursor(newest, 1);
    return new Page<>(items, new Cursor(next.format()), !more);
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException {
    long id = FreshdeskUpdates.ticketId(ticketId);
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
  public Optional<WebhookHandler> webhooks() {
    return webhooks;
  }

  /** The last {@code X-RateLimit-Remaining} Freshdesk reported, or -1. */
  public int rateLimitRemaining() {
    return client.rateLimitRemaining();
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "FreshdeskConnector[" + client.policyName() + "]";
  }

  private Ticket withConversation(WireTicket ticket) throws ConnectorException {
    List<WireConversation> conversation = null;
    WireTicket current = ticket;
    if (!ticket.isDeleted() && !ticket.isSpam() && ticket.id() != null) {
      try {
        conversation = conversations.list(ticket.id());
      } catch (NotFoundException gone) {
        current = ticket.flagged(true, false); // deleted between the list and this read
      }
    }
    try {
      return mapper.ticket(current, conversation);
    } catch (RuntimeException malformed) {
      throw new PermanentException("unreadable Freshdesk ticket " + ticket.id() + ": "
          + malformed.getMessage(), malformed);
    }
  }
}
