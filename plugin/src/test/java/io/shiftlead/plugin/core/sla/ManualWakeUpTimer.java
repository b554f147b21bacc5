package io.shiftlead.plugin.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A timer driven by a {@link ManualClock}: moving time runs the wake-ups that fell due, in order,
 * at their instant, the way a real timer would, without sleeping.
 */
final class ManualWakeUpTimer implements WakeUpTimer {
  private record Pending(Instant at, Runnable task) {}

  private final ManualClock clock;
  private final List<Pending> pending = new ArrayList<>();

  ManualWakeUpTimer(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public Cancellable wakeAt(Instant at, Runnable task) {
    Pending p = new Pending(at, task);
    pending.add(p);
    return () -> pending.remove(p);
  }

  /** Moves the clock forward to {@code until}, stopping at each wake-up on the way. */
  void advanceTo(Instant until) {
    while (true) {
      Optional<Pending> next = pending.stream().min(Comparator.comparing(Pending::at));
      if (next.isEmpty() || next.get().at().isAfter(until)) {
        break;
      }
      pending.remove(next.get());
      if (next.get().at().isAfter(clock.instant())) {
        clock.set(next.get().at());
      }
      next.get().task().run();
    }
    clock.set(until);
  }

  void advanceBy(Duration d) {
    advanceTo(clock.instant().plus(d));
  }

  /** Runs wake-ups already due without moving time (a timer fires past instants at once). */
  void runDueNow() {
    advanceTo(clock.instant());
  }
}
