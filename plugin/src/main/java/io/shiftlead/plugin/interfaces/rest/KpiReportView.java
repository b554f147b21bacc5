package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.core.kpi.KpiGoals;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.KpiValues;
import io.shiftlead.plugin.core.kpi.SurveyFact;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON and CSV forms of a KPI report; both are built from the same values. */
final class KpiReportView {
  private KpiReportView() {}

  static Map<String, Object> json(KpiReport report, KpiGoals goals, List<SurveyFact> negatives) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("connector", report.connector());
    out.put("from", LocalDate.ofInstant(report.period().from(), ZoneOffset.UTC).toString());
    out.put("to", LocalDate.ofInstant(report.period().to(), ZoneOffset.UTC).toString());
    out.put("groupBy", report.groupBy().wireName());
    out.put("goals", goals.goals());
    out.put("total", report.total().asMap());
    out.put("previousTotal", report.previousTotal().asMap());
    List<Map<String, Object>> flags = new ArrayList<>();
    for (KpiGoals.Flag f : goals.flags(report.total(), report.previousTotal())) {
      Map<String, Object> flag = new LinkedHashMap<>();
      flag.put("kpi", f.kpi());
      flag.put("kind", f.kind());
      flag.put("value", KpiValues.round(f.value()));
      flag.put("reference", KpiValues.round(f.reference()));
      flag.put("message", f.message());
      flags.add(flag);
    }
    out.put("flags", flags);
    List<Map<String, Object>> slices = new ArrayList<>();
    report.slices().forEach((key, values) -> {
      Map<String, Object> slice = new LinkedHashMap<>();
      slice.put("key", key);
      slice.put("values", values.asMap());
      KpiValues previous = report.previousSlices().get(key);
      slice.put("previous", previous == null ? null : previous.asMap());
      slices.add(slice);
    });
    out.put("slices", slices);
    // the answers behind a CSAT/NPS/CES drop: the negative ones of the period
    List<Map<String, Object>> drivers = new ArrayList<>();
    for (SurveyFact s : negatives) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("ticketId", s.ticketId());
      d.put("responseId", s.responseId());
      d.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      d.put("agent", s.agentId());
      d.put("answeredAt", s.answeredAt() == null ? null : s.answeredAt().toString());
      d.put("comment", s.comment());
      d.put("followUpMinutes", s.followUpMinutes());
      drivers.add(d);
    }
    out.put("negativeSurveys", drivers);
    return out;
  }

  /** One line per slice and period: {@code period,slice,<KPI names...>}. */
  static String csv(KpiReport report) {
    return io.shiftlead.plugin.core.kpi.KpiCsv.of(report);
  }
}
