package io.shiftlead.plugin.core.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Wakes exactly at the next SLA instant across all open tickets and hands each due ticket to a
 * {@link SlaDueHandler}. Nothing is persisted: after a restart the caller tracks every open ticket
 * again with its computed next change; instants already in the past (the server was down) fire at
 * once on {@link #start()}.
 *
 * <p>Thread-safe. The handler runs on the timer's thread, outside the lock, so it may call
 * {@link #track}. A handler failure retries that ticket after {@link #RETRY_AFTER} instead of
 * spinning.
 */
public final class SlaScheduler {
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);
  private static final System.Logger LOG = System.getLogger(SlaScheduler.class.getName());

  private final Clock clock;
  private final WakeUpTimer timer;
  private final SlaDueHandler handler;
  private final NextDueIndex index = new NextDueIndex();
  private WakeUpTimer.Cancellable armed;
  private Instant armedAt;
  private boolean running;

  public SlaScheduler(Clock clock, WakeUpTimer timer, SlaDueHandler handler) {
    this.clock = Objects.requireNonNull(clock);
    this.timer = Objects.requireNonNull(timer);
    this.handler = Objects.requireNonNull(handler);
  }

  /** Starts waking up; anything already due fires right away. */
  public synchronized void start() {
    running = true;
    rearm();
  }

  public synchronized void stop() {
    running = false;
    cancelArmed();
  }

  /** Records when a ticket's state next changes (null: never with time alone; untracks it). */
  public synchronized void track(String ticketId, Instant nextChangeAt) {
    index.update(ticketId, nextChangeAt);
    rearm();
  }

  public synchronized void untrack(String ticketId) {
    index.remove(ticketId);
    rearm();
  }

  public synchronized Instant nextWakeUp() {
    return index.next();
  }

  public synchronized int tracked() {
    return index.size();
  }

  /** Handles every ticket due now; the timer calls it, tests may too. Returns how many. */
  public int runDue() {
    Instant now;
    List<String> due;
    synchronized (this) {
      armed = null;
      armedAt = null;
      now = clock.instant();
      due = index.pollDue(now);
    }
    for (String ticketId : due) {
      Instant next;
      try {
        next = handler.onDue(ticketId, now);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "SLA re-evaluation of ticket " + ticketId
            + " failed; retrying in " + RETRY_AFTER, e);
        next = now.plus(RETRY_AFTER);
      }
      if (next != null && !next.isAfter(now)) {
        next = now.plus(RETRY_AFTER); // a handler that returns the past again must not spin
      }
      synchronized (this) {
        index.update(ticketId, next);
      }
    }
    synchronized (this) {
      rearm();
    }
    return due.size();
  }

  private void rearm() {
    if (!running) {
      return;
    }
    Instant next = index.next();
    if (Objects.equals(next, armedAt)) {
      return;
    }
    cancelArmed();
    if (next != null) {
      armedAt = next;
      armed = timer.wakeAt(next, this::runDue);
    }
  }

  private void cancelArmed() {
    if (armed != null) {
      armed.cancel();
    }
    armed = null;
    armedAt = null;
  }
}
