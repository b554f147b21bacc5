package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.KnownTickets;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Wraps a connector so the admin console can rewind it: {@link #startBackfill} asks for the
 * adapter's start-time cursor, and the sync thread's next {@link #pullTickets} uses it instead of
 * the stored cursor. The sync service then stores the pages' cursors as usual, so the rewind needs
 * no change to the sync loop and cannot be overwritten by a run in progress. The pages pulled after
 * the rewind are counted until the stream is caught up; when the adapter's pages say how many
 * tickets are left ({@link Page#remaining()}), that gives the backfill a total and an ETA.
 *
 * <p>A backfill requested but not yet started is lost on restart (the stored cursor was not
 * touched); request it again.
 */
public final class BackfillingConnector implements HelpdeskConnector {
  private final String name;
  private final HelpdeskConnector delegate;
  private final Clock clock;
  private Backfill backfill;

  /** One backfill's counters; guarded by the connector's monitor. */
  private static final class Backfill {
    final Instant from;
    final Instant startedAt;
    Cursor rewindTo;
    long tickets;
    long pages;
    Instant reached;
    Long total;
    Instant finishedAt;

    Backfill(Instant from, Instant startedAt, Cursor rewindTo) {
      this.from = from;
      this.startedAt = startedAt;
      this.rewindTo = rewindTo;
    }
  }

  public BackfillingConnector(String name, HelpdeskConnector delegate, Clock clock) {
    this.name = name;
    this.delegate = delegate;
    this.clock = clock;
  }

  /**
   * Rewinds the ticket stream to {@code from} at the next pull.
   *
   * @throws UnsupportedOperationException when the adapter cannot start at a chosen time
   * @throws IllegalArgumentException when {@code from} is in the future
   * @throws IllegalStateException when a backfill is still running
   */
  public synchronized BackfillProgress startBackfill(Instant from) {
    Instant now = clock.instant();
    if (from.isAfter(now)) {
      throw new IllegalArgumentException("the backfill start " + from + " is in the future");
    }
    if (backfill != null && backfill.finishedAt == null) {
      throw new IllegalStateException(name + ": a backfill from " + backfill.from
          + " is still running");
    }
    Cursor cursor = delegate.ticketCursorFrom(from).orElseThrow(() ->
        new UnsupportedOperationException(name + ": this connector cannot re-pull from a chosen"
            + " time"));
    backfill = new Backfill(from, now, cursor);
    return progress().orElseThrow();
  }

  /** The last backfill's progress; empty when none was started since the server started. */
  public synchronized Optional<BackfillProgress> progress() {
    if (backfill == null) {
      return Optional.empty();
    }
    Backfill b = backfill;
    return Optional.of(BackfillProgress.of(name, b.from, b.startedAt, b.rewindTo == null,
        b.tickets, b.pages, b.reached, b.total, b.finishedAt, clock.instant()));
  }

  @Override
  public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    Cursor asked = cursor;
    synchronized (this) {
      if (backfill != null && backfill.rewindTo != null) {
        asked = backfill.rewindTo;
        backfill.rewindTo = null;
      }
    }
    Page<Ticket> page;
    try {
      page = delegate.pullTickets(asked);
    } catch (ConnectorException | RuntimeException e) {
      synchronized (this) {
        if (asked != cursor && backfill != null && backfill.rewindTo == null) {
          backfill.rewindTo = asked; // the stored cursor did not move: rewind again next time
        }
      }
      throw e;
    }
    synchronized (this) {
      if (backfill != null && backfill.finishedAt == null && backfill.rewindTo == null) {
        if (page.remaining() != null) { // the helpdesk counts what is left: a total to go by
          backfill.total = backfill.tickets + page.remaining();
        }
        backfill.pages++;
        backfill.tickets += page.items().size();
        for (Ticket t : page.items()) {
          if (t.updatedAt() != null
              && (backfill.reached == null || t.updatedAt().isAfter(backfill.reached))) {
            backfill.reached = t.updatedAt();
          }
        }
        if (page.endOfStream()) {
          backfill.finishedAt = clock.instant();
        }
      }
    }
    return page;
  }

  @Override
  public Capabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) throws ConnectorException {
    return delegate.pullSurveys(cursor);
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException {
    return delegate.fetchTicket(ticketId);
  }

  @Override
  public UpdateResult apply(TicketUpdate update) throws ConnectorException {
    return delegate.apply(update);
  }

  @Override
  public List<UpdateResult> applyBatch(List<TicketUpdate> updates) throws ConnectorException {
    return delegate.applyBatch(updates);
  }

  @Override
  public void useKnownTickets(KnownTickets known) {
    delegate.useKnownTickets(known);
  }

  @Override
  public Optional<WebhookHandler> webhooks() {
    return delegate.webhooks();
  }

  @Override
  public void checkConnection() throws ConnectorException {
    delegate.checkConnection();
  }

  @Override
  public Optional<Cursor> ticketCursorFrom(Instant from) {
    return delegate.ticketCursorFrom(from);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
