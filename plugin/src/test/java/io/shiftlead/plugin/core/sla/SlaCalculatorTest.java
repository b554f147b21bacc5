package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed SLA states under the "standard" policy (Berlin, Mon-Fri 09:00-17:00, which is
 * 07:00-15:00Z in June). Instants in UTC; local time in the comments.
 */
class SlaCalculatorTest {
  private final SlaCalculator calc = Policies.calculator();

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  private static SlaMetricState metric(TicketSla sla, SlaMetric m) {
    return sla.metric(m).orElseThrow(() -> new AssertionError("no " + m + " in " + sla));
  }

  @Test
  void aTicketArrivingOnSaturdayStartsItsBusinessClockOnMondayMorning() {
    Ticket t = Tickets.created("t1", "2026-06-13T08:00:00Z").build(); // Sat 10:00
    TicketSla sla = calc.compute(t, at("2026-06-15T08:00:00Z")); // Mon 10:00
    SlaMetricState first = metric(sla, SlaMetric.FIRST_REPLY);
    assertThat(first.state()).isEqualTo(SlaState.OK);
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(first.remaining()).isEqualTo(Duration.ofHours(3));
    assertThat(first.dueAt()).isEqualTo(at("2026-06-15T11:00:00Z")); // Mon 13:00
    assertThat(first.atRiskAt()).isEqualTo(at("2026-06-15T10:00:00Z")); // 1h (25 %) left
    assertThat(sla.nextChangeAt()).isEqualTo(at("2026-06-15T10:00:00Z"));
    assertThat(first.reason()).contains("first_reply", "4h 0m business", "3h 0m left");
  }

  @Test
  void aRunningMetricTurnsAtRiskThenBreachedExactlyAtItsInstants() {
    Ticket t = Tickets.created("t1", "2026-06-13T08:00:00Z").build();
    assertThat(metric(calc.compute(t, at("2026-06-15T10:00:00Z")), SlaMetric.FIRST_REPLY).state())
        .isEqualTo(SlaState.AT_RISK);
    SlaMetricState breached =
        metric(calc.compute(t, at("2026-06-15T11:00:00Z")), SlaMetric.FIRST_REPLY);
    assertThat(breached.state()).isEqualTo(SlaState.BREACHED);
    assertThat(breached.breachedAt()).isEqualTo(at("2026-06-15T11:00:00Z"));
    assertThat(breached.remaining()).isEqualTo(Duration.ZERO);
  }

  private static Tickets pendingThenCustomerReply() {
    return Tickets.created("t2", "2026-06-15T07:00:00Z") // Mon 09:00
        .agentReply("2026-06-15T08:00:00Z").status("2026-06-15T08:00:00Z", TicketStatus.OPEN)
        .status("2026-06-15T09:00:00Z", TicketStatus.PENDING) // 11:00
        .customerReply("2026-06-15T12:00:00Z").status("2026-06-15T12:00:00Z", TicketStatus.OPEN);
  }

  @Test
  void pendingPausesTheResolutionClockAndACustomerReplyResumesIt() {
    Ticket t = pendingThenCustomerReply().build();
    SlaMetricState whilePending =
        metric(calc.compute(t, at("2026-06-15T10:00:00Z")), SlaMetric.RESOLUTION); // 12:00
    assertThat(whilePending.state()).isEqualTo(SlaState.PAUSED);
    assertThat(whilePending.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(whilePending.remaining()).isEqualTo(Duration.ofHours(14));
    assertThat(whilePending.dueAt()).isNull();
    assertThat(whilePending.reason()).contains("paused while pending");

    TicketSla after = calc.compute(t, at("2026-06-15T14:00:00Z")); // Mon 16:00
    SlaMetricState resolution = metric(after, SlaMetric.RESOLUTION);
    assertThat(resolution.state()).isEqualTo(SlaState.OK);
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(4)); // 09-11 and 14-16
    assertThat(resolution.paused()).isEqualTo(Duration.ofHours(3));
    // 12h left: 1h Monday, 8h Tuesday, 3h Wednesday -> Wed 12:00 local.
    assertThat(resolution.dueAt()).isEqualTo(at("2026-06-17T10:00:00Z"));
    assertThat(metric(after, SlaMetric.FIRST_REPLY).state()).isEqualTo(SlaState.ACHIEVED);
    assertThat(metric(after, SlaMetric.FIRST_REPLY).elapsed()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void nextReplyCountsFromTheCustomerFollowUpAndPeriodicUpdateSkipsPendingTime() {
    TicketSla sla = calc.compute(pendingThenCustomerReply().build(), at("2026-06-15T14:00:00Z"));
    SlaMetricState next = metric(sla, SlaMetric.NEXT_REPLY);
    assertThat(next.startedAt()).isEqualTo(at("2026-06-15T12:00:00Z"));
    assertThat(next.state()).isEqualTo(SlaState.BREACHED); // 2h business used up at 16:00
    assertThat(next.breachedAt()).isEqualTo(at("2026-06-15T14:00:00Z"));
    SlaMetricState periodic = metric(sla, SlaMetric.PERIODIC_UPDATE);
    // 8h calendar from the 08:00Z reply, minus 3h pending: 3h elapsed, due 5h from now.
    assertThat(periodic.elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(periodic.dueAt()).isEqualTo(at("2026-06-15T19:00:00Z"));
    assertThat(periodic.businessHours()).isFalse();
  }

  @Test
  void reopeningResumesTheResolutionClockWhereSolvingStoppedIt() {
    Tickets solved = Tickets.created("t3", "2026-06-15T07:00:00Z")
        .agentReply("2026-06-15T08:00:00Z").status("2026-06-15T08:00:00Z", TicketStatus.OPEN)
        .status("2026-06-15T11:00:00Z", TicketStatus.SOLVED); // Mon 13:00
    SlaMetricState done =
        metric(calc.compute(solved.build(), at("2026-06-15T13:00:00Z")), SlaMetric.RESOLUTION);
    assertThat(done.state()).isEqualTo(SlaState.ACHIEVED);
    assertThat(done.elapsed()).isEqualTo(Duration.ofHours(4));
    assertThat(done.completedAt()).isEqualTo(at("2026-06-15T11:00:00Z"));

    Ticket reopened = solved.customerReply("2026-06-16T08:00:00Z")
        .status("2026-06-16T08:00:00Z", TicketStatus.OPEN).build(); // Tue 10:00
    SlaMetricState resumed =
        metric(calc.compute(reopened, at("2026-06-16T10:00:00Z")), SlaMetric.RESOLUTION);
    assertThat(resumed.state()).isEqualTo(SlaState.OK);
    assertThat(resumed.elapsed()).isEqualTo(Duration.ofHours(6));
    assertThat(resumed.dueAt()).isEqualTo(at("2026-06-17T12:00:00Z")); // 10h: Tue 5h, Wed 5h
  }

  @Test
  void raisingThePriorityMidTicketRemeasuresTheClocksFromCreationAgainstTheNewTargets() {
    Tickets t = Tickets.created("t4", "2026-06-15T07:00:00Z"); // Mon 09:00
    Instant now = at("2026-06-15T08:30:00Z"); // 10:30
    SlaMetricState normal = metric(calc.compute(t.build(), now), SlaMetric.FIRST_REPLY);
    assertThat(normal.state()).isEqualTo(SlaState.OK);
    assertThat(normal.remaining()).isEqualTo(Duration.ofMinutes(150));

    TicketSla urgent = calc.compute(t.priority(Priority.URGENT).build(), now);
    SlaMetricState first = metric(urgent, SlaMetric.FIRST_REPLY);
    assertThat(first.state()).isEqualTo(SlaState.BREACHED);
    assertThat(first.breachedAt()).isEqualTo(at("2026-06-15T08:00:00Z"));
    assertThat(first.remaining()).isEqualTo(Duration.ofMinutes(-30));
    assertThat(urgent.metric(SlaMetric.NEXT_REPLY)).isEmpty(); // the urgent targets have none
  }

  @Test
  void movingATicketToAnotherGroupChoosesThatGroupsPolicy() {
    Ticket t = Tickets.created("t5", "2026-06-15T07:00:00Z").group("vip").build();
    TicketSla sla = calc.compute(t, at("2026-06-15T08:00:00Z"));
    assertThat(sla.policy()).isEqualTo("vip");
    assertThat(metric(sla, SlaMetric.FIRST_REPLY).breachedAt())
        .isEqualTo(at("2026-06-15T07:30:00Z"));
  }

  @Test
  void escalationLevelsFallDueAtBreachPlusTheirOffsetWithStableKeys() {
    Ticket t = Tickets.created("t6", "2026-06-15T07:00:00Z").priority(Priority.URGENT).build();
    TicketSla early = calc.compute(t, at("2026-06-15T08:30:00Z"));
    assertThat(early.escalationsDue()).extracting(EscalationDue::level).containsExactly(1);
    assertThat(early.escalationsDue().get(0).actions().get(0).type()).isEqualTo("notify");
    // level 2 at breach (08:00Z) + 2h; resolution's at-risk instant is also 10:00Z.
    assertThat(early.nextChangeAt()).isEqualTo(at("2026-06-15T10:00:00Z"));

    TicketSla later = calc.compute(t, at("2026-06-15T10:30:00Z"));
    assertThat(later.escalationsDue()).extracting(EscalationDue::level).containsExactly(1, 2);
    assertThat(later.escalationsDue().get(0).key()).isEqualTo(early.escalationsDue().get(0).key())
        .isEqualTo("sla:t6:first_reply:L1:1781506800");
  }

  @Test
  void requesterWaitCountsOnHoldWhileAgentWorkDoesNot() {
    Ticket t = Tickets.created("t7", "2026-06-15T07:00:00Z")
        .status("2026-06-15T08:00:00Z", TicketStatus.ON_HOLD)
        .status("2026-06-15T10:00:00Z", TicketStatus.PENDING)
        .status("2026-06-15T11:00:00Z", TicketStatus.OPEN).build();
    TimeMetrics times = calc.compute(t, at("2026-06-15T12:00:00Z")).times();
    assertThat(times.requesterWaitCalendar()).isEqualTo(Duration.ofHours(4));
    assertThat(times.agentWorkCalendar()).isEqualTo(Duration.ofHours(2));
    assertThat(times.requesterWaitBusiness()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void aSolvedTicketHasNothingLeftToWakeUpFor() {
    Ticket t = Tickets.created("t8", "2026-06-15T07:00:00Z").agentReply("2026-06-15T07:10:00Z")
        .status("2026-06-15T07:20:00Z", TicketStatus.SOLVED).build();
    TicketSla sla = calc.compute(t, at("2026-06-20T00:00:00Z"));
    assertThat(sla.nextChangeAt()).isNull();
    assertThat(sla.metrics()).allMatch(m -> m.state() == SlaState.ACHIEVED);
  }

  @Test
  void replayingAtAnEarlierInstantIgnoresLaterEvents() {
    Ticket t = pendingThenCustomerReply().build();
    SlaMetricState first =
        metric(calc.compute(t, at("2026-06-15T07:30:00Z")), SlaMetric.FIRST_REPLY);
    assertThat(first.isOpen()).isTrue();
    assertThat(first.elapsed()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aTicketNoPolicyMatchesHasNoMetrics() {
    SlaCalculator none = new SlaCalculator(SlaPolicies.none());
    TicketSla sla = none.compute(Tickets.created("t9", "2026-06-15T07:00:00Z").build(),
        at("2026-06-15T08:00:00Z"));
    assertThat(sla.policy()).isNull();
    assertThat(sla.metrics()).isEmpty();
    assertThat(sla.times().agentWorkCalendar()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void nextReplyStartsAtTheOldestUnansweredCustomerMessage() {
    Ticket t = Tickets.created("t10", "2026-06-15T07:00:00Z")
        .agentReply("2026-06-15T07:30:00Z").status("2026-06-15T07:30:00Z", TicketStatus.OPEN)
        .customerReply("2026-06-15T08:00:00Z").customerReply("2026-06-15T08:45:00Z").build();
    SlaMetricState next =
        metric(calc.compute(t, at("2026-06-15T09:00:00Z")), SlaMetric.NEXT_REPLY);
    assertThat(next.startedAt()).isEqualTo(at("2026-06-15T08:00:00Z"));
    assertThat(next.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(next.dueAt()).isEqualTo(at("2026-06-15T10:00:00Z"));
  }

  @Test
  void finishedMetricsBecomeKpiInputsWithTheirMeasuredTime() {
    TicketSla sla = calc.compute(pendingThenCustomerReply().build(), at("2026-06-15T14:00:00Z"));
    assertThat(SlaKpiInput.of(sla)).singleElement().satisfies(k -> {
      assertThat(k.metric()).isEqualTo(SlaMetric.FIRST_REPLY);
      assertThat(k.achieved()).isTrue();
      assertThat(k.measured()).isEqualTo(Duration.ofHours(1));
    });
  }
}
