package io.shiftlead.plugin.application;

import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiPeriod;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.SurveyFact;
import io.shiftlead.plugin.core.kpi.TicketFact;
import java.time.Instant;
import java.util.List;

/**
 * The KPI facts of the store: written as tickets and surveys are stored, aggregated per period
 * and slice for reports (docs/kpis.md).
 */
public interface KpiStore {

  /** Replaces the facts (and tags) of these tickets; all or nothing. */
  void upsertTicketFacts(List<TicketFact> facts);

  /** Replaces the facts of these survey answers; all or nothing. */
  void upsertSurveyFacts(List<SurveyFact> facts);

  /**
   * The negative answers on these tickets that nobody has followed up yet (response id and
   * instant), by ticket id; tickets without any are absent.
   */
  java.util.Map<String, List<Unfollowed>> unfollowedNegatives(String connector,
      List<String> ticketIds);

  void markFollowedUp(String connector, String responseId, Instant at, long minutes);

  /** The report of a period and the period before it, sliced by {@code groupBy}. */
  KpiReport report(String connector, KpiPeriod period, GroupBy groupBy, Instant now);

  /** The negative answers of a period, newest first: the tickets behind a CSAT or NPS drop. */
  List<SurveyFact> negativeSurveys(String connector, KpiPeriod period, int limit);

  record Unfollowed(String responseId, Instant answeredAt) {}
}
