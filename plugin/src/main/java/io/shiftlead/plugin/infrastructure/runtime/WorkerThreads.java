package io.shiftlead.plugin.infrastructure.runtime;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One thread per connector worker (ADR 0004). Not the container's managed scheduled executor:
 * Payara's default one runs its tasks on a single thread, so on a member with two connectors a
 * backfill of one held up the other's webhooks and SLA steps for minutes (seen in
 * ClusterOnPayaraIT). Daemon threads with the application's class loader; the pool grows by one
 * thread with every worker scheduled and shrinks by one with every worker released.
 */
final class WorkerThreads implements AutoCloseable {
  private final AtomicInteger workers = new AtomicInteger();
  private final ScheduledThreadPoolExecutor pool;

  WorkerThreads() {
    ClassLoader loader = WorkerThreads.class.getClassLoader();
    AtomicInteger counter = new AtomicInteger();
    this.pool = new ScheduledThreadPoolExecutor(1, r -> {
      Thread thread = new Thread(r, "shiftlead-worker-" + counter.incrementAndGet());
      thread.setDaemon(true);
      thread.setContextClassLoader(loader);
      return thread;
    });
    pool.setRemoveOnCancelPolicy(true);
  }

  /** Runs {@code worker} every second (fixed delay) on a thread of its own. */
  synchronized ScheduledFuture<?> everySecond(Runnable worker) {
    pool.setCorePoolSize(workers.incrementAndGet());
    return pool.scheduleWithFixedDelay(worker, 0, 1, TimeUnit.SECONDS);
  }

  /**
   * Stops {@code worker}'s ticks (one in progress finishes) and lets its thread go once idle, for a
   * connector removed while the server runs.
   */
  synchronized void release(ScheduledFuture<?> worker) {
    worker.cancel(false);
    pool.setCorePoolSize(Math.max(1, workers.decrementAndGet()));
  }

  /** Threads alive now (tests). */
  int threads() {
    return pool.getPoolSize();
  }

  /**
   * No new ticks; a sync in progress is not interrupted (an interrupted write would leave its
   * outcome unknown) and sees the runtime stopped at its next check.
   */
  @Override
  public void close() {
    pool.shutdown();
  }
}
