package io.shiftlead.plugin.core.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a report is sliced. Time slices are UTC days, ISO weeks (keyed by their Monday) and months;
 * each KPI falls in the slice of its own instant (created, first reply, solved, answered).
 */
public enum GroupBy {
  NONE,
  AGENT,
  GROUP,
  CHANNEL,
  PRIORITY,
  TAG,
  ORGANIZATION,
  DAY,
  WEEK,
  MONTH;

  /** The key for rows without a value (no assignee, no tags, ...). */
  public static final String NONE_KEY = "(none)";

  public boolean isTime() {
    return this == DAY || this == WEEK || this == MONTH;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static GroupBy parse(String value) {
    if (value == null || value.isBlank()) {
      return NONE;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("groupBy '" + value + "' is not one of "
          + Arrays.stream(values()).map(GroupBy::wireName).toList());
    }
  }

  /** The time slice key of an instant: 2026-11-29, 2026-11-23 (its week's Monday), 2026-11. */
  public String timeKey(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return timeKey(day);
  }

  public String timeKey(LocalDate day) {
    return switch (this) {
      case DAY -> day.toString();
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case MONTH -> day.toString().substring(0, 7);
      default -> throw new IllegalStateException(this + " is not a time slice");
    };
  }
}
