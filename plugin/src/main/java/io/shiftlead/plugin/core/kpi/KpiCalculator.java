package io.shiftlead.plugin.core.kpi;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The KPI formulas over facts held in memory: builds the same daily rollup the store keeps and
 * reports from it, so small datasets (tests, replays) and the store give the same numbers.
 */
public final class KpiCalculator {
  private final Instant now;

  public KpiCalculator(Instant now) {
    this.now = now;
  }

  public KpiReport report(String connector, Collection<TicketFact> tickets,
      Collection<SurveyFact> surveys, KpiPeriod period, GroupBy groupBy) {
    return KpiReports.report(connector, period, groupBy, rollup(tickets, surveys).entrySet(), now);
  }

  public KpiValues total(Collection<TicketFact> tickets, Collection<SurveyFact> surveys,
      KpiPeriod period) {
    return slices(tickets, surveys, period, GroupBy.NONE).get("all");
  }

  public Map<String, KpiValues> slices(Collection<TicketFact> tickets,
      Collection<SurveyFact> surveys, KpiPeriod period, GroupBy groupBy) {
    return KpiReports.slices(period, groupBy, rollup(tickets, surveys).entrySet(), now);
  }

  private static Map<KpiRollup.Key, KpiDay> rollup(Collection<TicketFact> tickets,
      Collection<SurveyFact> surveys) {
    Map<String, TicketFact> byId = new HashMap<>();
    tickets.forEach(t -> byId.put(t.ticketId(), t));
    return KpiRollup.of(tickets, surveys, byId, day -> true);
  }
}
