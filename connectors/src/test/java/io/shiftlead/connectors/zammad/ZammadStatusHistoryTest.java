package io.shiftlead.connectors.zammad;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The status history read from {@code GET /api/v1/ticket_history/{id}} (recorded-shape fixtures). */
class ZammadStatusHistoryTest {
  private final ZammadWireMockFixture fixture = new ZammadWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static StatusChange change(String at, TicketStatus from, TicketStatus to) {
    return new StatusChange(Instant.parse(at), from, to);
  }

  private Map<String, Ticket> pullAll() throws Exception {
    ZammadConnector connector = fixture.connector();
    Map<String, Ticket> byId = new HashMap<>();
    Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
    first.items().forEach(t -> byId.put(t.id(), t));
    connector.pullTickets(first.next()).items().forEach(t -> byId.put(t.id(), t));
    return byId;
  }

  @Test
  void stateUpdatesOfTheTicketBecomeItsStatusChangesAndEverythingElseIsSkipped() throws Exception {
    Ticket ticket = pullAll().get("101");

    assertThat(ticket.statusChanges()).containsExactly(
        change("2024-05-01T09:20:00Z", TicketStatus.NEW, TicketStatus.OPEN),
        change("2024-05-01T09:30:00Z", TicketStatus.OPEN, TicketStatus.PENDING),
        change("2024-05-01T10:00:00Z", TicketStatus.PENDING, TicketStatus.OPEN));
    fixture.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/ticket_history/101")));
  }

  @Test
  void pendingReminderAndPendingCloseMapLikeTheCurrentState() throws Exception {
    Map<String, Ticket> tickets = pullAll();

    assertThat(tickets.get("102").statusChanges()).containsExactly(
        change("2024-05-01T11:00:00Z", TicketStatus.NEW, TicketStatus.PENDING));
    assertThat(tickets.get("106").statusChanges()).containsExactly(
        change("2024-05-02T10:15:00Z", TicketStatus.NEW, TicketStatus.OPEN),
        change("2024-05-02T10:30:00Z", TicketStatus.OPEN, TicketStatus.SOLVED));
  }

  @Test
  void aTicketWithoutStateChangesHasAnEmptyHistory() throws Exception {
    assertThat(pullAll().get("104").statusChanges()).isEmpty();
  }
}
