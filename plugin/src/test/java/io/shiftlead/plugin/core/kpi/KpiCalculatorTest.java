package io.shiftlead.plugin.core.kpi;

import static io.shiftlead.plugin.core.kpi.KpiTickets.at;
import static io.shiftlead.plugin.core.kpi.KpiTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formulas on the hand-checked week of {@link KpiCalculatorTestData}. */
class KpiCalculatorTest {
  static final KpiPeriod WEEK = KpiCalculatorTestData.WEEK;
  static final java.time.Instant NOW = KpiCalculatorTestData.NOW;

  static List<TicketFact> ticketFacts() {
    return KpiCalculatorTestData.ticketFacts();
  }

  static List<SurveyFact> surveyFacts() {
    return KpiCalculatorTestData.surveyFacts();
  }

  private final KpiCalculator calculator = new KpiCalculator(NOW);

  @Test
  void weekTotalsMatchTheHandComputedValues() {
    KpiValues v = calculator.total(ticketFacts(), surveyFacts(), WEEK);

    assertThat(v.created()).isEqualTo(4);
    assertThat(v.createdPerDay()).isCloseTo(4 / 7d, within(1e-9));
    assertThat(v.firstReplies()).isEqualTo(3);
    // first replies 10, 30, 100: median 30, p90 = 30 + 0.8 * 70
    assertThat(v.firstReplyMedianMinutes()).isEqualTo(30.0);
    assertThat(v.firstReplyP90Minutes()).isCloseTo(86.0, within(1e-9));
    assertThat(v.solved()).isEqualTo(3);
    // resolutions 60, 300, 300
    assertThat(v.resolutionMedianMinutes()).isEqualTo(300.0);
    assertThat(v.resolutionP90Minutes()).isEqualTo(300.0);
    assertThat(v.resolutionAverageMinutes()).isCloseTo(220.0, within(1e-9));
    assertThat(v.handleAverageMinutes()).isCloseTo((60 + 250 + 100) / 3d, within(1e-9));
    assertThat(v.oneTouchRate()).isCloseTo(1 / 3d, within(1e-9));
    assertThat(v.reopenRate()).isCloseTo(1 / 3d, within(1e-9));
    // D and F open at the week's end (minute 10080): ages 134.67 h and 192 h
    assertThat(v.backlog()).isEqualTo(2);
    assertThat(v.backlogAverageAgeHours()).isCloseTo((8080 + 11520) / 2d / 60, within(1e-9));
    // CSAT 5 (yes), 3 (no), bad (no); the deleted ticket's answer is left out
    assertThat(v.csatResponses()).isEqualTo(3);
    assertThat(v.csat()).isCloseTo(1 / 3d, within(1e-9));
    // NPS 10, 7, 3: one promoter, one detractor
    assertThat(v.npsResponses()).isEqualTo(3);
    assertThat(v.nps()).isEqualTo(0.0);
    assertThat(v.ces()).isEqualTo(5.0);
    // negatives: the bad CSAT on C (no follow-up) and the NPS 3 on B (followed up after 100)
    assertThat(v.negativeSurveys()).isEqualTo(2);
    assertThat(v.negativeFollowedUp()).isEqualTo(1);
    assertThat(v.followUpMedianMinutes()).isEqualTo(100.0);
    // no SLA engine and no QA wired: no data, not zero
    assertThat(v.slaFirstReplyCompliance()).isNull();
    assertThat(v.qaAverage()).isNull();
  }

  @Test
  void previousPeriodIsTheWeekBeforeWithItsOwnBacklog() {
    KpiReport report = calculator.report("zendesk", ticketFacts(), surveyFacts(), WEEK,
        GroupBy.NONE);

    assertThat(report.previousTotal().created()).isEqualTo(2);
    assertThat(report.previousTotal().solved()).isEqualTo(1);
    assertThat(report.previousTotal().resolutionMedianMinutes()).isEqualTo(1000.0);
    assertThat(report.previousTotal().backlog()).isEqualTo(1);
    assertThat(report.previousTotal().csat()).isNull();
  }

  @Test
  void agentSlicesSplitTicketsAndSurveysByAssignee() {
    Map<String, KpiValues> byAgent = calculator.slices(ticketFacts(), surveyFacts(), WEEK,
        GroupBy.AGENT);

    assertThat(byAgent.keySet()).containsExactly("ana", "bo");
    assertThat(byAgent.get("ana").solved()).isEqualTo(2);
    assertThat(byAgent.get("ana").csat()).isCloseTo(0.5, within(1e-9));
    assertThat(byAgent.get("bo").created()).isEqualTo(2);
    assertThat(byAgent.get("bo").csat()).isEqualTo(0.0);
    assertThat(byAgent.get("bo").backlog()).isEqualTo(1);
  }

  @Test
  void aTicketWithTwoTagsCountsInBothTagSlicesAndUntaggedGoToNone() {
    Map<String, KpiValues> byTag = calculator.slices(ticketFacts(), surveyFacts(), WEEK,
        GroupBy.TAG);

    assertThat(byTag.get("vip").created()).isEqualTo(2);
    assertThat(byTag.get("refund").created()).isEqualTo(1);
    assertThat(byTag.get(GroupBy.NONE_KEY).created()).isEqualTo(2);
  }

  @Test
  void daySlicesUseEachKpisOwnInstant() {
    Map<String, KpiValues> byDay = calculator.slices(ticketFacts(), surveyFacts(), WEEK,
        GroupBy.DAY);

    assertThat(byDay.get("2026-11-02").created()).isEqualTo(3);
    assertThat(byDay.get("2026-11-02").solved()).isEqualTo(3);
    assertThat(byDay.get("2026-11-03").created()).isEqualTo(1);
    assertThat(byDay.get("2026-11-03").solved()).isZero();
    assertThat(GroupBy.WEEK.timeKey(at(2000))).isEqualTo("2026-11-02");
    assertThat(GroupBy.MONTH.timeKey(at(2000))).isEqualTo("2026-11");
  }

  @Test
  void emptyPeriodGivesZeroCountsAndNoRates() {
    KpiValues v = calculator.total(List.of(), List.of(), WEEK);

    assertThat(v.created()).isZero();
    assertThat(v.firstReplyMedianMinutes()).isNull();
    assertThat(v.oneTouchRate()).isNull();
    assertThat(v.csat()).isNull();
    assertThat(v.backlogAverageAgeHours()).isNull();
  }
}
