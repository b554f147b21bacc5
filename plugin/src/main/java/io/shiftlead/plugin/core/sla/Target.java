package io.shiftlead.plugin.core.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * A metric's allowed time, counted in business hours of the policy's calendar or round the clock.
 */
public record Target(Duration duration, boolean businessHours) {
  public Target {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("a target must be positive: " + duration);
    }
  }

  public static Target business(Duration d) {
    return new Target(d, true);
  }

  public static Target calendar(Duration d) {
    return new Target(d, false);
  }

  @Override
  public String toString() {
    return Durations.human(duration) + (businessHours ? " business" : " calendar");
  }
}
