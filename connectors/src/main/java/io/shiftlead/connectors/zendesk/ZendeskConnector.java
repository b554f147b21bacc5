package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.KnownTickets;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.RateLimits;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.connectors.zendesk.api.AuditsApi;
import io.shiftlead.connectors.zendesk.api.CommentsApi;
import io.shiftlead.connectors.zendesk.api.IncrementalExportApi;
import io.shiftlead.connectors.zendesk.api.JobStatusApi;
import io.shiftlead.connectors.zendesk.api.SatisfactionApi;
import io.shiftlead.connectors.zendesk.api.TicketEventsApi;
import io.shiftlead.connectors.zendesk.api.TicketsApi;
import io.shiftlead.connectors.zendesk.api.UsersCache;
import io.shiftlead.connectors.zendesk.wire.IncrementalTicketsResponse;
import io.shiftlead.connectors.zendesk.wire.SatisfactionRatingsResponse;
import io.shiftlead.connectors.zendesk.wire.TicketResponse;
import io.shiftlead.connectors.zendesk.wire.WireComment;
import io.shiftlead.connectors.zendesk.wire.WireSatisfactionRating;
import io.shiftlead.connectors.zendesk.wire.WireTicket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Zendesk Support account. Tickets come from the cursor-based incremental export (the cursor is
 * Zendesk's {@code after_cursor}), each with its comments and its status history (from the ticket's
 * audits); surveys are legacy CSAT ratings; writes
 * go through {@link ZendeskUpdates}. Keeps no state between pages beyond a cache of users.
 */
public final class ZendeskConnector implements HelpdeskConnector {
  private static final String FROM_PREFIX = "from=";
  /** Zendesk leaves out the last minute of changes; asking for it is refused. */
  private static final Duration EXPORT_LAG = Duration.ofMinutes(1);
  /** Zendesk's limit: 30 updates of one ticket per 10 minutes. */
  private static final int UPDATES_PER_TICKET = 30;
  private static final int UPDATE_WINDOW_MINUTES = 10;

  private final ZendeskSettings settings;
  private final Clock clock;
  private final ZendeskClient client;
  private final IncrementalExportApi export;
  private final CommentsApi comments;
  private final AuditsApi audits;
  private final TicketsApi tickets;
  private final SatisfactionApi satisfaction;
  private final ZendeskMapper mapper;
  private final ZendeskUpdates updates;
  private final BulkConversations bulk;
  private volatile KnownTickets knownTickets = KnownTickets.NONE;
  /** The next cursor of the last page pulled: the plugin asks for it once that page is stored. */
  private Cursor lastNext;
  private final Optional<WebhookHandler> webhooks;

  public ZendeskConnector(ZendeskSettings settings, Clock clock, Sleeper sleeper) {
    this(settings, clock, sleeper, settings.bulkReadBufferMb() * 1024L * 1024L);
  }

  /** With the bulk-read buffer given in bytes (tests that need it below a megabyte). */
  ZendeskConnector(ZendeskSettings settings, Clock clock, Sleeper sleeper, long bulkBufferBytes) {
    this.settings = settings;
    this.clock = clock;
    this.client = new ZendeskClient(settings, clock, sleeper);
    UsersCache users = new UsersCache();
    this.export = new IncrementalExportApi(client, users);
    this.comments = new CommentsApi(client, users);
    this.audits = new AuditsApi(client);
    this.tickets = new TicketsApi(client, users);
    this.satisfaction = new SatisfactionApi(client);
    this.mapper = new ZendeskMapper(users, settings.customFields());
    this.bulk = new BulkConversations(new TicketEventsApi(client), settings.bulkReadMinTickets(),
        bulkBufferBytes);
    this.updates = new ZendeskUpdates(settings, tickets, comments,
        new JobStatusApi(client, sleeper, settings.maxRetryWait()));
    this.webhooks = settings.webhookSecret()
        .map(secret -> new ZendeskWebhookVerifier(secret, settings.webhookReplayWindow()));
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(ZendeskUpdates.MAX_BATCH, settings.updateJobsInFlight(), true,
        webhooks.isPresent(),
        new RateLimits(settings.requestsPerMinute(), settings.exportRequestsPerMinute(),
            UPDATES_PER_TICKET, UPDATE_WINDOW_MINUTES));
  }

  @Override
  public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    IncrementalTicketsResponse page = cursor.isBeginning()
        ? export.start(startTime(settings.startTime()), settings.pageSize())
        : cursor.value().startsWith(FROM_PREFIX)
            ? export.start(startTime(fromCursor(cursor)), settings.pageSize())
            : export.next(cursor.value(), settings.pageSize());
    // a cursor other than the last page's next: that page was not stored (a failure, a restart
    // of the page, a rewind), so what it took from the event stream never reached the store
    bulk.newPage(lastNext == null || cursor.equals(lastNext));
    Map<Long, WireTicket> latest = latestPerTicket(page.tickets());
    bulk.prepare(latest.values());
    List<Ticket> items = new ArrayList<>();
    for (WireTicket ticket : latest.values()) {
      Optional<BulkConversations.Conversation> read = bulk.take(ticket);
      Optional<Ticket> fromStream = Optional.empty();
      if (read.isPresent() && !"deleted".equalsIgnoreCase(ticket.status())) {
        fromStream = read.get().complete() ? Optional.of(fromEvents(ticket, read.get()))
            : withChangesSinceStored(ticket, read.get());
        if (!read.get().complete()) {
          bulk.changesUsed(fromStream.isPresent());
        }
      }
      items.add(fromStream.isPresent() ? fromStream.get() : withConversation(ticket));
    }
    String after = page.afterCursor();
    Cursor next = after == null || after.isBlank() ? cursor : new Cursor(after);
    lastNext = next;
    return new Page<>(items, next, Boolean.TRUE.equals(page.endOfStream()));
  }

  /** A backfill starts the incremental export again at {@code from} ({@code from=<epoch s>}). */
  @Override
  public Optional<Cursor> ticketCursorFrom(Instant from) {
    return Optional.of(new Cursor(FROM_PREFIX + from.getEpochSecond()));
  }

  private static Instant fromCursor(Cursor cursor) throws PermanentException {
    try {
      return Instant.ofEpochSecond(Long.parseLong(cursor.value().substring(FROM_PREFIX.length())));
    } catch (NumberFormatException e) {
      throw new PermanentException("not a backfill cursor: " + cursor.value());
    }
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) throws ConnectorException {
    SurveyCursor position = cursor.isBeginning()
        ? new SurveyCursor(startTime(settings.startTime()), null)
        : SurveyCursor.parse(cursor.value());
    SatisfactionRatingsResponse page = satisfaction.page(position.startTime(), position.after());
    List<SurveyResponse> items = new ArrayList<>();
    Instant newest = position.startTime();
    if (page.satisfactionRatings() != null) {
      for (WireSatisfactionRating rating : page.satisfactionRatings()) {
        mapper.survey(rating).ifPresent(items::add);
        Instant changed = rating.updatedAt() != null ? rating.updatedAt() : rating.createdAt();
        if (changed != null && changed.isAfter(newest)) {
          newest = changed;
        }
      }
    }
    boolean more = page.meta() != null && page.meta().more();
    // at the end, restart from the newest change seen: the next poll may repeat the last ratings
    // (the plugin keys surveys by id), but never misses one
    SurveyCursor next = more
        ? new SurveyCursor(position.startTime(), page.meta().afterCursor())
        : new SurveyCursor(newest, null);
    return new Page<>(items, new Cursor(next.format()), !more);
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException {
    long id = ZendeskUpdates.ticketId(ticketId);
    TicketResponse response;
    try {
      response = tickets.get(id);
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
    if (response.ticket() == null) {
      return Optional.empty();
    }
    return Optional.of(withConversation(response.ticket()));
  }

  @Override
  public UpdateResult apply(TicketUpdate update) throws ConnectorException {
    return updates.apply(update);
  }

  @Override
  public List<UpdateResult> applyBatch(List<TicketUpdate> batch) throws ConnectorException {
    return updates.applyBatch(batch);
  }

  @Override
  public void useKnownTickets(KnownTickets known) {
    this.knownTickets = known == null ? KnownTickets.NONE : known;
  }

  @Override
  public Optional<WebhookHandler> webhooks() {
    return webhooks;
  }

  /** The last {@code X-Rate-Limit-Remaining} Zendesk reported, or -1. */
  public int rateLimitRemaining() {
    return client.rateLimitRemaining();
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "ZendeskConnector[" + client.policyName() + "]";
  }

  /** Counters of the bulk conversation reads (event pages read, tickets covered or not). */
  public BulkConversations.Stats bulkReadStats() {
    return bulk.stats();
  }

  /**
   * The stored copy with the changes read from the event stream since; empty (read it per ticket)
   * unless the stored copy is no older than the start of those changes and the result agrees with
   * the export on the comment count and the current status. Why this is safe:
   * docs/adr/0024-zendesk-changes-since-stored.md.
   */
  private Optional<Ticket> withChangesSinceStored(WireTicket ticket,
      BulkConversations.Conversation changes) throws PermanentException {
    Optional<Ticket> known;
    try {
      known = knownTickets.find(ticket.id().toString());
    } catch (RuntimeException unreadable) { // the store's trouble is not this page's: read anew
      return Optional.empty();
    }
    if (known.isEmpty() || known.get().deleted()
        || known.get().updatedAt().getEpochSecond() < changes.changesSince()) {
      return Optional.empty();
    }
    Ticket stored = known.get();
    Ticket fresh = fromEvents(ticket, changes);
    Map<String, Comment> comments = new LinkedHashMap<>();
    stored.comments().forEach(c -> comments.put(c.id(), c));
    fresh.comments().forEach(c -> comments.putIfAbsent(c.id(), c));
    List<Comment> conversation = new ArrayList<>(comments.values());
    conversation.sort(Comparator.comparing(Comment::createdAt)); // stable for equal instants
    if (ticket.commentCount() != null && ticket.commentCount() != conversation.size()) {
      return Optional.empty();
    }
    List<StatusChange> history = new ArrayList<>(stored.statusChanges());
    fresh.statusChanges().stream().filter(change -> !history.contains(change))
        .forEach(history::add);
    history.sort(Comparator.comparing(StatusChange::at));
    if (!isChain(history, fresh.status())) {
      return Optional.empty();
    }
    return Optional.of(new Ticket(fresh.id(), fresh.source(), fresh.subject(), fresh.status(),
        fresh.priority(), fresh.channel(), fresh.createdAt(), fresh.updatedAt(), fresh.requester(),
        fresh.assignee(), fresh.group(), fresh.tags(), fresh.fields(), conversation, history,
        fresh.surveys(), false, conversation.size()));
  }

  /**
   * Whether {@code history} runs from the creation (from nothing) through each change (each from
   * is the previous to) to {@code current}: a gap means an event is missing.
   */
  private static boolean isChain(List<StatusChange> history, TicketStatus current) {
    if (history.isEmpty() || history.get(0).from() != null) {
      return false;
    }
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).from() != history.get(i - 1).to()) {
        return false;
      }
    }
    return history.get(history.size() - 1).to() == current;
  }

  private Ticket fromEvents(WireTicket ticket, BulkConversations.Conversation read)
      throws PermanentException {
    try {
      return mapper.ticket(ticket, read.comments(), StatusHistory.of(read.audits()));
    } catch (RuntimeException malformed) {
      throw new PermanentException("unreadable Zendesk ticket " + ticket.id() + ": "
          + malformed.getMessage(), malformed);
    }
  }

  private Ticket withConversation(WireTicket ticket) throws ConnectorException {
    List<WireComment> conversation = null;
    List<StatusChange> history = List.of();
    WireTicket current = ticket;
    if (!"deleted".equalsIgnoreCase(ticket.status()) && ticket.id() != null) {
      try {
        conversation = comments.list(ticket.id());
        history = statusHistory(ticket);
      } catch (NotFoundException gone) {
        current = deleted(ticket); // deleted between the export and this read
      }
    }
    try {
      return mapper.ticket(current, conversation, history);
    } catch (RuntimeException malformed) {
      throw new PermanentException("unreadable Zendesk ticket " + ticket.id() + ": "
          + malformed.getMessage(), malformed);
    }
  }

  /**
   * The status history from the ticket's audits: one more read per ticket (a page per 100
   * audits), skipped for a ticket still {@code new}, which has never changed status. See
   * docs/connectors.md ("Zendesk status history") for why audits and not the incremental ticket-events export.
   */
  private List<StatusChange> statusHistory(WireTicket ticket) throws ConnectorException {
    if (!StatusHistory.worthReading(ticket.status())) {
      return ticket.createdAt() == null ? List.of()
          : List.of(new StatusChange(ticket.createdAt(), null, TicketStatus.NEW));
    }
    return StatusHistory.of(audits.list(ticket.id()));
  }

  /** The export repeats a ticket once per change: keep the latest (highest generated_timestamp). */
  private static Map<Long, WireTicket> latestPerTicket(List<WireTicket> page) throws PermanentException {
    Map<Long, WireTicket> latest = new LinkedHashMap<>();
    if (page == null) {
      return latest;
    }
    for (WireTicket ticket : page) {
      if (ticket == null || ticket.id() == null) {
        throw new PermanentException("Zendesk export page holds a ticket without id");
      }
      WireTicket seen = latest.get(ticket.id());
      if (seen == null || stamp(ticket) >= stamp(seen)) {
        latest.put(ticket.id(), ticket);
      }
    }
    return latest;
  }

  private static long stamp(WireTicket ticket) {
    if (ticket.generatedTimestamp() != null) {
      return ticket.generatedTimestamp();
    }
    return ticket.updatedAt() == null ? Long.MIN_VALUE : ticket.updatedAt().getEpochSecond();
  }

  private static WireTicket deleted(WireTicket t) {
    return new WireTicket(t.id(), t.subject(), "deleted", t.priority(), t.requesterId(),
        t.assigneeId(), t.groupId(), t.tags(), t.customFields(), t.via(), t.createdAt(),
        t.updatedAt(), t.generatedTimestamp(), t.satisfactionRating(), 0);
  }

  /** Zendesk refuses start times within the last minute. */
  private Instant startTime(Instant configured) {
    Instant latest = clock.instant().minus(EXPORT_LAG);
    return configured.isAfter(latest) ? latest : configured;
  }
}
