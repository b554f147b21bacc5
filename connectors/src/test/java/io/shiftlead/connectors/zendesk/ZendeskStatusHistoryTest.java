package io.shiftlead.connectors.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The status history read from ticket audits (recorded payloads in fixtures/zendesk/__files/audits). */
class ZendeskStatusHistoryTest {
  private final ZendeskWireMockFixture fixture = new ZendeskWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static StatusChange change(String at, TicketStatus from, TicketStatus to) {
    return new StatusChange(Instant.parse(at), from, to);
  }

  private Map<String, Ticket> pullAll() throws Exception {
    try (ZendeskConnector connector = fixture.connector()) {
      Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
      Page<Ticket> second = connector.pullTickets(first.next());
      Map<String, Ticket> byId = first.items().stream()
          .collect(Collectors.toMap(Ticket::id, Function.identity()));
      second.items().forEach(t -> byId.put(t.id(), t));
      return byId;
    }
  }

  @Test
  void aTicketsStatusHistoryComesFromBothPagesOfItsAuditsInOrder() throws Exception {
    Ticket ticket = pullAll().get("35436");

    assertThat(ticket.statusChanges()).containsExactly(
        change("2024-05-01T09:00:00Z", null, TicketStatus.NEW),
        change("2024-05-01T09:20:00Z", TicketStatus.NEW, TicketStatus.OPEN),
        change("2024-05-01T09:30:00Z", TicketStatus.OPEN, TicketStatus.PENDING),
        change("2024-05-01T09:45:00Z", TicketStatus.PENDING, TicketStatus.OPEN),
        change("2024-05-01T10:00:00Z", TicketStatus.OPEN, TicketStatus.PENDING));
    fixture.server().verify(2, getRequestedFor(urlPathEqualTo("/api/v2/tickets/35436/audits.json")));
  }

  @Test
  void holdAndSolvedTransitionsMapToTheNormalizedStatuses() throws Exception {
    Map<String, Ticket> tickets = pullAll();

    assertThat(tickets.get("35437").statusChanges()).containsExactly(
        change("2024-05-01T09:10:00Z", null, TicketStatus.NEW),
        change("2024-05-01T09:30:00Z", TicketStatus.NEW, TicketStatus.ON_HOLD));
    assertThat(tickets.get("35438").statusChanges()).containsExactly(
        change("2024-05-01T11:00:00Z", null, TicketStatus.NEW),
        change("2024-05-01T11:05:00Z", TicketStatus.NEW, TicketStatus.PENDING),
        change("2024-05-01T21:46:40Z", TicketStatus.PENDING, TicketStatus.SOLVED));
  }

  @Test
  void aNewTicketCostsNoAuditsCallAndIsNewSinceCreation() throws Exception {
    Ticket fresh = pullAll().get("35440");

    assertThat(fresh.statusChanges())
        .containsExactly(change("2024-05-01T21:48:00Z", null, TicketStatus.NEW));
    fixture.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v2/tickets/35440/audits.json")));
  }

  @Test
  void aDeletedTicketHasNoHistoryAndCostsNoAuditsCall() throws Exception {
    Ticket deleted = pullAll().get("35439");

    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.statusChanges()).isEmpty();
    fixture.server().verify(0, getRequestedFor(urlPathMatching("/api/v2/tickets/35439/audits.*")));
  }

  @Test
  void aFetchedTicketCarriesItsHistoryToo() throws Exception {
    try (ZendeskConnector connector = fixture.connector()) {
      Ticket ticket = connector.fetchTicket("35436").orElseThrow();

      assertThat(ticket.statusChanges()).hasSize(5);
      assertThat(ticket.statusChanges().get(4).to()).isEqualTo(TicketStatus.PENDING);
    }
  }

  @Test
  void aTicketDeletedBetweenTheExportAndItsAuditsReadsAsDeleted() throws Exception {
    fixture.server().stubFor(get(urlPathEqualTo("/api/v2/tickets/35437/audits.json")).atPriority(1)
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}")));

    Ticket ticket = pullAll().get("35437");

    assertThat(ticket.deleted()).isTrue();
    assertThat(ticket.statusChanges()).isEmpty();
  }
}
