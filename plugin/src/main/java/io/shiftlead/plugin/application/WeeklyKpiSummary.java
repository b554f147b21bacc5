package io.shiftlead.plugin.application;

import io.shiftlead.plugin.core.evaluation.OutboundNotification;
import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiCsv;
import io.shiftlead.plugin.core.kpi.KpiGoals;
import io.shiftlead.plugin.core.kpi.KpiPeriod;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.KpiValues;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly KPI summary for chat tools: the last complete ISO week's KPIs as text plus the CSV
 * per agent, queued in the notification outbox under the key {@code kpi-weekly:<Monday>} so each
 * week is posted once, whatever how often this runs.
 */
public final class WeeklyKpiSummary {
  private final KpiStore kpis;
  private final NotificationOutbox outbox;

  public WeeklyKpiSummary(KpiStore kpis, NotificationOutbox outbox) {
    this.kpis = kpis;
    this.outbox = outbox;
  }

  /** Queues last week's summary unless queued before; true when queued now. */
  public boolean queueLastWeek(String connector, KpiGoals goals, Instant now) {
    if (goals.weeklySummaryUrl() == null) {
      return false;
    }
    return outbox.enqueue(connector, summary(connector, goals, now));
  }

  OutboundNotification summary(String connector, KpiGoals goals, Instant now) {
    LocalDate monday = LocalDate.ofInstant(now, ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    KpiPeriod week = new KpiPeriod(monday.atStartOfDay().toInstant(ZoneOffset.UTC),
        monday.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    KpiReport report = kpis.report(connector, week, GroupBy.AGENT, now);
    KpiValues t = report.total();
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "Shiftlead KPIs for %s, week of %s: %d created, %d solved, first reply median %s min"
            + " (p90 %s), one-touch %s, reopen %s, backlog %d, CSAT %s, NPS %s.", connector,
        monday, t.created(), t.solved(), num(t.firstReplyMedianMinutes()),
        num(t.firstReplyP90Minutes()), pct(t.oneTouchRate()), pct(t.reopenRate()), t.backlog(),
        pct(t.csat()), num(t.nps())));
    goals.flags(t, report.previousTotal()).forEach(f -> text.append("\n- ").append(f.message()));
    return new OutboundNotification("kpi-weekly:" + monday, goals.weeklySummaryUrl(), Map.of(
        "text", text.toString(), "csv", KpiCsv.of(report), "connector", connector,
        "week", monday.toString()));
  }

  private static String num(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", v * 100);
  }
}
