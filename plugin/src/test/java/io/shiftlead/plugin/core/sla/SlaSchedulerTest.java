package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheduler with a manual clock and timer: time moves, nothing sleeps. */
class SlaSchedulerTest {
  private static final Instant T0 = Instant.parse("2026-06-15T07:00:00Z");

  private final ManualClock clock = new ManualClock(T0);
  private final ManualWakeUpTimer timer = new ManualWakeUpTimer(clock);
  private final List<String> fired = new ArrayList<>();
  private final List<Duration> lateness = new ArrayList<>();

  @Test
  void aDueTicketFiresWithinASecondOfItsDueInstant() {
    Instant due = T0.plusSeconds(90);
    SlaScheduler scheduler = new SlaScheduler(clock, timer, (id, now) -> {
      fired.add(id);
      lateness.add(Duration.between(due, now));
      return null;
    });
    scheduler.start();
    scheduler.track("t1", due);
    timer.advanceTo(due.minusMillis(1));
    assertThat(fired).isEmpty();
    timer.advanceTo(due.plusSeconds(5));
    assertThat(fired).containsExactly("t1");
    assertThat(lateness.get(0)).isLessThan(Duration.ofSeconds(1)).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(scheduler.tracked()).isZero();
  }

  @Test
  void aBreachThatFellDueWhileTheServerWasDownFiresAtStartUp() {
    SlaScheduler scheduler = new SlaScheduler(clock, timer, (id, now) -> {
      fired.add(id + "@" + now);
      return null;
    });
    // Re-tracking the open tickets after a restart: one was due an hour ago.
    scheduler.track("overdue", T0.minus(Duration.ofHours(1)));
    scheduler.track("future", T0.plus(Duration.ofHours(1)));
    scheduler.start();
    timer.runDueNow();
    assertThat(fired).containsExactly("overdue@" + T0);
    assertThat(scheduler.nextWakeUp()).isEqualTo(T0.plus(Duration.ofHours(1)));
  }

  @Test
  void theHandlersNextInstantIsTrackedSoATicketFiresAgainLater() {
    SlaScheduler scheduler = new SlaScheduler(clock, timer, (id, now) -> {
      fired.add(id + "@" + now);
      return fired.size() < 3 ? now.plus(Duration.ofMinutes(10)) : null;
    });
    scheduler.track("t1", T0.plus(Duration.ofMinutes(10)));
    scheduler.start();
    timer.advanceBy(Duration.ofHours(1));
    assertThat(fired).containsExactly("t1@2026-06-15T07:10:00Z", "t1@2026-06-15T07:20:00Z",
        "t1@2026-06-15T07:30:00Z");
  }

  @Test
  void aFailingHandlerIsRetriedAfterAMinuteInsteadOfSpinning() {
    SlaScheduler scheduler = new SlaScheduler(clock, timer, (id, now) -> {
      fired.add(now.toString());
      throw new IllegalStateException("helpdesk down");
    });
    scheduler.track("t1", T0);
    scheduler.start();
    timer.advanceBy(Duration.ofSeconds(150));
    assertThat(fired).containsExactly("2026-06-15T07:00:00Z", "2026-06-15T07:01:00Z",
        "2026-06-15T07:02:00Z");
  }

  @Test
  void drivenByTheCalculatorItWakesAtAtRiskThenAtBreachThenAtEachEscalationLevel() {
    SlaCalculator calc = Policies.calculator();
    Map<String, Ticket> tickets = new HashMap<>();
    Ticket t = Tickets.created("t1", "2026-06-15T07:00:00Z").build(); // Mon 09:00 Berlin
    tickets.put("t1", t);
    List<String> seen = new ArrayList<>();
    SlaScheduler scheduler = new SlaScheduler(clock, timer, (id, now) -> {
      TicketSla sla = calc.compute(tickets.get(id), now);
      SlaMetricState first = sla.metric(SlaMetric.FIRST_REPLY).orElseThrow();
      seen.add(now + " " + first.state().wireName() + " levels=" + sla.escalationsDue().size());
      return sla.nextChangeAt();
    });
    scheduler.track("t1", calc.compute(t, clock.instant()).nextChangeAt());
    scheduler.start();
    timer.advanceTo(Instant.parse("2026-06-15T13:00:00Z"));
    assertThat(seen).startsWith(
        "2026-06-15T10:00:00Z at_risk levels=0", // 3h business in: 1h (25 %) of 4h left
        "2026-06-15T11:00:00Z breached levels=1", // level 1 at breach
        "2026-06-15T13:00:00Z breached levels=2"); // level 2 two hours later
  }

  @Test
  void onStartUpATicketThatBreachedWhileTheServerWasDownIsFoundBreachedWithItsLevelDue() {
    SlaCalculator calc = Policies.calculator();
    Ticket t = Tickets.created("t1", "2026-06-15T07:00:00Z").build(); // due 11:00Z
    // Before the outage the index said: turns at risk at 10:00Z. The server comes back at 12:30Z.
    Instant trackedBeforeOutage = calc.compute(t, T0).nextChangeAt();
    clock.set(Instant.parse("2026-06-15T12:30:00Z"));
    List<TicketSla> seen = new ArrayList<>();
    SlaScheduler scheduler = new SlaScheduler(clock, timer, (id, now) -> {
      TicketSla sla = calc.compute(t, now);
      seen.add(sla);
      return sla.nextChangeAt();
    });
    scheduler.track("t1", trackedBeforeOutage);
    scheduler.start();
    timer.runDueNow();
    assertThat(seen).hasSize(1);
    SlaMetricState first = seen.get(0).metric(SlaMetric.FIRST_REPLY).orElseThrow();
    assertThat(first.state()).isEqualTo(SlaState.BREACHED);
    assertThat(first.breachedAt()).isEqualTo(Instant.parse("2026-06-15T11:00:00Z"));
    assertThat(seen.get(0).escalationsDue()).extracting(EscalationDue::level).containsExactly(1);
    assertThat(scheduler.nextWakeUp()).isEqualTo(Instant.parse("2026-06-15T13:00:00Z")); // level 2
  }
}
