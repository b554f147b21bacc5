package io.shiftlead.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.application.ResweepPolicy;
import io.shiftlead.plugin.application.SyncService;
import io.shiftlead.plugin.infrastructure.runtime.BackfillingConnector;
import io.shiftlead.plugin.infrastructure.runtime.ConnectorWorker;
import io.shiftlead.plugin.infrastructure.runtime.Resweeper;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcResweepLedger;
import io.shiftlead.testfixtures.sandbox.SandboxFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The periodic re-sweep (ADR 0021) against a cursor that skips changes, through the whole
 * pipeline: the sandbox on the pipeline's clock, the real Zendesk connector, the H2 store, a
 * worker with the re-sweep step. The clock is moved a day ahead instead of waiting for it. The
 * sweeps here look back 92 days because the skipped changes are in the sandbox's seeded history,
 * which spans 90 days; in production the skip happens at the head of the stream and the default
 * lookback of 7 h covers it.
 */
class ResweepFaultsTest {
  private static final ResweepPolicy DAILY_DEEP =
      new ResweepPolicy(Duration.ofHours(24), Duration.ofDays(92));

  private FaultPipeline pipeline;
  private ConnectorWorker worker;
  private JdbcResweepLedger ledger;

  @AfterEach
  void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private void start() {
    pipeline = new FaultPipeline(300, 50, 42L, true);
    pipeline.wrapConnector(c -> new BackfillingConnector(FaultPipeline.CONNECTOR, c,
        pipeline.clock));
    SyncService sync = pipeline.newSync();
    ledger = new JdbcResweepLedger(new Jdbc(pipeline.store));
    Resweeper resweeper = new Resweeper(FaultPipeline.CONNECTOR, DAILY_DEEP,
        (BackfillingConnector) pipeline.lastConnector(), sync, ledger, pipeline.clock);
    worker = new ConnectorWorker(sync, pipeline.states(), Duration.ofSeconds(60), pipeline.clock,
        () -> true, resweeper);
    resweeper.attach(worker);
  }

  /** Moves the clock a simulated day ahead in hourly ticks of the worker. */
  private void oneDayLater() {
    for (int hour = 0; hour < 24; hour++) {
      pipeline.clock.advance(Duration.ofHours(1));
      worker.run();
    }
    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 600);
  }

  @Test
  void aCursorThatSkipsChangesLosesNothingOnceTheNextReSweepRuns() {
    start();
    pipeline.sandbox.injectNext(1, SandboxFault.SKIPPED_CURSOR, "/api/v2/incremental");
    Instant skippedAt = pipeline.clock.instant();
    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 60);
    List<Long> missed = pipeline.lostTickets();
    assertThat(missed).as("evaluable tickets among the skipped changes").isNotEmpty();
    long writesBefore = pipeline.sandbox.updatesApplied();
    long wall = System.nanoTime();

    oneDayLater();

    FaultPipeline.Outcome outcome = pipeline.outcome();
    FaultReport.row("export cursor skips " + SandboxFault.SKIPPED_CHANGES + " changes ("
        + missed.size() + " evaluable), re-sweep every 24 h", outcome,
        String.format("%d s simulated (the next sweep), %.1f s wall",
            Duration.between(skippedAt, pipeline.clock.instant()).toSeconds(),
            (System.nanoTime() - wall) / 1e9),
        "idle; the sweep re-pulls, the planner writes only what is missing");
    assertThat(outcome.lost()).as("replied tickets without field or note").isZero();
    assertThat(outcome.duplicated()).as("notes too many").isZero();
    assertThat(pipeline.sandbox.updatesApplied() - writesBefore)
        .as("helpdesk writes of the sweep: one per ticket the skip lost, none for the others")
        .isEqualTo(missed.size());
    assertThat(ledger.last(FaultPipeline.CONNECTOR)).hasValueSatisfying(sweep -> {
      assertThat(sweep.isBaseline()).isFalse();
      assertThat(sweep.at()).isAfterOrEqualTo(skippedAt.plus(Duration.ofHours(24)));
    });
  }

  @Test
  void aReSweepOverTicketsAlreadyEvaluatedMakesNoHelpdeskWrite() {
    start();
    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 60);
    assertThat(pipeline.outcome().lost()).isZero();
    long writesBefore = pipeline.sandbox.updatesApplied();
    long pagesBefore = pipeline.states().find(FaultPipeline.CONNECTOR).orElseThrow().pagesPulled();

    oneDayLater();

    long pagesPulled = pipeline.states().find(FaultPipeline.CONNECTOR).orElseThrow().pagesPulled()
        - pagesBefore;
    assertThat(pagesPulled).as("pages the sweep re-pulled (300 tickets, 50 a page)")
        .isGreaterThanOrEqualTo(6);
    assertThat(pipeline.sandbox.updatesApplied() - writesBefore).as("helpdesk writes").isZero();
    assertThat(pipeline.unfinishedWriteBacks()).isZero();
    FaultPipeline.Outcome outcome = pipeline.outcome();
    assertThat(outcome.lost()).isZero();
    assertThat(outcome.duplicated()).isZero();
  }
}
