package io.shiftlead.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.runtime.ConnectorWorker;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import io.shiftlead.testfixtures.sandbox.SandboxFault;
import java.time.Duration;
import java.time.Instant;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each fault driven through the whole pipeline (sandbox → Zendesk connector → SyncService → H2 →
 * write-back into the sandbox), asserting the helpdesk's end state: every replied ticket has its
 * field and exactly one note, no other ticket has a note. Waits are simulated (the connector's
 * sleeper moves the clock); the HTTP call timeout is 1 s so a stall costs a second.
 */
class HelpdeskFaultsTest {
  private static final int TICKETS = 300;
  private static final int PAGE = 50;

  private FaultPipeline pipeline;
  private Instant clockStart;
  private long wallStart;

  @AfterEach
  void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private FaultPipeline start() {
    pipeline = new FaultPipeline(TICKETS, PAGE);
    clockStart = pipeline.clock.instant();
    wallStart = System.nanoTime();
    return pipeline;
  }

  private String recovery() {
    long simulated = Duration.between(clockStart, pipeline.clock.instant()).toSeconds();
    double wall = (System.nanoTime() - wallStart) / 1e9;
    return String.format("%d s simulated, %.1f s wall", simulated, wall);
  }

  /**
   * Runs the worker until a sync succeeds (the time to recover), lets write-backs whose answer was
   * lost settle and be re-checked, then asserts nothing lost or doubled and reports the row.
   */
  private FaultPipeline.Outcome syncToTheEndAndReport(String fault, String stateDuringFault) {
    ConnectorWorker worker = pipeline.newWorker(pipeline.newSync());
    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 3600);
    String recovered = recovery();
    if (fault.startsWith(SandboxFault.STALL.name())) {
      pause(SandboxFault.STALL_DURATION); // the stalled request still lands, as it would for real
    }
    pipeline.clock.advance(Duration.ofMinutes(3));
    worker.run();
    assertThat(worker.state()).isEqualTo("idle");
    assertThat(pipeline.unfinishedWriteBacks()).as("write-backs left behind").isZero();
    return assertCleanAndReport(fault, recovered, stateDuringFault);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private FaultPipeline.Outcome assertCleanAndReport(String fault, String recovered,
      String stateDuringFault) {
    FaultPipeline.Outcome outcome = pipeline.outcome();
    FaultReport.row(fault, outcome, recovered, stateDuringFault);
    assertThat(outcome.evaluable()).isGreaterThan(100);
    assertThat(outcome.lost()).as("replied tickets without field or note").isZero();
    assertThat(outcome.duplicated()).as("notes too many").isZero();
    assertThat(new JdbcTicketRepository(new Jdbc(pipeline.dataSource()), pipeline.clock)
        .count(FaultPipeline.CONNECTOR)).as("tickets stored").isEqualTo(outcome.tickets());
    return outcome;
  }

  @ParameterizedTest(name = "429 x{0}, Retry-After {1}")
  @CsvSource({"3, 7", "2, 0"})
  void rateLimitedAnswersAreWaitedOutAsToldAndLoseNothing(int count, int retryAfter) {
    start();
    pipeline.sandbox.failNext(count, 429, retryAfter);

    syncToTheEndAndReport("429 x" + count + (retryAfter > 0 ? ", Retry-After " + retryAfter + " s"
        : ", no Retry-After"), "retried inside the call; stays idle");

    Duration expected = Duration.ofSeconds(retryAfter > 0 ? retryAfter : 60);
    assertThat(pipeline.waits).filteredOn(w -> w.compareTo(expected) >= 0).hasSize(count);
  }

  @ParameterizedTest(name = "{0} x{1}")
  @CsvSource({"500, 3", "502, 7", "503, 12"})
  void serverErrorBurstsAreRetriedAndTheSyncCatchesUp(int status, int count) {
    start();
    pipeline.sandbox.failNext(count, status, 0);

    syncToTheEndAndReport(status + " burst of " + count, count > 4
        ? "failing after 5 attempts (TransientException), backs off, then idle"
        : "retried inside the call; stays idle");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
      "EMPTY_REPLY, /api/v2/incremental", "EMPTY_REPLY, /api/v2/tickets/update_many",
      "EMPTY_REPLY, /api/v2/tickets/",
      "STALL, /api/v2/incremental", "STALL, /api/v2/tickets/update_many",
      "TRUNCATED_TRANSFER, /api/v2/incremental", "TRUNCATED_JSON, /api/v2/incremental",
      "MALFORMED_JSON, /api/v2/incremental", "MALFORMED_JSON, /api/v2/tickets/",
      "REPEATED_CURSOR, /api/v2/incremental"})
  void transportAndBodyFaultsLoseNothingAndDoubleNothing(SandboxFault fault, String path) {
    start();
    pipeline.sandbox.injectNext(2, fault, path);

    syncToTheEndAndReport(fault + " x2 on " + path, "retried; idle");

    assertThat(pipeline.sandbox.faultsPending()).isZero();
  }

  @Test
  void aHelpdeskThatKeepsRepeatingTheCursorIsNotABusyLoop() {
    start();
    pipeline.sandbox.injectNext(1000, SandboxFault.REPEATED_CURSOR, "/api/v2/incremental");
    ConnectorWorker worker = pipeline.newWorker(pipeline.newSync());

    for (int tick = 0; tick < 600; tick++) { // ten simulated minutes
      worker.run();
      pipeline.clock.advance(Duration.ofSeconds(1));
    }

    assertThat(worker.state()).isEqualTo("failing");
    assertThat(pipeline.states().find(FaultPipeline.CONNECTOR).orElseThrow().lastError())
        .contains("cursor it was asked with");
    int repeatedPages = 1000 - pipeline.sandbox.faultsPending();
    assertThat(repeatedPages).as("repeated pages pulled in 10 min").isBetween(1, 15);

    pipeline.sandbox.clearFaults();
    clockStart = pipeline.clock.instant();
    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 600);
    assertCleanAndReport("export repeats its cursor for 10 min (" + repeatedPages
        + " repeated pages pulled)", recovery(),
        "failing (cursor did not advance), exponential back-off");
  }

  @ParameterizedTest(name = "TCP reset x2 on {0}")
  @CsvSource({"/api/v2/incremental/.*", "/api/v2/tickets/update_many.*", "/api/v2/tickets/\\d+/comments.*"})
  void aConnectionResetByPeerIsRetriedAndLosesNothing(String pathPattern) {
    start();
    // WireMock in front of the sandbox: it can reset a TCP connection, the JDK server cannot
    WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().dynamicPort()
        .bindAddress("127.0.0.1"));
    proxy.start();
    try {
      proxy.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
          .willReturn(WireMock.aResponse().proxiedFrom(pipeline.sandbox.baseUrl())));
      String[] states = {Scenario.STARTED, "reset once", "reset twice"};
      for (int i = 0; i < 2; i++) {
        proxy.stubFor(WireMock.any(WireMock.urlPathMatching(pathPattern)).atPriority(1)
            .inScenario("resets").whenScenarioStateIs(states[i]).willSetStateTo(states[i + 1])
            .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      }
      pipeline.set("baseUrl", proxy.baseUrl());

      syncToTheEndAndReport("TCP connection reset x2 on " + pathPattern.replace(".*", "")
          .replace("\\d+", "{id}"), "retried (reads) / re-checked after 2 min (writes); idle");

      assertThat(proxy.getAllScenarios().getScenarios().get(0).getState()).isEqualTo("reset twice");
    } finally {
      proxy.stop();
    }
  }
}
