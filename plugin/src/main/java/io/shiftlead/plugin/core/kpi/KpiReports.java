package io.shiftlead.plugin.core.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reports from rollup rows: merges the days of a period into slices, and counts the backlog at
 * the period's end (time slices: at each slice's end) as all tickets created minus all solved
 * before it. One code path for the store and the in-memory calculator.
 */
public final class KpiReports {
  private KpiReports() {}

  /**
   * @param rows the rollup rows of dimension {@code all} and of the report's dimension, for every
   *     day before the period's end (earlier days feed the backlog)
   */
  public static KpiReport report(String connector, KpiPeriod period, GroupBy groupBy,
      Collection<Map.Entry<KpiRollup.Key, KpiDay>> rows, Instant now) {
    KpiPeriod previous = period.previous();
    Map<String, KpiValues> current = slices(period, groupBy, rows, now);
    Map<String, KpiValues> before = slices(previous, groupBy, rows, now);
    boolean none = groupBy == GroupBy.NONE;
    return new KpiReport(connector, period, groupBy,
        none ? current.get("all") : slices(period, GroupBy.NONE, rows, now).get("all"), current,
        none ? before.get("all") : slices(previous, GroupBy.NONE, rows, now).get("all"), before);
  }

  static Map<String, KpiValues> slices(KpiPeriod period, GroupBy groupBy,
      Collection<Map.Entry<KpiRollup.Key, KpiDay>> rows, Instant now) {
    long fromDay = day(period.from());
    long toDay = day(period.to());
    String dimension = KpiRollup.dimension(groupBy);
    Map<String, KpiDay> sums = new HashMap<>();
    Map<String, long[]> backlog = new HashMap<>(); // key -> {count, minute sum}
    Map<Long, KpiDay> daily = new TreeMap<>();
    for (Map.Entry<KpiRollup.Key, KpiDay> row : rows) {
      KpiRollup.Key key = row.getKey();
      if (!key.dimension().equals(dimension) || key.day() >= toDay) {
        continue;
      }
      KpiDay d = row.getValue();
      if (groupBy.isTime()) {
        daily.computeIfAbsent(key.day(), x -> new KpiDay()).addAll(d);
        continue;
      }
      String slice = groupBy == GroupBy.NONE ? "all" : key.value();
      long[] open = backlog.computeIfAbsent(slice, x -> new long[2]);
      open[0] += d.created - d.solved;
      open[1] += d.createdMinuteSum - d.solvedCreatedMinuteSum;
      if (key.day() >= fromDay) {
        sums.computeIfAbsent(slice, x -> new KpiDay()).addAll(d);
      }
    }
    Map<String, KpiValues> out = new TreeMap<>();
    if (groupBy.isTime()) {
      // every time slice of the period, with the backlog at its end
      long open = 0;
      long openMinutes = 0;
      Map<String, KpiDay> byKey = new TreeMap<>();
      Map<String, long[]> backlogAtEnd = new HashMap<>();
      Map<String, Long> endDay = new HashMap<>();
      for (Map.Entry<Long, KpiDay> e : daily.entrySet()) {
        if (e.getKey() < fromDay) {
          open += e.getValue().created - e.getValue().solved;
          openMinutes += e.getValue().createdMinuteSum - e.getValue().solvedCreatedMinuteSum;
        }
      }
      for (long day = fromDay; day < toDay; day++) {
        KpiDay d = daily.get(day);
        String slice = groupBy.timeKey(LocalDate.ofEpochDay(day));
        KpiDay sum = byKey.computeIfAbsent(slice, x -> new KpiDay());
        if (d != null) {
          sum.addAll(d);
          open += d.created - d.solved;
          openMinutes += d.createdMinuteSum - d.solvedCreatedMinuteSum;
        }
        backlogAtEnd.put(slice, new long[] {open, openMinutes});
        endDay.put(slice, day + 1);
      }
      byKey.forEach((slice, sum) -> {
        Instant end = Instant.ofEpochSecond(endDay.get(slice) * 86_400);
        long[] b = backlogAtEnd.get(slice);
        out.put(slice, sum.values(sliceDays(slice, groupBy, fromDay, toDay), b[0], b[1],
            now.isBefore(end) ? now : end));
      });
      return out;
    }
    Instant asOf = period.asOf(now);
    for (String slice : union(sums.keySet(), backlog)) {
      long[] b = backlog.getOrDefault(slice, new long[2]);
      KpiDay sum = sums.get(slice);
      if (sum == null && b[0] <= 0) {
        continue;
      }
      out.put(slice, (sum == null ? new KpiDay() : sum).values(period.days(), b[0], b[1], asOf));
    }
    if (groupBy == GroupBy.NONE) {
      out.computeIfAbsent("all", k -> new KpiDay().values(period.days(), 0, 0, asOf));
    }
    return out;
  }

  private static double sliceDays(String slice, GroupBy groupBy, long fromDay, long toDay) {
    long count = 0;
    for (long day = fromDay; day < toDay; day++) {
      if (groupBy.timeKey(LocalDate.ofEpochDay(day)).equals(slice)) {
        count++;
      }
    }
    return count;
  }

  private static java.util.Set<String> union(java.util.Set<String> a, Map<String, long[]> b) {
    java.util.Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b.keySet());
    return all;
  }

  /** The UTC epoch day of an instant. */
  public static long day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay();
  }
}
