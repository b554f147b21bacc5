package io.shiftlead.plugin.core.sla;

import java.time.Instant;

/**
 * Runs a task at an instant. Injected so tests drive the scheduler with a manual clock and never
 * sleep; production uses {@link ExecutorWakeUpTimer}. A past instant runs the task right away.
 */
public interface WakeUpTimer {

  /** Schedules {@code task} at {@code at}; the returned handle cancels it. */
  Cancellable wakeAt(Instant at, Runnable task);

  /** A scheduled wake-up that can be called off. */
  @FunctionalInterface
  interface Cancellable {
    void cancel();
  }
}
