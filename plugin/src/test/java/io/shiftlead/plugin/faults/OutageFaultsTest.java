package io.shiftlead.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.runtime.ConnectorWorker;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcOutboxRepository;
import io.shiftlead.testfixtures.sandbox.SandboxFault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Longer faults through the whole pipeline, on the worker's simulated clock: refused credentials,
 * the helpdesk down for ten minutes, the store down, a cursor that skips changes. Each asserts
 * the calls stay bounded while the fault lasts and the end state once it is over.
 */
class OutageFaultsTest {
  private FaultPipeline pipeline;
  private ConnectorWorker worker;

  @AfterEach
  void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private void start() {
    pipeline = new FaultPipeline(300, 50);
    worker = pipeline.newWorker(pipeline.newSync());
  }

  /** Ticks the worker for {@code seconds} simulated seconds; returns the errors it recorded. */
  private List<String> tickFor(int seconds) {
    List<String> errors = new ArrayList<>();
    for (int tick = 0; tick < seconds; tick++) {
      worker.run();
      pipeline.clock.advance(Duration.ofSeconds(1));
      if (!pipeline.store.down) {
        pipeline.states().find(FaultPipeline.CONNECTOR).map(s -> s.lastError())
            .filter(e -> errors.isEmpty() || !errors.get(errors.size() - 1).equals(e))
            .ifPresent(errors::add);
      }
    }
    return errors;
  }

  private String recoverAndReport(String fault, String stateDuringFault) {
    Instant healedAt = pipeline.clock.instant();
    long wall = System.nanoTime();
    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 1200);
    String recovered = String.format("%d s simulated after the fault ended, %.1f s wall",
        Duration.between(healedAt, pipeline.clock.instant()).toSeconds(),
        (System.nanoTime() - wall) / 1e9);
    FaultPipeline.Outcome outcome = pipeline.outcome();
    FaultReport.row(fault, outcome, recovered, stateDuringFault);
    assertThat(outcome.lost()).as("replied tickets without field or note").isZero();
    assertThat(outcome.duplicated()).as("notes too many").isZero();
    return recovered;
  }

  @Test
  void anExpiredTokenMarksTheConnectorFailingWithAClearErrorAndNoBusyLoop() {
    start();
    pipeline.sandbox.failNext(Integer.MAX_VALUE, 401, 0);

    List<String> errors = tickFor(900); // fifteen simulated minutes
    long calls = pipeline.sandbox.requestsServed();

    assertThat(worker.state()).isEqualTo("failing");
    assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error)
        .contains("credentials refused").contains("401")
        .doesNotContain(FaultPipeline.API_TOKEN));
    assertThat(calls).as("calls in 15 min with a refused token").isBetween(1L, 4L);

    pipeline.sandbox.clearFaults(); // the admin fixed the token
    recoverAndReport("401 expired token for 15 min (" + calls + " calls made)",
        "failing: \"credentials refused ... (fix the connector's settings)\", retried every 5 min");
  }

  @Test
  void theHelpdeskDownForTenMinutesOpensTheCircuitBacksOffAndCatchesUp() {
    start();
    pipeline.sandbox.failNext(Integer.MAX_VALUE, 503, 0);

    List<String> errors = tickFor(600);
    long calls = pipeline.sandbox.requestsServed();

    assertThat(worker.state()).isEqualTo("failing");
    assertThat(errors).anySatisfy(error -> assertThat(error).contains("circuit").contains("open"));
    assertThat(calls).as("calls in 10 min of outage").isBetween(5L, 60L);

    pipeline.sandbox.clearFaults();
    recoverAndReport("helpdesk down (503) for 10 min (" + calls + " calls made)",
        "failing: retries, then circuit open (30 s), worker back-off up to 5 min");
  }

  @Test
  void theStoreDownForTwoMinutesMidSyncLosesNothingAndDoublesNothing() {
    start();
    AtomicInteger connections = new AtomicInteger();
    pipeline.store.beforeEachConnection = () -> {
      if (connections.incrementAndGet() == 60) {
        pipeline.store.down = true; // in the middle of the first pages
      }
    };
    tickFor(1);
    assertThat(pipeline.store.down).isTrue();
    long callsAtOutage = pipeline.sandbox.requestsServed();

    tickFor(120);
    long callsDuringOutage = pipeline.sandbox.requestsServed() - callsAtOutage;

    assertThat(worker.state()).isEqualTo("failing");
    assertThat(callsDuringOutage).as("helpdesk calls while the store is down").isLessThan(20);
    pipeline.store.down = false;
    recoverAndReport("store unavailable for 2 min mid-sync (" + pipeline.store.refused
        + " connections refused)", "failing: StoreException, worker back-off");
    pipeline.clock.advance(Duration.ofMinutes(3));
    worker.run();
    assertThat(new JdbcOutboxRepository(new Jdbc(pipeline.store), pipeline.clock)
        .unfinished(FaultPipeline.CONNECTOR, 10)).isEmpty();
  }

  @Test
  void aCursorThatSkipsChangesLosesThemUntilTheTicketsChangeAgain() {
    start();
    pipeline.sandbox.injectNext(1, SandboxFault.SKIPPED_CURSOR, "/api/v2/incremental");

    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 60);
    List<Long> missed = pipeline.lostTickets();
    FaultReport.row("export cursor skips " + SandboxFault.SKIPPED_CHANGES + " changes",
        pipeline.outcome(), "not detectable from an opaque cursor; see below",
        "idle (the helpdesk's own cursor is trusted)");
    assertThat(missed).as("evaluable tickets among the skipped changes").isNotEmpty();

    missed.forEach(id -> pipeline.sandbox.touch(id, "Any news?"));
    pipeline.clock.advance(Duration.ofMinutes(2));
    recoverAndReport("... the skipped tickets change again (" + missed.size() + " tickets)",
        "idle");
  }
}
