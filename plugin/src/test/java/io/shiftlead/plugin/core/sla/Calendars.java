package io.shiftlead.plugin.core.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Calendars the tests share. */
final class Calendars {
  private Calendars() {}

  /** Monday to Friday 09:00-17:00 in the zone. */
  static BusinessCalendar officeHours(String zone, LocalDate... holidays) {
    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      week.put(d, List.of(DailyInterval.parse("09:00-17:00")));
    }
    return new BusinessCalendar("office-" + zone, ZoneId.of(zone), week, Arrays.asList(holidays));
  }

  /** Every day round the clock, but in local days of the zone (so DST days are 23h/25h long). */
  static BusinessCalendar allDayLocal(String zone) {
    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      week.put(d, List.of(DailyInterval.parse("00:00-24:00")));
    }
    return new BusinessCalendar("all-day-" + zone, ZoneId.of(zone), week, List.of());
  }
}
