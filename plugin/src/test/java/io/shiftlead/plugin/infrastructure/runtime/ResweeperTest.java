package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.RateLimits;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.plugin.application.ResweepPolicy;
import io.shiftlead.plugin.application.SyncService;
import io.shiftlead.plugin.core.evaluation.FirstReplyTimeEvaluator;
import io.shiftlead.plugin.infrastructure.runtime.BackfillingConnectorTest.MovingClock;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcConnectorStateRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcNotificationOutbox;
import io.shiftlead.plugin.infrastructure.store.JdbcOutboxRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcResweepLedger;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcWebhookInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The re-sweep step on a worker (ADR 0021), on an H2 store and a moving clock: when it sweeps,
 * what it remembers across a restart, and how it keeps out of a console backfill's way.
 */
class ResweeperTest {
  private static final ResweepPolicy SIX_SEVEN = ResweepPolicy.DEFAULT;

  /** A helpdesk with nothing changing: every pull is one empty, caught-up page. */
  static final class QuietHelpdesk implements HelpdeskConnector {
    final List<Cursor> asked = new ArrayList<>();
    boolean startTimeCursors = true;

    @Override
    public Page<Ticket> pullTickets(Cursor cursor) {
      asked.add(cursor);
      return new Page<>(List.of(), new Cursor("head"), true);
    }

    @Override
    public Optional<Cursor> ticketCursorFrom(Instant from) {
      return startTimeCursors ? Optional.of(new Cursor("from=" + from)) : Optional.empty();
    }

    @Override
    public Capabilities capabilities() {
      return new Capabilities(100, false, false, new RateLimits(1000, 1000, 30, 10));
    }

    @Override
    public Page<SurveyResponse> pullSurveys(Cursor cursor) {
      return new Page<>(List.of(), cursor, true);
    }

    @Override
    public Optional<Ticket> fetchTicket(String ticketId) {
      return Optional.empty();
    }

    @Override
    public UpdateResult apply(TicketUpdate update) {
      throw new AssertionError("no write expected");
    }

    @Override
    public void close() {}
  }

  private final MovingClock clock = new MovingClock();
  private final Database database = Database.open("jdbc:h2:mem:resweep-" + UUID.randomUUID()
      + ";DB_CLOSE_DELAY=-1", "sa", "");
  private final Jdbc jdbc = database.jdbc();
  private final JdbcResweepLedger ledger = new JdbcResweepLedger(jdbc);
  private final QuietHelpdesk helpdesk = new QuietHelpdesk();
  private BackfillingConnector connector;
  private Resweeper resweeper;
  private ConnectorWorker worker;

  @AfterEach
  void close() {
    database.close();
  }

  /** A fresh "process" on the same store and helpdesk. */
  private void start(ResweepPolicy policy) {
    start(policy, () -> true, () -> true);
  }

  /** In a cluster: {@code holds} is the worker's lease check, {@code fence} the writes'. */
  private void start(ResweepPolicy policy, java.util.function.BooleanSupplier holds,
      java.util.function.BooleanSupplier fence) {
    connector = new BackfillingConnector("acme", helpdesk, clock);
    SyncService sync = new SyncService("acme", connector,
        new FirstReplyTimeEvaluator("first_reply_minutes"), new JdbcTicketRepository(jdbc, clock),
        new JdbcOutboxRepository(jdbc, clock), new JdbcConnectorStateRepository(jdbc),
        new JdbcWebhookInbox(jdbc, clock), new JdbcNotificationOutbox(jdbc, clock),
        (url, payload) -> { }, clock);
    sync.fenceWith(fence);
    resweeper = new Resweeper("acme", policy, connector, sync, ledger, clock);
    worker = new ConnectorWorker(sync, new JdbcConnectorStateRepository(jdbc),
        Duration.ofSeconds(30), clock, holds, resweeper);
    resweeper.attach(worker);
  }

  private void advance(Duration d) {
    clock.now = clock.now.plus(d);
  }

  private List<Cursor> sweepsAsked() {
    return helpdesk.asked.stream().filter(c -> c.value().startsWith("from=")).toList();
  }

  @Test
  void theFirstRunRecordsABaselineAndTheFirstSweepComesOneIntervalLater() {
    start(SIX_SEVEN);
    Instant started = clock.now;
    worker.run();
    assertThat(sweepsAsked()).isEmpty();
    assertThat(resweeper.status().nextSweepAt()).isEqualTo(started.plus(Duration.ofHours(6)));
    assertThat(resweeper.status().lastSweepAt()).isNull();

    advance(Duration.ofHours(6).minusSeconds(1));
    worker.run();
    assertThat(sweepsAsked()).isEmpty();

    advance(Duration.ofSeconds(1));
    worker.run();
    assertThat(sweepsAsked()).as("one sweep, pulled in the same tick")
        .containsExactly(new Cursor("from=" + clock.now.minus(Duration.ofHours(7))));
    ResweepStatus status = resweeper.status();
    assertThat(status.state()).isEqualTo("scheduled"); // the quiet helpdesk caught up at once
    assertThat(status.lastSweepAt()).isEqualTo(clock.now);
    assertThat(status.lastSweepFrom()).isEqualTo(clock.now.minus(Duration.ofHours(7)));
    assertThat(status.nextSweepAt()).isEqualTo(clock.now.plus(Duration.ofHours(6)));
    assertThat(status.every()).isEqualTo("6h");
    assertThat(status.lookback()).isEqualTo("7h");
  }

  @Test
  void theRewindIsStoredSoARunThatFailsOrARestartStillPullsFromTheSweepStart() {
    start(SIX_SEVEN);
    worker.run();
    advance(Duration.ofHours(6));
    resweeper.run(); // the step alone: rewinds and records, the pull has not happened yet
    Cursor stored = new JdbcConnectorStateRepository(jdbc).find("acme").orElseThrow()
        .ticketCursor();
    assertThat(stored.value()).startsWith("from=");

    start(SIX_SEVEN); // crash before the pull: the new process pulls from the rewound cursor
    worker.run();
    assertThat(helpdesk.asked.get(helpdesk.asked.size() - 1)).isEqualTo(stored);
  }

  @Test
  void aRestartNeitherSweepsAgainAtOnceNorPostponesTheNextSweep() {
    start(SIX_SEVEN);
    worker.run();
    advance(Duration.ofHours(6));
    worker.run();
    assertThat(sweepsAsked()).hasSize(1);
    Instant swept = clock.now;

    advance(Duration.ofHours(1));
    start(SIX_SEVEN); // restarted an hour after the sweep
    worker.run();
    assertThat(sweepsAsked()).as("no sweep right after the restart").hasSize(1);
    assertThat(resweeper.status().nextSweepAt()).isEqualTo(swept.plus(Duration.ofHours(6)));

    advance(Duration.ofHours(5));
    start(SIX_SEVEN); // and again, just when the next is due
    worker.run();
    assertThat(sweepsAsked()).as("the restarts did not postpone it").hasSize(2);
  }

  @Test
  void aLateSweepReachesBackToWhereThePreviousOneLeftOff() {
    start(SIX_SEVEN);
    worker.run();
    advance(Duration.ofHours(6));
    worker.run();
    Instant firstSweep = clock.now;

    advance(Duration.ofHours(30)); // the server was down for a day
    start(SIX_SEVEN);
    worker.run();

    assertThat(sweepsAsked()).last().isEqualTo(new Cursor("from=" + firstSweep.minus(
        Duration.ofHours(1))));
  }

  @Test
  void noSweepStartsWhileAConsoleBackfillRunsItWaitsForItsEnd() {
    start(SIX_SEVEN);
    Instant baseline = clock.now;
    worker.run();
    connector.startBackfill(clock.now.minus(Duration.ofDays(30))); // requested, not yet pulled
    advance(Duration.ofHours(6));
    resweeper.run();
    assertThat(ledger.last("acme")).hasValueSatisfying(s -> assertThat(s.isBaseline()).isTrue());
    assertThat(resweeper.status().state()).isEqualTo("waiting");

    worker.run(); // the backfill's pull: the quiet helpdesk is caught up at once
    assertThat(connector.progress().orElseThrow().state()).isEqualTo("done");
    assertThat(ledger.last("acme")).hasValueSatisfying(s -> assertThat(s.isBaseline()).isTrue());
    advance(Duration.ofSeconds(1));
    worker.run();
    assertThat(ledger.last("acme")).hasValueSatisfying(s -> assertThat(s.at()).isEqualTo(clock.now));
    assertThat(helpdesk.asked).as("a second late: it joins the previous sweep (here the baseline)")
        .last().isEqualTo(new Cursor("from=" + baseline.minus(Duration.ofHours(1))));
  }

  @Test
  void aConsoleBackfillStartingLaterThanASweepStillCatchingUpIsRefused() {
    start(SIX_SEVEN);
    worker.run();
    advance(Duration.ofHours(6));
    resweeper.run(); // rewound; the worker has not pulled yet
    Instant sweepFrom = clock.now.minus(Duration.ofHours(7));
    assertThat(resweeper.status().state()).isEqualTo("catching-up");

    assertThatThrownBy(() -> resweeper.startBackfill(sweepFrom.plusSeconds(60),
        () -> connector.startBackfill(sweepFrom.plusSeconds(60))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("re-sweep from");
    BackfillProgress earlier = resweeper.startBackfill(sweepFrom.minus(Duration.ofDays(1)),
        () -> connector.startBackfill(sweepFrom.minus(Duration.ofDays(1))));
    assertThat(earlier.state()).isEqualTo("requested");
  }

  @Test
  void anAdapterWithoutStartTimeCursorsShowsTheReSweepUnavailableAndNeverRewinds() {
    helpdesk.startTimeCursors = false;
    start(SIX_SEVEN);
    worker.run();
    advance(Duration.ofDays(2));
    worker.run();
    assertThat(sweepsAsked()).isEmpty();
    assertThat(resweeper.status().state()).isEqualTo("unavailable");
    assertThat(resweeper.status().nextSweepAt()).isNull();
  }

  @Test
  void aConnectorWithReSweepOffNeverSweeps() {
    start(ResweepPolicy.OFF);
    worker.run();
    advance(Duration.ofDays(2));
    worker.run();
    assertThat(sweepsAsked()).isEmpty();
    assertThat(ledger.last("acme")).isEmpty();
    assertThat(resweeper.status().state()).isEqualTo("off");
  }

  @Test
  void inAClusterOnlyTheLeaseHolderSweepsAndAMemberThatLostTheLeaseRecordsNoSweep() {
    start(SIX_SEVEN);
    worker.run();
    advance(Duration.ofHours(6));

    start(SIX_SEVEN, () -> false, () -> false); // a standby member: another holds the lease
    worker.run();
    assertThat(worker.state()).isEqualTo("standby");
    assertThat(sweepsAsked()).isEmpty();

    start(SIX_SEVEN, () -> true, () -> false); // held at the tick, lost before the rewind
    worker.run();
    assertThat(worker.state()).isEqualTo("standby");
    assertThat(ledger.last("acme")).hasValueSatisfying(s -> assertThat(s.isBaseline()).isTrue());
    assertThat(new JdbcConnectorStateRepository(jdbc).find("acme").orElseThrow().ticketCursor()
        .value()).isEqualTo("head");

    start(SIX_SEVEN); // the member that holds it now sweeps, once
    worker.run();
    worker.run();
    assertThat(sweepsAsked()).hasSize(1);
  }
}
