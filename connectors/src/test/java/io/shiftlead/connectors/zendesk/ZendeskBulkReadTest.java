package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk conversation reads (ticket event export) against the sandbox: the same tickets as the
 * per-ticket reads, for a fraction of the calls (docs/adr/0019-zendesk-bulk-conversation-reads.md).
 */
class ZendeskBulkReadTest {
  private static final int TICKETS = 600;
  private static SandboxHelpdesk sandbox;
  /** Every ticket read per ticket (the reference), and what that cost. */
  private static Map<String, Ticket> perTicket;
  private static long perTicketCalls;

  @BeforeAll
  static void start() throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(TICKETS));
    try (ZendeskConnector connector = connector(0, 64)) {
      long before = sandbox.requestsServed();
      perTicket = pullAll(connector);
      perTicketCalls = sandbox.requestsServed() - before;
      assertThat(connector.bulkReadStats().eventPages()).isZero();
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static ZendeskConnector connector(int bulkMinTickets, int bufferMb) {
    return connector(bulkMinTickets, bufferMb * 1024L * 1024L);
  }

  private static ZendeskConnector connector(int bulkMinTickets, long bufferBytes) {
    Map<String, String> values = SandboxSettings.of(sandbox);
    values.put(ZendeskSettings.PAGE_SIZE, "200");
    values.put(ZendeskSettings.REQUESTS_PER_MINUTE, "100000");
    values.put(ZendeskSettings.EXPORT_REQUESTS_PER_MINUTE, "100000");
    values.put(ZendeskSettings.BULK_READ_MIN_TICKETS, Integer.toString(bulkMinTickets));
    return new ZendeskConnector(ZendeskSettings.from(new ConnectorSettings("bulk", values),
        Clock.systemUTC()), Clock.systemUTC(), wait -> { }, bufferBytes);
  }

  private static Map<String, Ticket> pullAll(ZendeskConnector connector) throws Exception {
    Map<String, Ticket> tickets = new TreeMap<>();
    PullUntilEnd.into(connector, Cursor.BEGINNING, tickets);
    return tickets;
  }

  @Test
  void aBackfillReadInBulkGivesTheSameTicketsAsPerTicketReadsForAFractionOfTheCalls()
      throws Exception {
    try (ZendeskConnector connector = connector(100, 64)) {
      long before = sandbox.requestsServed();
      Map<String, Ticket> bulk = pullAll(connector);
      long bulkCalls = sandbox.requestsServed() - before;

      assertThat(bulk).hasSize(TICKETS);
      assertThat(bulk).isEqualTo(perTicket);
      BulkConversations.Stats stats = connector.bulkReadStats();
      assertThat(stats.covered()).as("tickets read from events: %s", stats)
          .isGreaterThan(TICKETS * 9L / 10);
      assertThat(bulkCalls).as("bulk %d calls, per ticket %d", bulkCalls, perTicketCalls)
          .isLessThan(perTicketCalls / 5);
    }
  }

  @Test
  void aBufferTooSmallForTheOpenTicketsFallsBackToPerTicketReadsWithTheSameResult()
      throws Exception {
    try (ZendeskConnector connector = connector(100, 16 * 1024L)) {
      Map<String, Ticket> bulk = pullAll(connector);

      assertThat(bulk).isEqualTo(perTicket);
      assertThat(connector.bulkReadStats().notCovered()).as("%s", connector.bulkReadStats()).isPositive();
    }
  }

  @Test
  void smallPagesNeverTouchTheEventExport() throws Exception {
    try (ZendeskConnector connector = connector(201, 64)) {
      assertThat(connector.pullTickets(Cursor.BEGINNING).items()).hasSize(200);
      assertThat(connector.bulkReadStats().eventPages()).isZero();
    }
  }
}
