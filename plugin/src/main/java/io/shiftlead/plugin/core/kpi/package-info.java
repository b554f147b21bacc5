/**
 * KPIs of the support team, as plain Java: per-ticket facts derived from the normalized ticket
 * ({@link io.shiftlead.plugin.core.kpi.TicketFact}), survey answers normalized across scales
 * ({@link io.shiftlead.plugin.core.kpi.SurveyFact}), and the formulas over both
 * ({@link io.shiftlead.plugin.core.kpi.KpiCalculator}). The store aggregates the same facts in SQL;
 * both follow {@code docs/kpis.md}.
 */
package io.shiftlead.plugin.core.kpi;
