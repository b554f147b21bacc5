package io.shiftlead.plugin.core.sla;

/**
 * One stretch of working hours within a local day, in minutes after local midnight; {@code end}
 * may be 1440 (24:00) so a day can run to midnight. Local wall-clock minutes, not durations, so a
 * DST day keeps its printed opening hours.
 */
public record DailyInterval(int startMinute, int endMinute) {
  public DailyInterval {
    if (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
      throw new IllegalArgumentException("working hours must be within 00:00-24:00 and start"
          + " before they end: " + format(startMinute) + "-" + format(endMinute));
    }
  }

  /** Parses {@code 09:00-17:30}; {@code 24:00} is allowed as an end. */
  public static DailyInterval parse(String text) {
    String[] parts = text.trim().split("-");
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected HH:MM-HH:MM, got '" + text + "'");
    }
    return new DailyInterval(minutes(parts[0]), minutes(parts[1]));
  }

  private static int minutes(String hhmm) {
    String t = hhmm.trim();
    if (!t.matches("\\d{1,2}:\\d{2}")) {
      throw new IllegalArgumentException("expected a time HH:MM, got '" + t + "'");
    }
    int h = Integer.parseInt(t.substring(0, t.indexOf(':')));
    int m = Integer.parseInt(t.substring(t.indexOf(':') + 1));
    if (m > 59 || h > 24 || (h == 24 && m != 0)) {
      throw new IllegalArgumentException("not a time of day: '" + t + "'");
    }
    return h * 60 + m;
  }

  static String format(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  @Override
  public String toString() {
    return format(startMinute) + "-" + format(endMinute);
  }
}
