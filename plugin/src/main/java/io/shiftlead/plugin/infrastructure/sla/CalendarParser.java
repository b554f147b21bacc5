package io.shiftlead.plugin.infrastructure.sla;

import io.shiftlead.plugin.core.sla.BusinessCalendar;
import io.shiftlead.plugin.core.sla.DailyInterval;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** One {@code calendars:} entry: name, zone, weekly hours, holidays. */
final class CalendarParser {
  static final Set<String> KEYS = Set.of("name", "zone", "hours", "holidays");
  static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "weekdays", "every_day");

  private CalendarParser() {}

  /** The calendar, or null when it has problems (already recorded). */
  static BusinessCalendar parse(YamlNodes y, Node node) {
    int before = problemCount(y);
    Map<String, Node> m = y.mapping(node, "a calendar", KEYS);
    String name = m.containsKey("name") ? y.scalar(m.get("name"), "calendar name") : null;
    if (name == null) {
      y.problem(node, "a calendar needs a name", "add name: <id>, policies refer to it");
    }
    String where = "calendar '" + name + "'";
    ZoneId zone = null;
    if (!m.containsKey("zone")) {
      y.problem(node, where + " needs a zone", "an IANA zone id such as Europe/Berlin");
    } else {
      String z = y.scalar(m.get("zone"), "zone");
      try {
        zone = z == null ? null : ZoneId.of(z);
      } catch (DateTimeException e) {
        y.problem(m.get("zone"), "bad zone '" + z + "' in " + where,
            "an IANA zone id such as Europe/Berlin or America/New_York, not an abbreviation");
      }
    }
    Map<DayOfWeek, List<DailyInterval>> week = hours(y, m.get("hours"), where, node);
    Set<LocalDate> holidays = new LinkedHashSet<>();
    if (m.containsKey("holidays")) {
      for (Node h : y.sequence(m.get("holidays"), "holidays")) {
        String d = y.scalar(h, "holiday");
        try {
          holidays.add(LocalDate.parse(d));
        } catch (RuntimeException e) {
          y.problem(h, "bad holiday date '" + d + "' in " + where, "write dates as YYYY-MM-DD");
        }
      }
    }
    if (problemCount(y) > before || zone == null || name == null) {
      return null;
    }
    try {
      return new BusinessCalendar(name, zone, week, holidays);
    } catch (IllegalArgumentException e) {
      y.problem(node, e.getMessage(), "fix the hours of " + where);
      return null;
    }
  }

  private static Map<DayOfWeek, List<DailyInterval>> hours(YamlNodes y, Node node, String where,
      Node calendar) {
    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
    if (node == null) {
      y.problem(calendar, where + " needs hours", "e.g. hours: {weekdays: [\"09:00-17:00\"]}");
      return week;
    }
    y.mapping(node, "hours of " + where, DAYS).forEach((day, value) -> {
      List<DailyInterval> intervals = new ArrayList<>();
      for (Node n : y.sequence(value, day)) {
        String text = y.scalar(n, "working hours");
        try {
          intervals.add(DailyInterval.parse(text));
        } catch (IllegalArgumentException e) {
          y.problem(n, "bad time '" + text + "' for " + day + " in " + where + ": "
              + e.getMessage(), "write HH:MM-HH:MM, 24-hour clock, e.g. 09:00-17:30");
        }
      }
      for (DayOfWeek d : days(day)) {
        week.computeIfAbsent(d, k -> new ArrayList<>()).addAll(intervals);
      }
    });
    return week;
  }

  private static List<DayOfWeek> days(String key) {
    switch (key) {
      case "weekdays":
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
      case "every_day":
        return List.of(DayOfWeek.values());
      default:
        return List.of(DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT)));
    }
  }

  private static int problemCount(YamlNodes y) {
    return y.problemCount();
  }
}
