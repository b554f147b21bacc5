package io.shiftlead.plugin.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Named working hours in a time zone, with holidays, and the arithmetic SLA clocks need: how much
 * business time lies between two instants, and which instant lies a business duration after
 * another.
 *
 * <p>Each local day's hours are turned into absolute instants through the zone's rules, so a day
 * on which clocks change keeps its wall-clock opening hours and is simply an hour shorter or
 * longer. The instants of a day are cached: a million tickets mostly share the same few weeks.
 */
public final class BusinessCalendar {
  private static final long DAY_MS = 86_400_000L;
  /** Searching further than this for business time means the calendar has none: a config bug. */
  private static final int MAX_DAYS_SEARCHED = 366 * 10;
  private static final long[] NO_HOURS = new long[0];
  private static final int CACHED_DAYS = 73_000;

  private final String name;
  private final ZoneId zone;
  private final Map<DayOfWeek, List<DailyInterval>> week;
  private final Set<LocalDate> holidays;
  private final boolean always;
  /** Days 1970..2169 by epoch day; filled on first use (an AtomicReferenceArray publishes safely). */
  private final AtomicReferenceArray<long[]> dayCache;

  public BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<DailyInterval>> week,
      Collection<LocalDate> holidays) {
    this(name, zone, week, holidays, false);
  }

  private BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<DailyInterval>> week,
      Collection<LocalDate> holidays, boolean always) {
    this.name = name;
    this.zone = zone;
    this.week = new EnumMap<>(DayOfWeek.class);
    week.forEach((day, intervals) -> this.week.put(day, sorted(day, intervals)));
    this.holidays = Set.copyOf(new TreeSet<>(holidays));
    this.always = always;
    this.dayCache = always ? null : new AtomicReferenceArray<>(CACHED_DAYS); // ~290 KB
    if (this.week.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException("calendar " + name + " has no working hours in the week");
    }
  }

  /** Round the clock, every day: calendar-hour targets use it, so both kinds share one code path. */
  public static BusinessCalendar always(String name) {
    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      week.put(d, List.of(new DailyInterval(0, 1440)));
    }
    return new BusinessCalendar(name, ZoneOffset.UTC, week, List.of(), true);
  }

  private static List<DailyInterval> sorted(DayOfWeek day, List<DailyInterval> intervals) {
    List<DailyInterval> s = new ArrayList<>(intervals);
    s.sort(Comparator.comparingInt(DailyInterval::startMinute));
    for (int i = 1; i < s.size(); i++) {
      if (s.get(i).startMinute() < s.get(i - 1).endMinute()) {
        throw new IllegalArgumentException("overlapping working hours on " + day + ": "
            + s.get(i - 1) + " and " + s.get(i));
      }
    }
    return List.copyOf(s);
  }

  public String name() {
    return name;
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isAlways() {
    return always;
  }

  public Map<DayOfWeek, List<DailyInterval>> week() {
    return Map.copyOf(week);
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** Business time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
  public Duration businessDuration(Instant from, Instant to) {
    return Duration.ofMillis(businessMillis(from.toEpochMilli(), to.toEpochMilli()));
  }

  /** The instant {@code duration} of business time after {@code from}; {@code from} for zero. */
  public Instant addBusinessTime(Instant from, Duration duration) {
    return Instant.ofEpochMilli(addBusinessMillis(from.toEpochMilli(), duration.toMillis()));
  }

  /** True when {@code at} lies inside working hours. */
  public boolean isBusinessTime(Instant at) {
    long t = at.toEpochMilli();
    return businessMillis(t, t + 1) == 1;
  }

  long businessMillis(long from, long to) {
    if (to <= from) {
      return 0;
    }
    if (always) {
      return to - from;
    }
    long total = 0;
    // A local date is at most one day away from the UTC date of the same instant.
    long last = Math.floorDiv(to, DAY_MS) + 1;
    for (long day = Math.floorDiv(from, DAY_MS) - 1; day <= last; day++) {
      long[] iv = intervalsOf(day);
      for (int i = 0; i < iv.length; i += 2) {
        long overlap = Math.min(iv[i + 1], to) - Math.max(iv[i], from);
        if (overlap > 0) {
          total += overlap;
        }
      }
    }
    return total;
  }

  long addBusinessMillis(long from, long amount) {
    if (amount <= 0) {
      return from;
    }
    if (always) {
      return from + amount;
    }
    long remaining = amount;
    long first = Math.floorDiv(from, DAY_MS) - 1;
    for (long day = first; day < first + MAX_DAYS_SEARCHED; day++) {
      long[] iv = intervalsOf(day);
      for (int i = 0; i < iv.length; i += 2) {
        long start = Math.max(iv[i], from);
        long length = iv[i + 1] - start;
        if (length <= 0) {
          continue;
        }
        if (remaining <= length) {
          return start + remaining;
        }
        remaining -= length;
      }
    }
    throw new IllegalStateException("calendar " + name + " has no working hours within "
        + MAX_DAYS_SEARCHED + " days of " + Instant.ofEpochMilli(from));
  }

  /** The working hours of one local date as [start, end) epoch-millisecond pairs. */
  private long[] intervalsOf(long epochDay) {
    if (epochDay < 0 || epochDay >= CACHED_DAYS) {
      return computeIntervals(LocalDate.ofEpochDay(epochDay));
    }
    int i = (int) epochDay;
    long[] cached = dayCache.get(i);
    if (cached == null) {
      cached = computeIntervals(LocalDate.ofEpochDay(epochDay));
      dayCache.set(i, cached);
    }
    return cached;
  }

  private long[] computeIntervals(LocalDate date) {
    List<DailyInterval> hours = week.getOrDefault(date.getDayOfWeek(), List.of());
    if (hours.isEmpty() || holidays.contains(date)) {
      return NO_HOURS;
    }
    long[] out = new long[hours.size() * 2];
    for (int i = 0; i < hours.size(); i++) {
      out[2 * i] = instantOf(date, hours.get(i).startMinute());
      out[2 * i + 1] = instantOf(date, hours.get(i).endMinute());
    }
    return out;
  }

  /** Wall-clock minute of a date; in a DST gap it moves forward, in an overlap the earlier one. */
  private long instantOf(LocalDate date, int minute) {
    if (minute == 1440) {
      return date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
    return date.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toInstant()
        .toEpochMilli();
  }

  @Override
  public String toString() {
    return always ? name + " (24x7)" : name + " (" + zone + ", " + week + ", holidays " + holidays
        + ")";
  }
}
