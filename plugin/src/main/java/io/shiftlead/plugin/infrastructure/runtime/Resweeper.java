package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.plugin.application.ResweepLedger;
import io.shiftlead.plugin.application.ResweepPolicy;
import io.shiftlead.plugin.application.ResweepPolicy.Sweep;
import io.shiftlead.plugin.application.SyncService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A connector's periodic re-sweep (ADR 0021), a step of its {@link ConnectorWorker}: when a sweep
 * is due it rewinds the stored ticket cursor to the adapter's start-time cursor for {@code now -
 * lookback} (the capability the console backfill uses), records the sweep, and has the worker pull
 * at once. The sync then re-pulls those tickets through the usual pipeline; the write-back planner
 * finds nothing to change on the ones already evaluated, and the ones a skipped cursor lost get
 * evaluated and written.
 *
 * <p>Runs on the worker's thread, so only while the worker runs: in a cluster, only on the member
 * holding the connector's lease, with the rewind fenced like any cursor move. Never starts while a
 * console backfill of the connector is requested or running; a console backfill that would start
 * later than a sweep still catching up is refused ({@link #startBackfill}).
 */
public final class Resweeper implements ConnectorWorker.Step {
  private static final Logger LOG = Logger.getLogger(Resweeper.class.getName());

  private final String name;
  private final ResweepPolicy policy;
  private final BackfillingConnector connector;
  private final SyncService sync;
  private final ResweepLedger ledger;
  private final Clock clock;
  private ConnectorWorker worker;
  private volatile boolean available;
  /** The last sweep or baseline known to this member; null until read from the store. */
  private volatile Sweep last;
  private volatile boolean waiting;
  /** The sweep whose re-pull has not reached the stream's end yet, and the worker's count then. */
  private Sweep catchingUp;
  private long caughtUpRunsAtSweep;

  public Resweeper(String name, ResweepPolicy policy, BackfillingConnector connector, SyncService sync,
      ResweepLedger ledger, Clock clock) {
    this.name = name;
    this.policy = policy;
    this.connector = connector;
    this.sync = sync;
    this.ledger = ledger;
    this.clock = clock;
    this.available = policy.enabled() && startTimeCursor(clock.instant()).isPresent();
    if (policy.enabled() && !available) {
      LOG.warning(() -> name + ": periodic re-sweep unavailable: this connector cannot start its"
          + " change stream at a chosen time, so changes a faulty cursor skips are picked up only"
          + " when the ticket changes again or by webhook");
    } else if (available) {
      LOG.info(() -> name + ": periodic re-sweep " + policy);
    }
  }

  /** The worker this step runs on (it pulls at once after a rewind; its runs end a catch-up). */
  public void attach(ConnectorWorker worker) {
    this.worker = worker;
  }

  private Optional<Cursor> startTimeCursor(Instant from) {
    try {
      return connector.ticketCursorFrom(from);
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  @Override
  public synchronized void run() {
    if (!available) {
      return;
    }
    Instant now = clock.instant();
    if (last == null) {
      last = ledger.last(name).orElse(null);
      if (last == null) { // the first time: the initial sync pulls everything; sweep from now on
        last = Sweep.baseline(now);
        ledger.record(name, last);
        return;
      }
    }
    if (catchingUp != null && worker.caughtUpRuns() != caughtUpRunsAtSweep) {
      catchingUp = null;
    }
    if (now.isBefore(policy.dueAt(last).orElseThrow())) {
      return;
    }
    last = ledger.last(name).orElse(last); // another member may have swept meanwhile
    if (now.isBefore(policy.dueAt(last).orElseThrow())) {
      return;
    }
    if (connector.progress().filter(p -> !"done".equals(p.state())).isPresent()) {
      if (!waiting) {
        LOG.info(() -> name + ": re-sweep due, waiting for the console backfill to finish");
      }
      waiting = true;
      return;
    }
    waiting = false;
    Instant from = policy.from(last, now);
    Optional<Cursor> cursor = startTimeCursor(from);
    if (cursor.isEmpty()) {
      available = false;
      LOG.warning(() -> name + ": periodic re-sweep unavailable: the connector gave no start-time"
          + " cursor");
      return;
    }
    sync.rewindTickets(cursor.get()); // stored first: a crash now repeats the sweep, never skips it
    Sweep sweep = new Sweep(now, from);
    ledger.record(name, sweep);
    last = sweep;
    catchingUp = sweep;
    caughtUpRunsAtSweep = worker.caughtUpRuns();
    worker.pollSoon();
    LOG.info(() -> name + ": re-sweep: re-pulling the tickets changed since " + from);
  }

  /**
   * Starts a console backfill unless it would cut short a sweep still catching up (its start is
   * later than the sweep's): the rewind replaces the sweep's position in the stream.
   *
   * @throws IllegalStateException when it would
   */
  synchronized BackfillProgress startBackfill(Instant from, Supplier<BackfillProgress> start) {
    if (catchingUp != null && worker != null && worker.caughtUpRuns() == caughtUpRunsAtSweep
        && from.isAfter(catchingUp.from())) {
      throw new IllegalStateException(name + ": a re-sweep from " + catchingUp.from()
          + " is still catching up; start the backfill at or before that, or when it is done");
    }
    return start.get();
  }

  public ResweepStatus status() {
    if (!policy.enabled()) {
      return new ResweepStatus("off", null, null, null, null, null);
    }
    Sweep known = last;
    try {
      known = ledger.last(name).orElse(known); // on a standby member, what the holder recorded
    } catch (RuntimeException storeDown) {
      // show what this member knows
    }
    Instant lastAt = known == null || known.isBaseline() ? null : known.at();
    Instant lastFrom = known == null ? null : known.from();
    if (!available) {
      return new ResweepStatus("unavailable", null, null, lastAt, lastFrom, null);
    }
    String state;
    synchronized (this) {
      boolean running = catchingUp != null && worker != null
          && worker.caughtUpRuns() == caughtUpRunsAtSweep;
      state = running ? "catching-up" : waiting ? "waiting" : "scheduled";
    }
    return new ResweepStatus(state, ResweepPolicy.format(policy.every()),
        ResweepPolicy.format(policy.lookback()), lastAt, lastFrom,
        known == null ? null : policy.dueAt(known).orElse(null));
  }
}
