package io.shiftlead.plugin.core.kpi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The KPIs of one slice of one period; formulas in docs/kpis.md. A null value means "no data"
 * (for example no survey answered), never zero. Minutes are calendar minutes.
 */
public record KpiValues(
    long created,
    long solved,
    Double createdPerDay,
    Double solvedPerDay,
    long firstReplies,
    Double firstReplyMedianMinutes,
    Double firstReplyP90Minutes,
    Double resolutionMedianMinutes,
    Double resolutionP90Minutes,
    Double resolutionAverageMinutes,
    Double handleAverageMinutes,
    Double oneTouchRate,
    Double reopenRate,
    Double slaFirstReplyCompliance,
    Double slaResolutionCompliance,
    long backlog,
    Double backlogAverageAgeHours,
    long csatResponses,
    Double csat,
    long npsResponses,
    Double nps,
    long cesResponses,
    Double ces,
    Double qaAverage,
    long negativeSurveys,
    long negativeFollowedUp,
    Double followUpMedianMinutes) {

  /** The KPI names in wire order: JSON keys, CSV columns and goal keys use these. */
  public static final String[] NAMES = {
    "created", "solved", "created_per_day", "solved_per_day", "first_replies",
    "first_reply_median_minutes", "first_reply_p90_minutes", "resolution_median_minutes",
    "resolution_p90_minutes", "resolution_average_minutes", "handle_average_minutes",
    "one_touch_rate", "reopen_rate", "sla_first_reply_compliance", "sla_resolution_compliance",
    "backlog", "backlog_average_age_hours",
    "csat_responses", "csat",
    "nps_responses", "nps", "ces_responses", "ces", "qa_average", "negative_surveys",
    "negative_followed_up", "follow_up_median_minutes"
  };

  /** Name to value, in {@link #NAMES} order; values rounded to 4 decimals. */
  public Map<String, Object> asMap() {
    Object[] values = {created, solved, createdPerDay, solvedPerDay, firstReplies,
        firstReplyMedianMinutes, firstReplyP90Minutes, resolutionMedianMinutes,
        resolutionP90Minutes, resolutionAverageMinutes, handleAverageMinutes, oneTouchRate,
        reopenRate, slaFirstReplyCompliance, slaResolutionCompliance, backlog,
        backlogAverageAgeHours, csatResponses, csat, npsResponses, nps,
        cesResponses, ces, qaAverage, negativeSurveys, negativeFollowedUp, followUpMedianMinutes};
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.length; i++) {
      Object v = values[i];
      map.put(NAMES[i], v instanceof Double d ? round(d) : v);
    }
    return map;
  }

  public static Double round(Double d) {
    return d == null ? null : Math.round(d * 10_000d) / 10_000d;
  }
}
