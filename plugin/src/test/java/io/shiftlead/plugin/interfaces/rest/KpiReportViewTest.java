package io.shiftlead.plugin.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiCalculator;
import io.shiftlead.plugin.core.kpi.KpiCalculatorTestData;
import io.shiftlead.plugin.core.kpi.KpiGoals;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.KpiValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiReportViewTest {
  private final KpiReport report = new KpiCalculator(KpiCalculatorTestData.NOW).report("zendesk",
      KpiCalculatorTestData.ticketFacts(), KpiCalculatorTestData.surveyFacts(),
      KpiCalculatorTestData.WEEK, GroupBy.AGENT);

  @Test
  @SuppressWarnings("unchecked")
  void csvAndJsonCarryTheSameNumbers() {
    Map<String, Object> json = KpiReportView.json(report, KpiGoals.NONE, List.of());
    List<CsvText.Row> csv = CsvText.read(KpiReportView.csv(report));

    List<String> header = csv.get(0).fields();
    assertThat(header.subList(2, header.size())).containsExactly(KpiValues.NAMES);
    List<List<String>> expected = new ArrayList<>();
    expected.add(row("current", "total", (Map<String, Object>) json.get("total")));
    for (Map<String, Object> slice : (List<Map<String, Object>>) json.get("slices")) {
      expected.add(row("current", (String) slice.get("key"),
          (Map<String, Object>) slice.get("values")));
    }
    assertThat(csv.subList(1, 1 + expected.size())).extracting(CsvText.Row::fields)
        .isEqualTo(expected);
    assertThat(csv.get(1 + expected.size()).fields().subList(0, 2))
        .containsExactly("previous", "total");
    assertThat(json.get("from")).isEqualTo("2026-11-02");
    assertThat(json.get("to")).isEqualTo("2026-11-09");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMissedGoalAndABigMoveAreFlagged() {
    KpiGoals goals = new KpiGoals(Map.of("csat", 0.85, "first_reply_p90_minutes", 240.0), 0.2);

    Map<String, Object> json = KpiReportView.json(report, goals, List.of());

    List<Map<String, Object>> flags = (List<Map<String, Object>>) json.get("flags");
    assertThat(flags).extracting(f -> f.get("kpi") + ":" + f.get("kind"))
        .contains("csat:goal")
        .doesNotContain("first_reply_p90_minutes:goal");
    // resolution median went from 1000 (the week before) to 300: better by 70 %
    assertThat(flags).extracting(f -> f.get("kpi") + ":" + f.get("kind"))
        .contains("resolution_median_minutes:better");
  }

  private static List<String> row(String period, String slice, Map<String, Object> values) {
    List<String> out = new ArrayList<>(List.of(period, slice));
    values.values().forEach(v -> out.add(CsvText.field(v)));
    return out;
  }
}
