package io.shiftlead.plugin.core.kpi;

/**
 * Counts of minute values in buckets, mergeable across days and slices, for percentiles: exact
 * minutes below one day, 15-minute buckets up to a week, hourly buckets beyond. A percentile is
 * interpolated between closest ranks (as SQL's PERCENTILE_CONT) over the bucket lower bounds,
 * so it is exact below a day and at most 15 minutes (a week) or an hour low beyond; times over two
 * years and a week count as that.
 */
public final class Histogram {
  private static final long DAY = 1440;
  private static final long WEEK = 10_080;
  private static final int WEEK_BUCKET = (int) (DAY + (WEEK - DAY) / 15);
  /** Hourly buckets for two years beyond a week; longer times fall in the last one. */
  static final int LAST_BUCKET = WEEK_BUCKET + 2 * 365 * 24;

  /** Dense counts by bucket, grown on demand. */
  private long[] counts = new long[0];
  private long total;

  static int bucket(long minutes) {
    long v = Math.max(0, minutes);
    if (v < DAY) {
      return (int) v;
    }
    if (v < WEEK) {
      return (int) (DAY + (v - DAY) / 15);
    }
    return (int) Math.min(LAST_BUCKET, WEEK_BUCKET + (v - WEEK) / 60);
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

  private void add(int bucket, long count) {
    if (bucket >= counts.length) {
      counts = java.util.Arrays.copyOf(counts, Math.min(LAST_BUCKET + 1,
          Math.max(bucket + 1, counts.length * 2)));
    }
    counts[bucket] += count;
    total += count;
  }

  public void add(long minutes) {
    add(bucket(minutes), 1);
  }

  public void addAll(Histogram other) {
    if (other.counts.length > counts.length) {
      counts = java.util.Arrays.copyOf(counts, other.counts.length);
    }
    for (int b = 0; b < other.counts.length; b++) {
      counts[b] += other.counts[b];
    }
    total += other.total;
  }

  public long count() {
    return total;
  }

  /** The p-th percentile (0..1), or null when empty. */
  public Double percentile(double p) {
    if (total == 0) {
      return null;
    }
    double rank = p * (total - 1);
    long lowRank = (long) Math.floor(rank);
    long highRank = (long) Math.ceil(rank);
    Long low = null;
    Long high = null;
    long seen = 0;
    for (int b = 0; b < counts.length; b++) {
      if (counts[b] == 0) {
        continue;
      }
      seen += counts[b];
      if (low == null && lowRank < seen) {
        low = lowerBound(b);
      }
      if (highRank < seen) {
        high = lowerBound(b);
        break;
      }
    }
    return low + (high - low) * (rank - lowRank);
  }

  /** {@code bucket:count} pairs joined by spaces; empty for an empty histogram. */
  String encode() {
    StringBuilder out = new StringBuilder();
    for (int b = 0; b < counts.length; b++) {
      if (counts[b] != 0) {
        out.append(out.isEmpty() ? "" : " ").append(b).append(':').append(counts[b]);
      }
    }
    return out.toString();
  }

  static Histogram decode(String text) {
    Histogram h = new Histogram();
    int i = 0;
    int n = text == null ? 0 : text.length();
    while (i < n) {
      int bucket = 0;
      while (text.charAt(i) != ':') {
        bucket = bucket * 10 + (text.charAt(i++) - '0');
      }
      i++;
      long count = 0;
      while (i < n && text.charAt(i) != ' ') {
        count = count * 10 + (text.charAt(i++) - '0');
      }
      i++;
      h.add(bucket, count);
    }
    return h;
  }
}
