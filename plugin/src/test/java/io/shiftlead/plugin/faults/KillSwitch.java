package io.shiftlead.plugin.faults;

/**
 * Counts the pipeline's steps (store connections, connector calls) and kills the "process" at a
 * chosen one by throwing {@link Killed}, an Error that no catch block of the pipeline handles: the
 * SyncService is abandoned as a {@code kill -9} would leave it.
 */
final class KillSwitch {
  static final class Killed extends Error {
    Killed(long step) {
      super("killed at step " + step, null, false, false);
    }
  }

  private long steps;
  private long killAt = -1;

  synchronized void armAt(long stepsFromNow) {
    killAt = steps + stepsFromNow;
  }

  synchronized void disarm() {
    killAt = -1;
  }

  synchronized long steps() {
    return steps;
  }

  synchronized void tick() {
    steps++;
    if (steps == killAt) {
      killAt = -1;
      throw new Killed(steps);
    }
  }
}
