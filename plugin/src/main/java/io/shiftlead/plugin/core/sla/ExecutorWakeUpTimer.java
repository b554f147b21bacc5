package io.shiftlead.plugin.core.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WakeUpTimer} on a scheduled executor (the container's managed one in production). The
 * delay is computed from the injected clock; waking early is harmless because the scheduler checks
 * the clock again and re-arms.
 */
public final class ExecutorWakeUpTimer implements WakeUpTimer {
  private final ScheduledExecutorService executor;
  private final Clock clock;

  public ExecutorWakeUpTimer(ScheduledExecutorService executor, Clock clock) {
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Cancellable wakeAt(Instant at, Runnable task) {
    long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
    ScheduledFuture<?> f = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
    return () -> f.cancel(false);
  }
}
