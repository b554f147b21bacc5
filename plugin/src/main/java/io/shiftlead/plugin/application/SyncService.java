package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sync pipeline of one connector: pull since the stored cursor → store the tickets → evaluate →
 * queue the write-backs → apply them through the connector → store the cursor.
 *
 * <p>Pull is at-least-once (a page is pulled again until its cursor is stored) and write-back is
 * idempotent (the outbox and the note markers), so a crash anywhere loses nothing and doubles
 * nothing. One thread per connector calls this class; it is not thread-safe.
 */
public final class SyncService {
  private static final Logger LOG = Logger.getLogger(SyncService.class.getName());
  private static final int OUTBOX_BATCH = 100;
  /**
   * How long a write-back whose answer was lost (timeout, dropped connection, 5xx) is left alone
   * before it is re-checked and sent again: the helpdesk may still be applying it (Zendesk's
   * update_many runs as a background job; a stalled request may land late), and a re-check that
   * comes too early would not see the note and post it a second time.
   */
  static final java.time.Duration UNKNOWN_OUTCOME_SETTLE = java.time.Duration.ofMinutes(2);

  private final String connectorName;
  private final HelpdeskConnector connector;
  private final Evaluator evaluator;
  private final TicketRepository tickets;
  private final OutboxRepository outbox;
  private final ConnectorStateRepository states;
  private final WebhookInbox inbox;
  private final NotificationOutbox notifications;
  private final NotificationSender sender;
  private final Clock clock;
  private final WriteBackPlanner planner = new WriteBackPlanner();
  /** Rows up to this id were left by an earlier process. */
  private final long inheritedUpTo;
  /** Outbox rows whose last send had an unknown outcome, with when that send failed. */
  private final java.util.Map<Long, java.time.Instant> unknownOutcome = new java.util.HashMap<>();
  /** Asked before every write to the helpdesk and every cursor move (cluster: the lease). */
  private volatile BooleanSupplier fence = () -> true;

  public SyncService(String connectorName, HelpdeskConnector connector, Evaluator evaluator,
      TicketRepository tickets, OutboxRepository outbox, ConnectorStateRepository states,
      WebhookInbox inbox, NotificationOutbox notifications, NotificationSender sender,
      Clock clock) {
    this.connectorName = connectorName;
    this.connector = connector;
    this.evaluator = evaluator;
    this.tickets = tickets;
    this.outbox = outbox;
    this.states = states;
    this.inbox = inbox;
    this.notifications = notifications;
    this.sender = sender;
    this.clock = clock;
    this.inheritedUpTo = outbox.lastId(connectorName);
    // lets an adapter skip re-reading conversations it can prove unchanged (Zendesk bulk reads)
    connector.useKnownTickets(ticketId -> tickets.find(connectorName, ticketId));
  }

  /**
   * In a cluster: the check that this member still holds the connector's lease, made before each
   * batch of write-backs and each cursor move; when it fails the run stops with {@link
   * io.shiftlead.plugin.application.cluster.LeaseLostException} and writes nothing more.
   */
  public void fenceWith(BooleanSupplier stillHeld) {
    this.fence = stillHeld;
  }

  private void checkFence() {
    if (!fence.getAsBoolean()) {
      throw new io.shiftlead.plugin.application.cluster.LeaseLostException(connectorName);
    }
  }

  public String connectorName() {
    return connectorName;
  }

  /**
   * Pulls pages until the stream is caught up or {@code keepGoing} turns false, then pulls surveys.
   *
   * @return the number of tickets pulled
   * @throws ConnectorException after the connector's own retries; the failing page is pulled again
   *     next time
   */
  public int syncTickets(BooleanSupplier keepGoing) throws ConnectorException {
    applyOutbox();
    int pulled = 0;
    Cursor cursor = states.find(connectorName).map(s -> s.ticketCursor()).orElse(Cursor.BEGINNING);
    while (keepGoing.getAsBoolean()) {
      Cursor asked = cursor;
      Page<Ticket> page = connector.pullTickets(cursor);
      processTickets(page.items());
      applyOutbox();
      sendNotifications();
      // only now are the page's effects stored: moving the cursor earlier could lose tickets
      checkFence();
      states.saveTicketCursor(connectorName, page.next(), clock.instant());
      pulled += page.items().size();
      cursor = page.next();
      if (!page.items().isEmpty()) {
        LOG.log(Level.INFO, "{0}: page of {1} tickets stored and evaluated ({2} this run{3})",
            new Object[] {connectorName, page.items().size(), pulled,
                page.endOfStream() ? ", caught up" : ", more to come"});
      }
      if (page.endOfStream()) {
        break;
      }
      // a long run (backfill, catch-up after a take-over) must not hold webhooks for its whole
      // length: the deliveries queued meanwhile are handled between pages
      processWebhookInbox();
      if (page.next().equals(asked)) {
        // "more to come" without moving on would pull the same page forever: a busy loop
        throw new TransientException(connectorName + ": the helpdesk answered a page with the"
            + " cursor it was asked with and more to come; this run stops, the next pulls the page"
            + " again");
      }
    }
    syncSurveys(keepGoing);
    states.clearError(connectorName);
    return pulled;
  }

  /**
   * Rewinds the stored ticket cursor (a re-sweep): the next {@link #syncTickets} pulls from
   * {@code cursor}. Stored at once, so neither a failing page nor a restart loses the rewind; call
   * it on the connector's worker thread between runs. Fenced like every cursor move.
   */
  public void rewindTickets(Cursor cursor) {
    checkFence();
    states.rewindTicketCursor(connectorName, cursor);
  }

  /** Evaluates the tickets that webhooks queued, fetching each as it is now. */
  public int processWebhookInbox() throws ConnectorException {
    int done = 0;
    for (WebhookInbox.Item item : inbox.pending(connectorName, 50)) {
      try {
        connector.fetchTicket(item.ticketId()).ifPresent(ticket -> processTickets(List.of(ticket)));
      } catch (ConnectorException e) {
        if (e.isRetriable()) {
          throw e; // the item stays queued for the next tick
        }
        // a delivery naming a ticket that cannot be read would block the inbox forever
        LOG.log(Level.WARNING, "{0}: webhook for ticket {1} dropped: {2}",
            new Object[] {connectorName, item.ticketId(), e.getMessage()});
      }
      applyOutbox();
      sendNotifications();
      inbox.markDone(item.id());
      done++;
    }
    return done;
  }

  private void syncSurveys(BooleanSupplier keepGoing) throws ConnectorException {
    if (!connector.capabilities().surveys()) {
      return;
    }
    Cursor cursor = states.find(connectorName).map(s -> s.surveyCursor()).orElse(Cursor.BEGINNING);
    while (keepGoing.getAsBoolean()) {
      Page<SurveyResponse> page = connector.pullSurveys(cursor);
      tickets.upsertSurveys(connectorName, page.items());
      states.saveSurveyCursor(connectorName, page.next());
      cursor = page.next();
      if (page.endOfStream()) {
        return;
      }
    }
  }

  /**
   * Evaluates a stored ticket again although it did not change (its SLA state changed with time)
   * and writes back the difference through the same plan/outbox/notification path as a sync.
   * Call it on the connector's worker thread, like the sync.
   *
   * @return false when the store does not know the ticket
   * @throws ConnectorException from applying the write-back; it stays queued and is retried
   */
  public boolean reevaluate(String ticketId) throws ConnectorException {
    java.util.Optional<Ticket> stored = tickets.find(connectorName, ticketId);
    stored.ifPresent(this::evaluateAndQueue);
    applyOutbox();
    sendNotifications();
    return stored.isPresent();
  }

  private void processTickets(List<Ticket> pulled) {
    tickets.upsertAll(connectorName, pulled);
    pulled.forEach(this::evaluateAndQueue);
  }

  private void evaluateAndQueue(Ticket ticket) {
    Evaluation evaluation = evaluator.evaluate(ticket);
    planner.plan(ticket, evaluation, key -> outbox.notePostedOrPending(connectorName, key))
        .ifPresent(planned -> outbox.enqueue(connectorName, planned.updateKey(),
            planned.update(), String.join("; ", planned.reasons())));
    evaluation.notifications().forEach(n -> notifications.enqueue(connectorName, n));
  }

  /**
   * Makes the webhook calls decisions asked for, after the write-backs. A call that fails is
   * retried on later ticks, a few times; it never holds up the sync.
   */
  void sendNotifications() {
    for (NotificationOutbox.Pending call : notifications.pending(connectorName, 50)) {
      try {
        sender.send(call.notification().url(), call.notification().payload());
        notifications.markSent(call.id());
      } catch (java.io.IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "{0}: webhook call {1} failed: {2}", new Object[] {connectorName,
            call.notification().key(), e.getMessage()});
        notifications.markAttemptFailed(call.id(), e.getMessage(), 5);
      }
    }
  }

  /**
   * Sends every unfinished write-back, in batches; stops at the first retriable failure. Rows whose
   * last send had an unknown outcome wait {@link #UNKNOWN_OUTCOME_SETTLE} before the next.
   */
  void applyOutbox() throws ConnectorException {
    java.time.Instant now = clock.instant();
    unknownOutcome.values().removeIf(failedAt -> !now.isBefore(failedAt.plus(UNKNOWN_OUTCOME_SETTLE)));
    // a connector that runs several vendor jobs at once gets enough rows to fill them
    Capabilities capabilities = connector.capabilities();
    int rows = Math.max(OUTBOX_BATCH, capabilities.maxBatchSize() * capabilities.batchesInFlight());
    while (true) {
      List<OutboxRepository.Entry> fetched = outbox.unfinished(connectorName, rows);
      List<OutboxRepository.Entry> batch = fetched.stream()
          .filter(entry -> !unknownOutcome.containsKey(entry.id())).toList();
      if (batch.isEmpty()) {
        return; // nothing left, or only rows still settling: a later pass sends them
      }
      List<TicketUpdate> updates = new ArrayList<>(batch.size());
      for (OutboxRepository.Entry entry : batch) {
        // an ATTEMPTED row may have reached the helpdesk before a crash: look before posting
        // again; so may any row an earlier process left, whatever the store last heard of it
        boolean recheck = entry.state() == OutboxRepository.State.ATTEMPTED
            || entry.id() <= inheritedUpTo;
        updates.add(entry.update().withRecheckNote(recheck));
      }
      checkFence();
      outbox.markAttempted(batch);
      List<UpdateResult> results;
      try {
        results = connector.applyBatch(updates);
      } catch (ConnectorException e) {
        if (e.isRetriable() && !(e instanceof RateLimitedException)) { // a 429 was not applied
          batch.forEach(entry -> unknownOutcome.put(entry.id(), clock.instant()));
        }
        throw e;
      }
      ConnectorException retriable = null;
      for (int i = 0; i < batch.size(); i++) {
        UpdateResult result = results.get(i);
        long id = batch.get(i).id();
        if (result.succeeded()) {
          outbox.markApplied(id, result.noteAlreadyPresent());
        } else if (result.error().isRetriable()) {
          // this row only: the others of the batch have outcomes of their own (jobs in flight)
          unknownOutcome.put(id, clock.instant());
          retriable = retriable == null ? result.error() : retriable;
        } else {
          LOG.log(Level.WARNING, "write-back to ticket {0} of {1} failed: {2}",
              new Object[] {result.ticketId(), connectorName, result.error().getMessage()});
          outbox.markFailed(id, result.error().getMessage());
        }
      }
      if (retriable != null) {
        throw retriable;
      }
      if (fetched.size() < rows) {
        return;
      }
    }
  }
}
