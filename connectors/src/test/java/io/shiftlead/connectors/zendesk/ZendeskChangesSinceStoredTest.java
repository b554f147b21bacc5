package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.KnownTickets;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tickets pulled again after our own write-backs take their conversation from the stored copy
 * plus the changes read from the event stream since, instead of two reads each
 * (docs/adr/0024-zendesk-changes-since-stored.md); the result is the same as reading them anew.
 */
class ZendeskChangesSinceStoredTest {
  private static final int TICKETS = 600;
  private static final int WRITTEN = 250;

  private SandboxHelpdesk sandbox;
  private ZendeskConnector connector;
  /** What the plugin would have stored: every ticket as last pulled. */
  private final Map<String, Ticket> stored = new TreeMap<>();

  @BeforeEach
  void start() {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(TICKETS));
    connector = connector(sandbox);
    connector.useKnownTickets(id -> Optional.ofNullable(stored.get(id)));
  }

  @AfterEach
  void stop() {
    connector.close();
    sandbox.close();
  }

  @Test
  void ticketsChangedByOurWriteBacksArePulledAgainWithoutPerTicketReadsAndMatchAFreshRead()
      throws Exception {
    WrittenBack written = pullAndWriteBack();

    long before = sandbox.requestsServed();
    Map<String, Ticket> again = new TreeMap<>();
    PullUntilEnd.into(connector, written.cursor(), again);
    long calls = sandbox.requestsServed() - before;

    assertThat(again.keySet())
        .containsAll(written.notes().stream().map(TicketUpdate::ticketId).toList());
    assertThat(connector.bulkReadStats().extended()).isGreaterThanOrEqualTo(WRITTEN);
    assertThat(calls).as("calls to pull %d tickets again", again.size()).isLessThan(15);
    try (ZendeskConnector fresh = connector(sandbox)) {
      for (Ticket ticket : again.values()) {
        Ticket reread = fresh.fetchTicket(ticket.id()).orElseThrow();
        assertThat(ticket.comments()).as("ticket %s", ticket.id())
            .containsExactlyElementsOf(reread.comments());
        assertThat(ticket.statusChanges()).as("ticket %s", ticket.id())
            .containsExactlyElementsOf(reread.statusChanges());
        assertThat(ticket.commentCount()).isEqualTo(reread.commentCount());
      }
    }
  }

  @Test
  void withoutAStoredCopyTheTicketsAreReadPerTicketAsBefore() throws Exception {
    connector.useKnownTickets(KnownTickets.NONE);
    WrittenBack written = pullAndWriteBack();

    Map<String, Ticket> again = new TreeMap<>();
    PullUntilEnd.into(connector, written.cursor(), again);

    assertThat(connector.bulkReadStats().extended()).isZero();
    for (TicketUpdate note : written.notes()) {
      assertThat(again.get(note.ticketId()).comments())
          .anyMatch(c -> c.body().contains(note.note().marker()));
    }
  }

  @Test
  void aPagePulledAgainBecauseItWasNotStoredIsReadPerTicket() throws Exception {
    WrittenBack written = pullAndWriteBack();

    connector.pullTickets(written.cursor()); // pulled, then lost before it was stored (a crash)
    long extended = connector.bulkReadStats().extended();
    Page<Ticket> again = connector.pullTickets(written.cursor());

    assertThat(connector.bulkReadStats().extended()).isEqualTo(extended);
    for (Ticket ticket : again.items()) {
      assertThat(ticket.comments()).as("ticket %s", ticket.id())
          .containsExactlyElementsOf(connector.fetchTicket(ticket.id()).orElseThrow().comments());
    }
    assertThat(again.items()).isNotEmpty();
  }

  private record WrittenBack(Cursor cursor, List<TicketUpdate> notes) {}

  /** Pulls every ticket into {@code stored}, then writes a field and a note to some of them. */
  private WrittenBack pullAndWriteBack() throws Exception {
    Cursor cursor = PullUntilEnd.into(connector, Cursor.BEGINNING, stored);
    List<TicketUpdate> notes = notesFor(sandbox, stored);
    assertThat(connector.applyBatch(notes)).allMatch(UpdateResult::succeeded);
    return new WrittenBack(cursor, notes);
  }

  private static List<TicketUpdate> notesFor(SandboxHelpdesk sandbox, Map<String, Ticket> stored) {
    List<TicketUpdate> updates = new ArrayList<>();
    for (Ticket ticket : stored.values()) {
      String status = sandbox.ticket(Long.parseLong(ticket.id())).status();
      if (updates.size() < WRITTEN && !Set.of("closed", "deleted").contains(status)) {
        updates.add(new TicketUpdate(ticket.id(), Map.of("shiftlead_status", "at_risk"), null,
            null, null, null, null, new InternalNote("At risk", "since-" + ticket.id()), false));
      }
    }
    assertThat(updates).hasSize(WRITTEN);
    return updates;
  }

  private static ZendeskConnector connector(SandboxHelpdesk sandbox) {
    Map<String, String> values = SandboxSettings.of(sandbox);
    values.put(ZendeskSettings.PAGE_SIZE, "300");
    values.put(ZendeskSettings.REQUESTS_PER_MINUTE, "100000");
    values.put(ZendeskSettings.EXPORT_REQUESTS_PER_MINUTE, "100000");
    values.put(ZendeskSettings.BULK_READ_MIN_TICKETS, "100");
    values.put(ZendeskSettings.CUSTOM_FIELDS, "shiftlead_status:" + CustomField.SHIFTLEAD_STATUS_ID);
    return new ZendeskConnectorFactory().create(new ConnectorSettings("since", values),
        Clock.systemUTC(), wait -> { });
  }
}
