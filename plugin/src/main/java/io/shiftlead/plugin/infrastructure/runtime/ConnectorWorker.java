package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.connectors.spi.error.AuthFailedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.plugin.application.ConnectorStateRepository;
import io.shiftlead.plugin.application.SyncService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drives one connector's sync: webhook inbox every tick, a full pull every poll interval, and
 * backing off after failures (exponentially, longer for refused credentials) so a broken helpdesk
 * or store never turns into a busy loop.
 */
public final class ConnectorWorker implements Runnable {
  private static final Logger LOG = Logger.getLogger(ConnectorWorker.class.getName());
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  private final SyncService sync;
  private final ConnectorStateRepository states;
  private final Duration pollInterval;
  private final Clock clock;
  private final BooleanSupplier running;
  private volatile Instant nextPollAt = Instant.MIN;
  private volatile Instant notBefore = Instant.MIN;
  private volatile String state = "starting";
  private int consecutiveFailures;
  private final java.util.concurrent.atomic.AtomicLong rateLimited =
      new java.util.concurrent.atomic.AtomicLong();
  /** Sync runs that pulled until the stream was caught up (a re-sweep waits for one). */
  private volatile long caughtUpRuns;
  private final Step everyTick;

  /** Work done on every tick after the webhook inbox (the SLA re-evaluations that fell due). */
  @FunctionalInterface
  public interface Step {
    Step NONE = () -> { };

    void run() throws ConnectorException;
  }

  public ConnectorWorker(SyncService sync, ConnectorStateRepository states, Duration pollInterval,
      Clock clock, BooleanSupplier running) {
    this(sync, states, pollInterval, clock, running, Step.NONE);
  }

  /** With work done on every tick after the webhook inbox (SLA re-evaluations, the re-sweep). */
  public ConnectorWorker(SyncService sync, ConnectorStateRepository states, Duration pollInterval,
      Clock clock, BooleanSupplier running, Step everyTick) {
    this.everyTick = everyTick;
    this.sync = sync;
    this.states = states;
    this.pollInterval = pollInterval;
    this.clock = clock;
    this.running = running;
  }

  /** Pulls at the next tick instead of waiting for the poll interval (a backfill was asked). */
  public void pollSoon() {
    nextPollAt = Instant.MIN;
  }

  /** How many sync runs reached the end of the change stream since the worker started. */
  public long caughtUpRuns() {
    return caughtUpRuns;
  }

  /**
   * {@code starting}, {@code syncing}, {@code idle}, {@code failing}, or {@code standby} (cluster:
   * another member holds the connector's lease).
   */
  public String state() {
    return state;
  }

  /**
   * How often the helpdesk's rate limit stopped a sync step since start: a 429 (or an exhausted
   * client-side limiter) that outlasted the connector's own retries.
   */
  public long rateLimitedCount() {
    return rateLimited.get();
  }

  @Override
  public void run() {
    Instant now = clock.instant();
    if (!running.getAsBoolean()) {
      state = "standby"; // stopping, or (cluster) another member holds the lease
      return;
    }
    if (now.isBefore(notBefore)) {
      return;
    }
    try {
      sync.processWebhookInbox();
      everyTick.run();
      if (!now.isBefore(nextPollAt)) {
        state = "syncing";
        int pulled = sync.syncTickets(running);
        nextPollAt = clock.instant().plus(pollInterval);
        if (running.getAsBoolean()) { // not stopped half-way: the run reached the stream's end
          caughtUpRuns++;
        }
        if (pulled > 0) {
          LOG.log(Level.INFO, "{0}: pulled {1} tickets", new Object[] {sync.connectorName(), pulled});
        }
      }
      consecutiveFailures = 0;
      state = "idle";
    } catch (io.shiftlead.plugin.application.cluster.LeaseLostException e) {
      // cluster: another member syncs this connector now; nothing failed
      state = "standby";
      LOG.info(e.getMessage());
    } catch (AuthFailedException e) {
      fail("credentials refused: " + e.getMessage() + " (fix the connector's settings)",
          MAX_BACKOFF);
    } catch (RateLimitedException e) {
      rateLimited.incrementAndGet();
      fail("rate limited: " + e.getMessage(), e.retryAfter());
    } catch (ConnectorException e) {
      fail(e.getClass().getSimpleName() + ": " + e.getMessage(), backoff());
    } catch (RuntimeException e) {
      // the store or a bug: keep the thread alive, report, retry later
      LOG.log(Level.WARNING, sync.connectorName() + ": sync step failed", e);
      fail(e.getClass().getSimpleName() + ": " + e.getMessage(), backoff());
    }
  }

  private Duration backoff() {
    consecutiveFailures++;
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(consecutiveFailures, 8));
    return Duration.ofSeconds(seconds);
  }

  private void fail(String message, Duration wait) {
    state = "failing";
    notBefore = clock.instant().plus(wait);
    LOG.log(Level.WARNING, "{0}: {1}; next attempt in {2}s",
        new Object[] {sync.connectorName(), message, wait.toSeconds()});
    try {
      states.recordError(sync.connectorName(), message, clock.instant());
    } catch (RuntimeException storeDown) {
      LOG.log(Level.WARNING, "cannot record the error either: {0}", storeDown.getMessage());
    }
  }
}
