package io.shiftlead.connectors.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The join of an export page with the ticket event export (recorded-shape fixtures,
 * {@code fixtures/zendesk/__files/ticket_events/}): export page 2 holds 35438 (created 11:00,
 * changed last 21:46:40) and 35440 (created 21:48, generated 21:48:20).
 */
class ZendeskTicketEventsTest {
  private static final Cursor PAGE_2 = new Cursor("MTU3NjYxMzUzOS4wfHw0Njd8");

  private final ZendeskWireMockFixture fixture = new ZendeskWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private Map<String, Ticket> pull(String bulkMinTickets) throws Exception {
    fixture.with(ZendeskSettings.BULK_READ_MIN_TICKETS, bulkMinTickets);
    try (ZendeskConnector connector = fixture.connector()) {
      return byId(connector.pullTickets(PAGE_2).items());
    }
  }

  private static Map<String, Ticket> byId(List<Ticket> tickets) {
    return Map.of(tickets.get(0).id(), tickets.get(0), tickets.get(1).id(), tickets.get(1));
  }

  private List<LoggedRequest> requests(String pathRegex) {
    return fixture.server().findAll(getRequestedFor(urlPathMatching(pathRegex)));
  }

  @Test
  void aCoveredTicketTakesItsConversationAndStatusHistoryFromTheEventsNotFromPerTicketReads()
      throws Exception {
    Map<String, Ticket> perTicket = pull("0");
    fixture.server().resetRequests();

    Map<String, Ticket> bulk = pull("1");

    assertThat(bulk.get("35438")).isEqualTo(perTicket.get("35438"));
    assertThat(bulk.get("35438").comments()).hasSize(2); // the repeated 11:05 audit counted once
    assertThat(bulk.get("35438").statusChanges()).hasSize(3);
    assertThat(requests("/api/v2/tickets/35438/.*")).isEmpty();
  }

  @Test
  void theEventPagesFollowEndTimeAndAskForCommentEvents() throws Exception {
    pull("1");

    List<LoggedRequest> pages = requests("/api/v2/incremental/ticket_events.json");
    assertThat(pages).extracting(r -> r.queryParameter("start_time").firstValue())
        .containsExactly("1714561200", "1714561500");
    assertThat(pages).allSatisfy(r ->
        assertThat(r.queryParameter("include").firstValue()).isEqualTo("comment_events"));
  }

  @Test
  void aTicketChangedAfterTheLastEventReadFallsBackToPerTicketReadsWithTheSameResult()
      throws Exception {
    Map<String, Ticket> perTicket = pull("0");
    fixture.server().resetRequests();

    Map<String, Ticket> bulk = pull("1");

    assertThat(bulk.get("35440")).isEqualTo(perTicket.get("35440"));
    assertThat(requests("/api/v2/tickets/35440/comments.json")).hasSize(1);
  }

  @Test
  void anAccountThatMayNotReadTicketEventsFallsBackToPerTicketReadsForGood() throws Exception {
    Map<String, Ticket> perTicket = pull("0");
    fixture.addScenario("ticket_events_forbidden", Map.of());
    fixture.with(ZendeskSettings.BULK_READ_MIN_TICKETS, "1");
    try (ZendeskConnector connector = fixture.connector()) {
      fixture.server().resetRequests();

      Map<String, Ticket> first = byId(connector.pullTickets(PAGE_2).items());
      Map<String, Ticket> second = byId(connector.pullTickets(PAGE_2).items());

      assertThat(first).isEqualTo(perTicket);
      assertThat(second).isEqualTo(perTicket);
      assertThat(connector.bulkReadStats().disabled()).isTrue();
    }
    assertThat(fixture.server().findAll(getRequestedFor(
        urlPathEqualTo("/api/v2/incremental/ticket_events.json")))).hasSize(1);
  }
}
