package io.shiftlead.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.evaluation.OutboundNotification;
import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiCalculator;
import io.shiftlead.plugin.core.kpi.KpiCalculatorTestData;
import io.shiftlead.plugin.core.kpi.KpiGoals;
import io.shiftlead.plugin.core.kpi.KpiPeriod;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.core.kpi.SurveyFact;
import io.shiftlead.plugin.core.kpi.TicketFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyKpiSummaryTest {
  /** The hand-checked week, served by the in-memory formulas. */
  private final KpiStore store = new KpiStore() {
    @Override
    public void upsertTicketFacts(List<TicketFact> facts) {}

    @Override
    public void upsertSurveyFacts(List<SurveyFact> facts) {}

    @Override
    public java.util.Map<String, List<Unfollowed>> unfollowedNegatives(String connector,
        List<String> ticketIds) {
      return java.util.Map.of();
    }

    @Override
    public void markFollowedUp(String connector, String responseId, Instant at, long minutes) {}

    @Override
    public KpiReport report(String connector, KpiPeriod period, GroupBy groupBy, Instant now) {
      return new KpiCalculator(now).report(connector, KpiCalculatorTestData.ticketFacts(),
          KpiCalculatorTestData.surveyFacts(), period, groupBy);
    }

    @Override
    public List<SurveyFact> negativeSurveys(String connector, KpiPeriod period, int limit) {
      return List.of();
    }
  };
  private final List<OutboundNotification> queued = new ArrayList<>();
  private final NotificationOutbox outbox = new NotificationOutbox() {
    @Override
    public boolean enqueue(String connector, OutboundNotification notification) {
      if (queued.stream().anyMatch(n -> n.key().equals(notification.key()))) {
        return false;
      }
      return queued.add(notification);
    }

    @Override
    public List<Pending> pending(String connector, int limit) {
      return List.of();
    }

    @Override
    public void markSent(long id) {}

    @Override
    public void markAttemptFailed(long id, String error, int maxAttempts) {}
  };

  @Test
  void lastCompleteWeekIsQueuedOnceWithTextAndCsv() {
    WeeklyKpiSummary weekly = new WeeklyKpiSummary(store, outbox);
    KpiGoals goals = new KpiGoals(Map.of("csat", 0.85), 0.2, "https://chat.example/hook");
    Instant wednesdayAfter = Instant.parse("2026-11-11T09:00:00Z");

    assertThat(weekly.queueLastWeek("zendesk", goals, wednesdayAfter)).isTrue();
    assertThat(weekly.queueLastWeek("zendesk", goals, wednesdayAfter.plusSeconds(3600)))
        .isFalse();

    OutboundNotification n = queued.get(0);
    assertThat(n.key()).isEqualTo("kpi-weekly:2026-11-02");
    assertThat(n.url()).isEqualTo("https://chat.example/hook");
    assertThat((String) n.payload().get("text"))
        .startsWith("Shiftlead KPIs for zendesk, week of 2026-11-02: 4 created, 3 solved,"
            + " first reply median 30 min (p90 86)")
        .contains("CSAT 33.3 %")
        .contains("csat is 0.333, goal at least 0.850");
    assertThat((String) n.payload().get("csv")).startsWith("period,slice,created,")
        .contains("current,ana,");
  }

  @Test
  void withoutAUrlNothingIsQueued() {
    assertThat(new WeeklyKpiSummary(store, outbox).queueLastWeek("zendesk", KpiGoals.NONE,
        Instant.parse("2026-11-11T09:00:00Z"))).isFalse();
    assertThat(queued).isEmpty();
  }
}
