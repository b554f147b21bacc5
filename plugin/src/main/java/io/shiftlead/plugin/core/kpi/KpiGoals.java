package io.shiftlead.plugin.core.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Goals per KPI (from the configuration) and the flags a report raises: a KPI on the wrong side of
 * its goal, or one that moved more than {@code changeAlert} (relative) against the previous period.
 * {@code weeklySummaryUrl}, when set, receives the weekly summary (text and CSV).
 */
public record KpiGoals(Map<String, Double> goals, double changeAlert, String weeklySummaryUrl) {
  /** KPIs where lower is better; for every other KPI higher is better. */
  public static final Set<String> LOWER_IS_BETTER = Set.of("first_reply_median_minutes",
      "first_reply_p90_minutes", "resolution_median_minutes", "resolution_p90_minutes",
      "resolution_average_minutes", "handle_average_minutes", "reopen_rate", "backlog",
      "backlog_average_age_hours", "follow_up_median_minutes");
  /** KPIs whose week-over-week change is worth a flag (counts are not). */
  static final List<String> WATCHED = List.of("first_reply_median_minutes",
      "first_reply_p90_minutes", "resolution_median_minutes", "handle_average_minutes",
      "one_touch_rate", "reopen_rate", "sla_first_reply_compliance", "sla_resolution_compliance",
      "backlog", "csat", "nps", "ces", "qa_average");

  public static final KpiGoals NONE = new KpiGoals(Map.of(), 0.2);

  public KpiGoals {
    goals = Map.copyOf(goals);
  }

  public KpiGoals(Map<String, Double> goals, double changeAlert) {
    this(goals, changeAlert, null);
  }

  /** Checks a goal key; returns a problem message or null. */
  public static String problem(String key) {
    return Arrays.asList(KpiValues.NAMES).contains(key) ? null
        : "unknown KPI '" + key + "', known: " + String.join(", ", KpiValues.NAMES);
  }

  /** One flag: what crossed or moved, by how much. */
  public record Flag(String kpi, String kind, Double value, Double reference, String message) {}

  public List<Flag> flags(KpiValues current, KpiValues previous) {
    Map<String, Object> now = current.asMap();
    Map<String, Object> before = previous == null ? Map.of() : previous.asMap();
    List<Flag> out = new ArrayList<>();
    goals.forEach((kpi, goal) -> {
      Double v = number(now.get(kpi));
      if (v != null && missed(kpi, v, goal)) {
        out.add(new Flag(kpi, "goal", v, goal, kpi + " is " + fmt(v) + ", goal "
            + (LOWER_IS_BETTER.contains(kpi) ? "at most " : "at least ") + fmt(goal)));
      }
    });
    for (String kpi : WATCHED) {
      Double v = number(now.get(kpi));
      Double p = number(before.get(kpi));
      if (v == null || p == null || p == 0) {
        continue;
      }
      double change = (v - p) / Math.abs(p);
      boolean worse = LOWER_IS_BETTER.contains(kpi) ? change > 0 : change < 0;
      if (Math.abs(change) > changeAlert) {
        out.add(new Flag(kpi, worse ? "worse" : "better", v, p, kpi + " moved from " + fmt(p)
            + " to " + fmt(v) + " (" + (change > 0 ? "+" : "") + Math.round(change * 100)
            + " % against the previous period)"));
      }
    }
    return out;
  }

  static boolean missed(String kpi, double value, double goal) {
    return LOWER_IS_BETTER.contains(kpi) ? value > goal : value < goal;
  }

  private static Double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : null;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT,
        "%.3f", v);
  }
}
