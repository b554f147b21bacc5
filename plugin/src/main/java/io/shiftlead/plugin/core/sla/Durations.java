package io.shiftlead.plugin.core.sla;

import java.time.Duration;

/** Human-readable durations for reasons and notes ({@code 1h 30m}, {@code -45m}). */
final class Durations {
  private Durations() {}

  static String human(Duration d) {
    long minutes = d.toMinutes();
    String sign = minutes < 0 ? "-" : "";
    long m = Math.abs(minutes);
    long days = m / 1440;
    long hours = (m % 1440) / 60;
    long mins = m % 60;
    StringBuilder s = new StringBuilder(sign);
    if (days > 0) {
      s.append(days).append("d ");
    }
    if (hours > 0 || days > 0) {
      s.append(hours).append("h ");
    }
    s.append(mins).append('m');
    return s.toString();
  }
}
