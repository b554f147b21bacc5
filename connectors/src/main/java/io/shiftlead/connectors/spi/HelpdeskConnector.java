package io.shiftlead.connectors.spi;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.util.List;
import java.util.Optional;

/**
 * One connection to one helpdesk account: the contract every adapter implements.
 *
 * <p><b>Threads.</b> The plugin calls {@link #pullTickets} and {@link #pullSurveys} from one sync
 * thread per connector, and {@link #apply}/{@link #applyBatch}/{@link #fetchTicket} from that thread
 * or a webhook worker; implementations must be safe for that. Every method may block on the network
 * and on the adapter's rate limiter; each has a time limit and returns or throws.
 *
 * <p><b>Errors.</b> Every failure is a {@link ConnectorException}: rate-limited and transient ones
 * are retriable (the adapter has already retried within its own budget), the others are not.
 *
 * <p><b>Cursors</b> are opaque (see {@link Cursor}); adapters keep no state between pages.
 */
public interface HelpdeskConnector extends AutoCloseable {

  /** What this adapter can do and the rate limits it keeps to. Never blocks. */
  Capabilities capabilities();

  /**
   * The tickets changed since {@code cursor}, with their conversations and status changes.
   *
   * <p>A ticket may appear in several pages (once per change); the latest wins. An empty page with
   * {@code endOfStream} means caught up.
   */
  Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException;

  /** Satisfaction-survey responses created or changed since {@code cursor}. */
  Page<SurveyResponse> pullSurveys(Cursor cursor) throws ConnectorException;

  /** One ticket as it is now, with its conversation; empty when it does not exist. */
  Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException;

  /**
   * Applies every change of {@code update} as one vendor update. When the update carries a note and
   * {@link TicketUpdate#recheckNote()} is set, first looks for the note's marker and skips the note
   * if found.
   */
  UpdateResult apply(TicketUpdate update) throws ConnectorException;

  /**
   * Applies several updates, in as few vendor calls as the vendor allows (see
   * {@link Capabilities#maxBatchSize()}). One ticket's failure is reported in its result and does
   * not fail the others; a failure of the whole call is thrown.
   */
  default List<UpdateResult> applyBatch(List<TicketUpdate> updates) throws ConnectorException {
    var results = new java.util.ArrayList<UpdateResult>(updates.size());
    for (TicketUpdate update : updates) {
      try {
        results.add(apply(update));
      } catch (ConnectorException e) {
        if (e.isRetriable()) {
          throw e;
        }
        results.add(UpdateResult.failed(update.ticketId(), e));
      }
    }
    return results;
  }

  /**
   * Gives the adapter read access to the tickets the plugin has stored from it. Called once, before
   * the first pull; an adapter that has no use for it ignores it (the default).
   */
  default void useKnownTickets(KnownTickets known) {}

  /** The webhook verifier and parser, when {@link Capabilities#webhooks()} is true. */
  default Optional<WebhookHandler> webhooks() {
    return Optional.empty();
  }

  /**
   * The cheapest authenticated read, for the admin console's "test connection": returns when the
   * helpdesk accepted the credentials, throws the typed error otherwise (auth failed, transient
   * ...). The default asks for a ticket that need not exist: not found still proves the
   * credentials were accepted.
   *
   * @since 0.2
   */
  default void checkConnection() throws ConnectorException {
    try {
      fetchTicket("1");
    } catch (io.shiftlead.connectors.spi.error.NotFoundException e) {
      // authenticated: the helpdesk looked and found nothing
    }
  }

  /**
   * A ticket cursor that re-pulls every ticket changed since {@code from} (a backfill); empty when
   * the adapter cannot start its change stream at a chosen time. Never blocks.
   *
   * @since 0.2
   */
  default Optional<Cursor> ticketCursorFrom(java.time.Instant from) {
    return Optional.empty();
  }

  /** Releases connections and threads. */
  @Override
  void close();
}
