package io.shiftlead.connectors.jsm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

/** The status history read from the issues' changelog ({@code expand=changelog}, no extra request). */
class JsmStatusHistoryTest {
  private final JsmWireMockFixture fixture = new JsmWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static StatusChange change(String at, TicketStatus from, TicketStatus to) {
    return new StatusChange(Instant.parse(at), from, to);
  }

  private Map<String, Ticket> pullAll() throws Exception {
    Map<String, Ticket> byKey = new HashMap<>();
    try (JsmConnector connector = fixture.connector()) {
      Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
      first.items().forEach(t -> byKey.put(t.id(), t));
      connector.pullTickets(first.next()).items().forEach(t -> byKey.put(t.id(), t));
    }
    return byKey;
  }

  @Test
  void theSearchAsksForTheChangelogAndTheStatusTransitionsComeOutInOrder() throws Exception {
    Ticket sd1 = pullAll().get("SD-1");

    // 09:30 "Waiting for support" -> "In Progress" is running -> running: not a change of ours.
    assertThat(sd1.statusChanges()).containsExactly(
        change("2024-05-01T09:45:00Z", TicketStatus.OPEN, TicketStatus.PENDING),
        change("2024-05-01T09:50:00Z", TicketStatus.PENDING, TicketStatus.OPEN),
        change("2024-05-01T10:02:13.512Z", TicketStatus.OPEN, TicketStatus.PENDING));
    fixture.server().verify(postRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
        .withRequestBody(matchingJsonPath("$.expand", equalTo("changelog"))));
  }

  @Test
  void aResolvedRequestWaitedForTheCustomerUntilAutomationResolvedIt() throws Exception {
    Ticket sd4 = pullAll().get("SD-4");

    assertThat(sd4.statusChanges()).containsExactly(
        change("2024-05-01T00:00:00Z", TicketStatus.OPEN, TicketStatus.PENDING),
        change("2024-05-01T10:05:00Z", TicketStatus.PENDING, TicketStatus.SOLVED));
  }

  @Test
  void aChangelogJiraCutShortGivesNoHistoryRatherThanAWrongOne() throws Exception {
    assertThat(pullAll().get("SD-2").statusChanges()).isEmpty();
  }

  @Test
  void aFetchedIssueCarriesItsHistoryToo() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      Ticket sd1 = connector.fetchTicket("SD-1").orElseThrow();

      assertThat(sd1.statusChanges()).hasSize(3);
    }
    fixture.server().verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/SD-1"))
        .withQueryParam("expand", equalTo("changelog")));
  }
}
