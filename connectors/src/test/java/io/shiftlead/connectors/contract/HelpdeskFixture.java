package io.shiftlead.connectors.contract;

import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.model.AuthorRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fake helpdesk an adapter's contract test provides (typically WireMock with the adapter's
 * recorded fixtures). The {@code given*} methods arrange a case; {@link #connector()} then returns a
 * connector (new or reused) that sees it. Waiting must be recorded, never slept.
 */
public interface HelpdeskFixture extends AutoCloseable {

  /** A connector for the fake account, built with the current credentials and a recording sleeper. */
  HelpdeskConnector connector();

  /** Tickets spread over two pages of the change stream, page 2 ending the stream. */
  PagedTickets givenTicketsInTwoPages();

  /** The next first-page read is answered "rate limited" once; returns the wait the helpdesk asks. */
  Duration givenRateLimitedOnce();

  /** The second page fails once with a server error, then succeeds. */
  void givenServerErrorOnceDuringPaging();

  /**
   * The change stream as the helpdesk answers it from a chosen instant on (a backfill): only the
   * query that starts at {@link BackfillCase#from()} is answered with those tickets.
   */
  BackfillCase givenTicketsUpdatedSince();

  /** The first page is cut off mid-body (every time). */
  void givenMalformedPage();

  /** From now on {@link #connector()} uses credentials the helpdesk refuses. */
  void givenBadCredentials();

  /** The id of a ticket that does not exist. */
  String givenUnknownTicket();

  /** The id of a ticket that accepts updates and notes. */
  String givenTicketForUpdates();

  /** The ticket's conversation already holds the note with this idempotency key. */
  void givenNoteAlreadyPosted(String ticketId, String idempotencyKey);

  /** The bodies of the internal notes the connector posted to the ticket so far. */
  List<String> notesPostedTo(String ticketId);

  /** Tickets one batch update will reach; exactly one of them is refused by the helpdesk. */
  BatchCase givenBatchWithOneFailure();

  /** Every wait the connector asked for (retries, Retry-After, polling), in order. */
  List<Duration> waitsRequested();

  /** Survey responses over one or more pages; returns the ids of the answered ones. */
  Set<String> givenSurveyResponses();

  /** A delivery signed with the configured secret, received within the replay window. */
  WebhookDelivery givenSignedWebhook();

  /** The same delivery with a body that does not match its signature. */
  WebhookDelivery givenForgedWebhook();

  /** The signed delivery received long after it was signed. */
  WebhookDelivery givenReplayedWebhook();

  @Override
  void close();

  /**
   * @param sampleTicketId a ticket whose conversation roles are known
   * @param sampleRoles the roles of its comments, in order
   * @param deletedTicketId a ticket the helpdesk reports deleted, or null
   */
  record PagedTickets(Set<String> allIds, Set<String> secondPageIds, String sampleTicketId,
      List<AuthorRole> sampleRoles, String deletedTicketId) {}

  /** @param ids the tickets updated at or after {@code from} */
  record BackfillCase(Instant from, Set<String> ids) {}

  record BatchCase(List<String> ticketIds, String failingTicketId) {}

  record WebhookDelivery(Map<String, String> headers, byte[] body, Instant receivedAt,
      List<String> ticketIds) {}
}
