package io.shiftlead.plugin.core.kpi;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of minute values in buckets, mergeable across days and slices, for percentiles: exact
 * minutes below one day, 15-minute buckets up to a week, hourly buckets beyond. A percentile is
 * interpolated between closest ranks (as SQL's PERCENTILE_CONT) over the bucket lower bounds,
 * so it is exact below a day and at most 15 minutes (a week) or an hour low beyond.
 */
public final class Histogram {
  private static final long DAY = 1440;
  private static final long WEEK = 10_080;
  private static final int WEEK_BUCKET = (int) (DAY + (WEEK - DAY) / 15);

  private final TreeMap<Integer, Long> counts = new TreeMap<>();

  static int bucket(long minutes) {
    long v = Math.max(0, minutes);
    if (v < DAY) {
      return (int) v;
    }
    if (v < WEEK) {
      return (int) (DAY + (v - DAY) / 15);
    }
    return (int) Math.min(Integer.MAX_VALUE, WEEK_BUCKET + (v - WEEK) / 60);
  }

  static long lowerBound(int bucket) {
    if (bucket < DAY) {
      return bucket;
    }
    if (bucket < WEEK_BUCKET) {
      return DAY + (bucket - DAY) * 15;
    }
    return WEEK + (bucket - WEEK_BUCKET) * 60L;
  }

  public void add(long minutes) {
    counts.merge(bucket(minutes), 1L, Long::sum);
  }

  public void addAll(Histogram other) {
    other.counts.forEach((b, c) -> counts.merge(b, c, Long::sum));
  }

  public long count() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The p-th percentile (0..1), or null when empty. */
  public Double percentile(double p) {
    long n = count();
    if (n == 0) {
      return null;
    }
    double rank = p * (n - 1);
    long lowRank = (long) Math.floor(rank);
    long highRank = (long) Math.ceil(rank);
    Long low = null;
    Long high = null;
    long seen = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (low == null && lowRank < seen) {
        low = lowerBound(e.getKey());
      }
      if (highRank < seen) {
        high = lowerBound(e.getKey());
        break;
      }
    }
    return low + (high - low) * (rank - lowRank);
  }

  /** {@code bucket:count} pairs joined by spaces; empty for an empty histogram. */
  String encode() {
    StringBuilder out = new StringBuilder();
    counts.forEach((b, c) -> out.append(out.isEmpty() ? "" : " ").append(b).append(':').append(c));
    return out.toString();
  }

  static Histogram decode(String text) {
    Histogram h = new Histogram();
    if (text == null || text.isEmpty()) {
      return h;
    }
    for (String pair : text.split(" ")) {
      int colon = pair.indexOf(':');
      h.counts.merge(Integer.parseInt(pair, 0, colon, 10),
          Long.parseLong(pair, colon + 1, pair.length(), 10), Long::sum);
    }
    return h;
  }
}
