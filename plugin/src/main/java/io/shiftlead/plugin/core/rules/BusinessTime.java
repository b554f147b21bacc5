package io.shiftlead.plugin.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Business calendar as the rules see it. The SLA engine will provide the real one (schedules,
 * holidays); until then {@link #always(ZoneId)} treats every hour as a working hour.
 */
public interface BusinessTime {

  /** The zone weekdays and hours are read in. */
  ZoneId zone();

  boolean isOpen(Instant at);

  /** Working time between two instants; zero when {@code to} is not after {@code from}. */
  Duration between(Instant from, Instant to);

  static BusinessTime always(ZoneId zone) {
    return new BusinessTime() {
      @Override
      public ZoneId zone() {
        return zone;
      }

      @Override
      public boolean isOpen(Instant at) {
        return true;
      }

      @Override
      public Duration between(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
      }
    };
  }
}
