package io.shiftlead.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import io.shiftlead.plugin.core.evaluation.FirstReplyTimeEvaluator;
import io.shiftlead.plugin.core.evaluation.OutboundNotification;
import io.shiftlead.plugin.infrastructure.store.JdbcNotificationOutbox;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcConnectorStateRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcOutboxRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcWebhookInbox;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipeline's promises, run against each store (H2 here, PostgreSQL in a subclass). */
abstract class SyncServiceContract {
  private final Clock clock = Clock.systemUTC();
  private Database database;
  private InMemoryHelpdesk helpdesk;

  @BeforeEach
  void openStore() {
    database = openFreshStore();
    helpdesk = new InMemoryHelpdesk(250, 40);
  }

  /** An empty, migrated store of the kind under test. */
  abstract Database openFreshStore();

  @AfterEach
  void closeStore() {
    if (database != null) {
      database.close();
    }
  }

  private static String field(io.shiftlead.connectors.spi.model.Ticket ticket) {
    return String.valueOf(ticket.fields().get("first_reply_minutes"));
  }

  private final List<String> webhookCalls = new java.util.ArrayList<>();
  private int failNextCalls;
  private Evaluator evaluator = new FirstReplyTimeEvaluator("first_reply_minutes");

  private SyncService newSync() {
    Jdbc jdbc = database.jdbc();
    NotificationSender sender = (url, payload) -> {
      if (failNextCalls-- > 0) {
        throw new java.io.IOException("connection refused");
      }
      webhookCalls.add(url + " " + payload.get("ticketId"));
    };
    return new SyncService("memory", helpdesk, evaluator,
        new JdbcTicketRepository(jdbc, clock), new JdbcOutboxRepository(jdbc, clock),
        new JdbcConnectorStateRepository(jdbc), new JdbcWebhookInbox(jdbc, clock),
        new JdbcNotificationOutbox(jdbc, clock), sender, clock);
  }

  /** Escalates ticket 7: a webhook call keyed by rule and ticket, asked on every evaluation. */
  private static Evaluator escalatingTicketSeven() {
    return new Evaluator() {
      @Override
      public String id() {
        return "escalate";
      }

      @Override
      public Evaluation evaluate(io.shiftlead.connectors.spi.model.Ticket ticket) {
        List<OutboundNotification> calls = ticket.id().equals("7")
            ? List.of(new OutboundNotification("escalate:7", "http://hooks.test/esc",
                java.util.Map.of("ticketId", "7")))
            : List.of();
        return new Evaluation("escalate", null, null, null, null, null, null, null,
            List.of("test"), calls);
      }
    };
  }

  @Test
  void anEscalationWebhookIsCalledOnceHoweverOftenTheTicketIsEvaluated() throws Exception {
    evaluator = escalatingTicketSeven();
    failNextCalls = 2; // the first two attempts fail: retried on later ticks

    newSync().syncTickets(() -> true);
    newSync().syncTickets(() -> true);
    helpdesk.touch("7");
    SyncService restarted = newSync();
    restarted.syncTickets(() -> true);
    restarted.syncTickets(() -> true);

    assertThat(webhookCalls).containsExactly("http://hooks.test/esc 7");
  }

  @Test
  void aMemberThatLostItsLeaseWritesNothingAndDoesNotMoveTheCursor() {
    SyncService stale = newSync();
    stale.fenceWith(() -> false); // cluster: another member holds the lease now

    assertThatThrownBy(() -> stale.syncTickets(() -> true))
        .isInstanceOf(io.shiftlead.plugin.application.cluster.LeaseLostException.class)
        .hasMessageContaining("memory: this member no longer holds the connector's lease");

    assertThat(helpdesk.applyCalls).as("no write reached the helpdesk").isZero();
    assertThat(new JdbcConnectorStateRepository(database.jdbc()).find("memory")
        .map(s -> s.ticketCursor().value())).as("cursor not moved").isEmpty();
  }

  @Test
  void aFullSyncWritesTheFirstReplyTimeAndOneNoteToEveryRepliedTicket() throws Exception {
    newSync().syncTickets(() -> true);

    assertThat(field(helpdesk.ticket("3"))).isEqualTo("3");
    assertThat(helpdesk.ticket("5").fields()).doesNotContainKey("first_reply_minutes");
    IntStream.rangeClosed(1, 250).forEach(i -> assertThat(
        helpdesk.notesWithMarkerPrefix(String.valueOf(i))).isEqualTo(i % 5 == 0 ? 0 : 1));
    assertThat(new JdbcOutboxRepository(database.jdbc(), clock).countNotesPosted("memory"))
        .isEqualTo(200);
  }

  @Test
  void aConnectorThatRunsSeveralBatchesAtOnceIsHandedThatManyRowsPerCall() throws Exception {
    helpdesk = new InMemoryHelpdesk(250, 250); // one page: 200 write-backs queued together
    helpdesk.batchesInFlight = 3;

    newSync().syncTickets(() -> true);

    assertThat(helpdesk.applyCalls).isEqualTo(1);
    assertThat(helpdesk.largestBatch).isEqualTo(200);
    assertThat(new JdbcOutboxRepository(database.jdbc(), clock).countNotesPosted("memory"))
        .isEqualTo(200);
  }

  @Test
  void aRowWithAnUnknownOutcomeDoesNotHoldBackTheRowsOfItsBatchThatWereApplied() {
    helpdesk = new InMemoryHelpdesk(250, 250);
    helpdesk.batchesInFlight = 3;
    helpdesk.unknownOutcomeFor.add("3");

    assertThatThrownBy(() -> newSync().syncTickets(() -> true))
        .hasMessageContaining("job of ticket 3 still running");

    assertThat(new JdbcOutboxRepository(database.jdbc(), clock).countNotesPosted("memory"))
        .as("every other note of the batch is recorded as posted").isEqualTo(199);
    assertThat(helpdesk.notesWithMarkerPrefix("3")).isZero();
  }

  @Test
  void oneBatchAtATimeKeepsBatchesOfAHundred() throws Exception {
    helpdesk = new InMemoryHelpdesk(250, 250);

    newSync().syncTickets(() -> true);

    assertThat(helpdesk.applyCalls).isEqualTo(2);
    assertThat(helpdesk.largestBatch).isEqualTo(100);
  }

  @Test
  void theConnectorCanReadTheCopiesTheStoreHolds() throws Exception {
    newSync().syncTickets(() -> true);

    assertThat(helpdesk.known.find("3")).hasValueSatisfying(stored -> {
      assertThat(stored.id()).isEqualTo("3");
      assertThat(stored.comments().get(0).id()).isEqualTo("3-1");
    });
    assertThat(helpdesk.known.find("no-such-ticket")).isEmpty();
  }

  @Test
  void syncingAgainAfterOurOwnWritesChangesNothing() throws Exception {
    SyncService sync = newSync();
    sync.syncTickets(() -> true);
    int callsAfterFirstSync = helpdesk.applyCalls;

    int pulledAgain = sync.syncTickets(() -> true);

    assertThat(pulledAgain).isEqualTo(0);
    assertThat(helpdesk.applyCalls).isEqualTo(callsAfterFirstSync);
  }

  @Test
  void aCrashAfterTheHelpdeskAppliedABatchNeverDuplicatesANote() throws Exception {
    helpdesk.crashAfterApplyCall = 3;
    assertThatThrownBy(() -> newSync().syncTickets(() -> true))
        .isInstanceOf(IllegalStateException.class);

    newSync().syncTickets(() -> true); // the "restarted process"

    IntStream.rangeClosed(1, 250).forEach(i -> assertThat(
        helpdesk.notesWithMarkerPrefix(String.valueOf(i))).as("notes on ticket %d", i)
        .isEqualTo(i % 5 == 0 ? 0 : 1));
    assertThat(helpdesk.ticket("250").fields()).doesNotContainKey("first_reply_minutes");
    assertThat(field(helpdesk.ticket("249"))).isEqualTo("249");
  }

  @Test
  void evenWhenTheStoreLostTheRecordOfASentBatchARestartDoesNotDuplicateNotes() throws Exception {
    helpdesk.crashAfterApplyCall = 2;
    assertThatThrownBy(() -> newSync().syncTickets(() -> true))
        .isInstanceOf(IllegalStateException.class);
    // as if the store's last commits never reached the disk before the process died
    try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
      s.executeUpdate("UPDATE outbox SET state = 'PENDING' WHERE state = 'ATTEMPTED'");
    }

    newSync().syncTickets(() -> true);

    IntStream.rangeClosed(1, 250).forEach(i -> assertThat(
        helpdesk.notesWithMarkerPrefix(String.valueOf(i))).as("notes on ticket %d", i)
        .isEqualTo(i % 5 == 0 ? 0 : 1));
  }

  @Test
  void aFailedPullKeepsTheCursorSoTheSamePageIsPulledAgain() throws Exception {
    SyncService sync = newSync();
    helpdesk.failNextPulls = 1;
    assertThatThrownBy(() -> sync.syncTickets(() -> true)).isInstanceOf(TransientException.class);
    assertThat(new JdbcConnectorStateRepository(database.jdbc()).find("memory")).isEmpty();

    sync.syncTickets(() -> true);

    assertThat(new JdbcTicketRepository(database.jdbc(), clock).count("memory")).isEqualTo(250);
  }

  @Test
  void stoppingMidBackfillResumesFromTheStoredCursor() throws Exception {
    int[] pages = {0};
    newSync().syncTickets(() -> pages[0]++ < 2);
    assertThat(new JdbcTicketRepository(database.jdbc(), clock).count("memory")).isEqualTo(80);

    newSync().syncTickets(() -> true);

    assertThat(new JdbcTicketRepository(database.jdbc(), clock).count("memory")).isEqualTo(250);
    assertThat(helpdesk.notesWithMarkerPrefix("1")).isEqualTo(1);
  }

  @Test
  void aWebhookQueuedDuringALongRunIsHandledBetweenPagesNotAfterTheRun() throws Exception {
    JdbcWebhookInbox inbox = new JdbcWebhookInbox(database.jdbc(), clock);
    int[] calls = {0};
    Integer[] pendingAfterNextPage = {null};
    newSync().syncTickets(() -> {
      calls[0]++;
      if (calls[0] == 2) { // the first of seven pages is done: a delivery arrives
        inbox.accept("memory", "delivery-1", "240");
      } else if (calls[0] == 3) {
        pendingAfterNextPage[0] = inbox.pending("memory", 10).size();
      }
      return true;
    });

    assertThat(pendingAfterNextPage[0]).as("deliveries left after one more page").isZero();
    assertThat(new JdbcTicketRepository(database.jdbc(), clock).count("memory")).isEqualTo(250);
  }
}
