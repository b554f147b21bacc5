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

/**
 * One week of hand-checked tickets (minutes after Monday 2026-11-02 00:00 UTC), the numbers
 * worked out in the comments; the same dataset checks the store's SQL (KpiStoreContract).
 */
class KpiCalculatorTest {
  static final KpiPeriod WEEK = new KpiPeriod(at(0), at(7 * 1440));
  static final java.time.Instant NOW = at(7 * 1440 + 1000);

  static List<Ticket> tickets() {
    return List.of(
        // A: reply after 10, solved at 60 with one reply: one-touch; new 0-60 = 60 handle
        ticket("A", 0).customer(0).agent(10).status(60, TicketStatus.OPEN, TicketStatus.SOLVED)
            .tags("vip").build(),
        // B: reply after 30, solved 200, reopened 250, solved 400: resolution 300, handle 250
        ticket("B", 100).customer(100).agent(130)
            .status(200, TicketStatus.OPEN, TicketStatus.SOLVED)
            .status(250, TicketStatus.SOLVED, TicketStatus.OPEN)
            .status(400, TicketStatus.OPEN, TicketStatus.SOLVED).build(),
        // C: replies after 100 and 200, solved at 1300: two replies, not one-touch; handle 100
        ticket("C", 1000).assignee("bo").customer(1000).agent(1100).agent(1200)
            .status(1100, TicketStatus.OPEN, TicketStatus.PENDING)
            .status(1300, TicketStatus.PENDING, TicketStatus.SOLVED).tags("vip", "refund").build(),
        // D: unanswered, in the backlog
        ticket("D", 2000).assignee("bo").customer(2000).build(),
        // E: deleted: counts nowhere
        ticket("E", 50).customer(50).agent(55).deleted().build(),
        // F: created the week before, answered then, still open: backlog of both weeks
        ticket("F", -1440).customer(-1440).agent(-1000).build(),
        // G: created and solved the week before
        ticket("G", -5000).customer(-5000).agent(-4900)
            .status(-4000, TicketStatus.OPEN, TicketStatus.SOLVED).build());
  }

  static List<SurveyResponse> surveys() {
    return List.of(
        new SurveyResponse("s1", "A", null, SurveyKind.CSAT, 5, "1-5", null, at(100)),
        new SurveyResponse("s2", "B", null, SurveyKind.CSAT, 3, "1-5", null, at(450)),
        new SurveyResponse("s3", "C", "bo", SurveyKind.CSAT, 0, "good-bad", "slow", at(1400)),
        new SurveyResponse("s4", "A", null, SurveyKind.NPS, 10, "0-10", null, at(100)),
        new SurveyResponse("s5", "C", null, SurveyKind.NPS, 7, "0-10", null, at(1400)),
        // a detractor on B at 300, followed up by the solve at 400: 100 minutes
        new SurveyResponse("s6", "B", null, SurveyKind.NPS, 3, "0-10", null, at(300)),
        new SurveyResponse("s7", "A", null, SurveyKind.CES, 6, "1-7", null, at(100)),
        new SurveyResponse("s8", "B", null, SurveyKind.CES, 4, "1-7", null, at(450)),
        // answered on the deleted ticket: counts nowhere
        new SurveyResponse("s9", "E", null, SurveyKind.CSAT, 0, "good-bad", null, at(100)));
  }

  static List<TicketFact> ticketFacts() {
    return tickets().stream().map(t -> TicketFacts.of("zendesk", t, SlaOutcomes.Outcome.NONE,
        null)).toList();
  }

  static List<SurveyFact> surveyFacts() {
    Map<String, Ticket> byId = new java.util.HashMap<>();
    tickets().forEach(t -> byId.put(t.id(), t));
    List<SurveyFact> out = new ArrayList<>();
    surveys().forEach(s -> out.add(SurveyFacts.of("zendesk", s, byId.get(s.ticketId()))));
    return out;
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
    assertThat(v.backlogOldestAgeHours()).isCloseTo(192.0, within(1e-9));
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
