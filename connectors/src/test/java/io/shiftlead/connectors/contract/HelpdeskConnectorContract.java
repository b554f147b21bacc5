package io.shiftlead.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shiftlead.connectors.contract.HelpdeskFixture.BatchCase;
import io.shiftlead.connectors.contract.HelpdeskFixture.PagedTickets;
import io.shiftlead.connectors.contract.HelpdeskFixture.WebhookDelivery;
import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.WebhookRejectedException;
import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every adapter owes the plugin (style rule 18), written once and run per adapter by a
 * subclass that supplies a {@link HelpdeskFixture} over that adapter's recorded payloads.
 */
@Timeout(30)
public abstract class HelpdeskConnectorContract {
  private static final int MAX_PAGES = 50;

  protected HelpdeskFixture fixture;
  private final List<HelpdeskConnector> opened = new ArrayList<>();

  /** A fresh fake helpdesk for one test. */
  protected abstract HelpdeskFixture createFixture() throws Exception;

  @BeforeEach
  void startFixture() throws Exception {
    fixture = createFixture();
  }

  @AfterEach
  void stopFixture() {
    opened.forEach(HelpdeskConnector::close);
    fixture.close();
  }

  protected HelpdeskConnector connector() {
    HelpdeskConnector connector = fixture.connector();
    opened.add(connector);
    return connector;
  }

  @Test
  void pagingToTheEndOfTheStreamYieldsEveryTicketOnceWithItsConversationAndRoles() throws Exception {
    PagedTickets expected = fixture.givenTicketsInTwoPages();

    List<Ticket> tickets = pullAll(connector(), Cursor.BEGINNING);

    List<String> ids = tickets.stream().map(Ticket::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.allIds());
    Ticket sample = byId(tickets, expected.sampleTicketId());
    assertThat(sample.comments()).extracting(c -> c.author().role())
        .containsExactlyElementsOf(expected.sampleRoles());
    for (Ticket ticket : tickets) {
      if (ticket.deleted()) {
        assertThat(ticket.comments()).as("deleted ticket %s", ticket.id()).isEmpty();
        continue;
      }
      assertThat(ticket.comments()).as("conversation of %s", ticket.id()).isNotEmpty();
      for (Comment comment : ticket.comments()) {
        if (ticket.requester() != null && comment.author().id().equals(ticket.requester().id())) {
          assertThat(comment.author().role()).as("requester's comment %s", comment.id())
              .isEqualTo(AuthorRole.CUSTOMER);
        }
      }
    }
    if (expected.deletedTicketId() != null) {
      assertThat(byId(tickets, expected.deletedTicketId()).deleted()).isTrue();
    }
  }

  @Test
  void resumingFromAReturnedCursorContinuesWhereThePreviousPullStopped() throws Exception {
    PagedTickets expected = fixture.givenTicketsInTwoPages();
    Page<Ticket> first = connector().pullTickets(Cursor.BEGINNING);
    assertThat(first.endOfStream()).isFalse();

    List<Ticket> rest = pullAll(connector(), first.next());

    assertThat(rest).extracting(Ticket::id).containsExactlyInAnyOrderElementsOf(expected.secondPageIds());
    assertThat(first.items()).extracting(Ticket::id).doesNotContainAnyElementsOf(expected.secondPageIds());
  }

  @Test
  void pullingAfterTheEndReturnsACursorThatCanBeStoredAndReused() throws Exception {
    fixture.givenTicketsInTwoPages();
    Page<Ticket> first = connector().pullTickets(Cursor.BEGINNING);
    Page<Ticket> last = connector().pullTickets(first.next());

    assertThat(last.endOfStream()).isTrue();
    assertThat(last.next()).isNotNull();
    assertThat(last.next().isBeginning()).isFalse();
  }

  @Test
  void aBackfillFromATimeYieldsTheTicketsUpdatedSinceThen() throws Exception {
    HelpdeskFixture.BackfillCase expected = fixture.givenTicketsUpdatedSince();
    HelpdeskConnector connector = connector();

    Cursor start = connector.ticketCursorFrom(expected.from())
        .orElseThrow(() -> new AssertionError("the adapter offers no start-time cursor"));
    List<Ticket> tickets = pullAll(connector, start);

    assertThat(start.isBeginning()).isFalse();
    assertThat(tickets).extracting(Ticket::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected.ids());
    // the vendors' query bounds have minute precision at worst (JQL)
    assertThat(tickets).allSatisfy(t -> assertThat(t.updatedAt())
        .isAfterOrEqualTo(expected.from().minus(Duration.ofMinutes(1))));
  }

  @Test
  void refusedCredentialsRaiseAuthFailed() {
    fixture.givenTicketsInTwoPages();
    fixture.givenBadCredentials();
    HelpdeskConnector connector = connector();

    assertThatThrownBy(() -> connector.pullTickets(Cursor.BEGINNING)).isInstanceOf(AuthFailedException.class);
    assertThatThrownBy(() -> connector.fetchTicket(fixture.givenTicketForUpdates()))
        .isInstanceOf(AuthFailedException.class);
  }

  @Test
  void anUnknownTicketIsEmptyWhenFetchedAndNotFoundWhenUpdated() throws Exception {
    String unknown = fixture.givenUnknownTicket();
    HelpdeskConnector connector = connector();

    assertThat(connector.fetchTicket(unknown)).isEmpty();
    TicketUpdate update = new TicketUpdate(unknown, null, null, null, Priority.HIGH, null, null, null, false);
    assertThatThrownBy(() -> connector.apply(update)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aRateLimitedCallWaitsAtLeastTheAskedTimeAndThenSucceeds() throws Exception {
    fixture.givenTicketsInTwoPages();
    Duration asked = fixture.givenRateLimitedOnce();

    Page<Ticket> page = connector().pullTickets(Cursor.BEGINNING);

    assertThat(page.items()).isNotEmpty();
    assertThat(fixture.waitsRequested()).anySatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(asked));
  }

  @Test
  void aServerErrorDuringPagingIsRetriedAndPagingCompletes() throws Exception {
    PagedTickets expected = fixture.givenTicketsInTwoPages();
    fixture.givenServerErrorOnceDuringPaging();

    List<Ticket> tickets = pullAll(connector(), Cursor.BEGINNING);

    assertThat(tickets).extracting(Ticket::id).containsExactlyInAnyOrderElementsOf(expected.allIds());
    assertThat(fixture.waitsRequested()).isNotEmpty();
  }

  @Test
  void aMalformedPageRaisesATypedErrorAndNeverARawRuntimeException() {
    fixture.givenTicketsInTwoPages();
    fixture.givenMalformedPage();

    Throwable thrown = catchThrowable(() -> connector().pullTickets(Cursor.BEGINNING));

    assertThat(thrown).isInstanceOfAny(TransientException.class, PermanentException.class);
  }

  @Test
  void applyPostsTheNoteOnceAsAnInternalNoteCarryingItsMarker() throws Exception {
    String ticketId = fixture.givenTicketForUpdates();
    InternalNote note = new InternalNote("First reply overdue: escalated.", "t1:" + ticketId + ":sla-1");

    UpdateResult result = connector().apply(update(ticketId, note, false));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.noteAlreadyPresent()).isFalse();
    assertThat(fixture.notesPostedTo(ticketId)).singleElement()
        .satisfies(body -> assertThat(body).contains(note.body()).contains(note.marker()));
  }

  @Test
  void aRecheckFindingTheNoteAlreadyPostedPostsNothing() throws Exception {
    String ticketId = fixture.givenTicketForUpdates();
    InternalNote note = new InternalNote("First reply overdue: escalated.", "t1:" + ticketId + ":sla-2");
    fixture.givenNoteAlreadyPosted(ticketId, note.idempotencyKey());

    UpdateResult result = connector().apply(update(ticketId, note, true));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.noteAlreadyPresent()).isTrue();
    assertThat(fixture.notesPostedTo(ticketId)).isEmpty();
  }

  @Test
  void aBatchReportsOneResultPerTicketAndOneRefusalDoesNotFailTheOthers() throws Exception {
    BatchCase batch = fixture.givenBatchWithOneFailure();
    List<TicketUpdate> updates = new ArrayList<>();
    for (String id : batch.ticketIds()) {
      updates.add(update(id, new InternalNote("Batch note", "batch:" + id + ":k1"), false));
    }

    List<UpdateResult> results = connector().applyBatch(updates);

    assertThat(results).extracting(UpdateResult::ticketId).containsExactlyElementsOf(batch.ticketIds());
    for (UpdateResult result : results) {
      if (result.ticketId().equals(batch.failingTicketId())) {
        assertThat(result.error()).isNotNull().isInstanceOf(ConnectorException.class);
      } else {
        assertThat(result.succeeded()).as("ticket %s", result.ticketId()).isTrue();
      }
    }
    for (String id : batch.ticketIds()) {
      assertThat(fixture.notesPostedTo(id)).as("notes sent for %s", id).hasSize(1);
    }
  }

  @Test
  void aSignedWebhookIsAcceptedAndNamesItsTickets() throws Exception {
    WebhookHandler handler = webhooksOrSkip();
    WebhookDelivery delivery = fixture.givenSignedWebhook();

    handler.verify(delivery.headers(), delivery.body(), delivery.receivedAt());

    assertThat(handler.ticketIds(delivery.body())).containsExactlyElementsOf(delivery.ticketIds());
    assertThat(handler.deliveryId(delivery.headers(), delivery.body())).isNotBlank();
  }

  @Test
  void aForgedWebhookIsRejectedWith401() {
    WebhookHandler handler = webhooksOrSkip();
    WebhookDelivery forged = fixture.givenForgedWebhook();

    assertThatThrownBy(() -> handler.verify(forged.headers(), forged.body(), forged.receivedAt()))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void aReplayedWebhookIsRejectedWith401() {
    WebhookHandler handler = webhooksOrSkip();
    WebhookDelivery replayed = fixture.givenReplayedWebhook();

    assertThatThrownBy(() -> handler.verify(replayed.headers(), replayed.body(), replayed.receivedAt()))
        .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void capabilitiesAreSaneAndMatchWhatTheConnectorOffers() {
    HelpdeskConnector connector = connector();
    Capabilities capabilities = connector.capabilities();

    assertThat(capabilities.maxBatchSize()).isPositive();
    assertThat(capabilities.rateLimits()).isNotNull();
    assertThat(capabilities.rateLimits().requestsPerMinute()).isPositive();
    assertThat(capabilities.rateLimits().exportRequestsPerMinute()).isPositive();
    assertThat(capabilities.rateLimits().updatesPerTicketPerWindow()).isPositive();
    assertThat(capabilities.rateLimits().windowMinutes()).isPositive();
    assertThat(connector.webhooks().isPresent()).isEqualTo(capabilities.webhooks());
  }

  @Test
  void surveysPageToTheEndOfTheStreamWithScoresOnTheirScale() throws Exception {
    HelpdeskConnector connector = connector();
    assumeTrue(connector.capabilities().surveys(), "adapter reads no surveys");
    Set<String> expected = fixture.givenSurveyResponses();

    List<SurveyResponse> responses = new ArrayList<>();
    Cursor cursor = Cursor.BEGINNING;
    for (int i = 0; i < MAX_PAGES; i++) {
      Page<SurveyResponse> page = connector.pullSurveys(cursor);
      responses.addAll(page.items());
      cursor = page.next();
      if (page.endOfStream()) {
        break;
      }
    }

    assertThat(responses).extracting(SurveyResponse::id).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(responses).allSatisfy(r -> {
      assertThat(r.scale()).isNotBlank();
      assertThat(r.kind()).isNotNull();
      assertThat(r.at()).isNotNull();
    });
  }

  private WebhookHandler webhooksOrSkip() {
    HelpdeskConnector connector = connector();
    assumeTrue(connector.capabilities().webhooks(), "adapter has no webhooks");
    return connector.webhooks().orElseThrow();
  }

  private static TicketUpdate update(String ticketId, InternalNote note, boolean recheck) {
    return new TicketUpdate(ticketId, null, null, null, null, null, null, note, recheck);
  }

  private static List<Ticket> pullAll(HelpdeskConnector connector, Cursor from) throws ConnectorException {
    List<Ticket> tickets = new ArrayList<>();
    Cursor cursor = from;
    for (int i = 0; i < MAX_PAGES; i++) {
      Page<Ticket> page = connector.pullTickets(cursor);
      tickets.addAll(page.items());
      cursor = page.next();
      if (page.endOfStream()) {
        return tickets;
      }
    }
    throw new AssertionError("no end of stream after " + MAX_PAGES + " pages");
  }

  private static Ticket byId(List<Ticket> tickets, String id) {
    return tickets.stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("ticket " + id + " not pulled"));
  }
}
