package io.shiftlead.plugin.core.kpi;

import java.util.List;

/** Exact percentiles as SQL's PERCENTILE_CONT: linear interpolation between closest ranks. */
public final class Percentiles {
  private Percentiles() {}

  /** @param sorted ascending values; empty gives null */
  public static Double cont(List<? extends Number> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    double rank = p * (sorted.size() - 1);
    int lower = (int) Math.floor(rank);
    int upper = (int) Math.ceil(rank);
    double lo = sorted.get(lower).doubleValue();
    double hi = sorted.get(upper).doubleValue();
    return lo + (hi - lo) * (rank - lower);
  }
}
