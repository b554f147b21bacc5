package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaEvaluatorTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-06-15T08:00:00Z"));
  private final SlaEvaluator evaluator =
      new SlaEvaluator(Policies.calculator(), clock, "sla_next_due", "sla_state");
  private final Ticket ticket = Tickets.created("t1", "2026-06-13T08:00:00Z").build();

  @Test
  void writesTheMostUrgentDueInstantAndStateIntoTheFields() {
    Evaluation e = evaluator.evaluate(ticket);
    assertThat(e.fields()).containsEntry("sla_next_due", "2026-06-15T11:00:00Z")
        .containsEntry("sla_state", "ok");
    assertThat(e.noteBody()).isNull();
    assertThat(e.reasons()).anySatisfy(r -> assertThat(r).startsWith("first_reply"));
  }

  @Test
  void aBreachAsksForTheSameNoteEveryTimeSoTheWriteBackPostsItOnce() {
    clock.set(Instant.parse("2026-06-15T11:00:00Z"));
    Evaluation first = evaluator.evaluate(ticket);
    clock.set(Instant.parse("2026-06-15T12:30:00Z"));
    Evaluation later = evaluator.evaluate(ticket);

    assertThat(first.noteBody()).contains("first_reply: target 4h 0m business under policy"
        + " 'standard' used up at 2026-06-15T11:00:00Z")
        .contains("first_reply: escalation level 1 at 2026-06-15T11:00:00Z");
    assertThat(later.noteBody()).isEqualTo(first.noteBody());
    assertThat(later.fields()).containsEntry("sla_state", "breached");
  }

  @Test
  void eachEscalationLevelFiresItsActionsOnceWhenItFallsDue() {
    SlaFiredLedger ledger = SlaFiredLedger.inMemory();
    SlaEvaluator withLedger = new SlaEvaluator(Policies.calculator(), clock, "sla_next_due",
        "sla_state", ledger, SlaObserver.NONE);
    clock.set(Instant.parse("2026-06-15T11:30:00Z")); // breached at 11:00: level 1 (0h) is due
    Evaluation levelOne = withLedger.evaluate(ticket);
    clock.set(Instant.parse("2026-06-15T12:00:00Z"));
    Evaluation between = withLedger.evaluate(ticket);
    clock.set(Instant.parse("2026-06-15T13:05:00Z")); // level 2 (+2h, first reply only)
    Evaluation levelTwo = withLedger.evaluate(ticket);
    Evaluation again = withLedger.evaluate(ticket);

    assertThat(levelOne.notifications()).singleElement().satisfies(n -> {
      assertThat(n.key()).isEqualTo("sla:t1:first_reply:L1:"
          + Instant.parse("2026-06-13T08:00:00Z").getEpochSecond());
      assertThat(n.url()).isEqualTo("https://hooks.test/sla");
      assertThat(n.payload()).containsEntry("to", "team_lead").containsEntry("level", 1);
    });
    assertThat(levelOne.priority()).isNull();
    assertThat(levelOne.noteBody()).startsWith("Shiftlead SLA breach:")
        .contains("escalation level 1").doesNotContain("level 2");
    assertThat(between.notifications()).isEmpty();
    assertThat(between.noteBody()).isEqualTo(levelOne.noteBody());
    assertThat(levelTwo.priority()).isEqualTo(Priority.URGENT);
    assertThat(levelTwo.noteBody()).isEqualTo("Shiftlead SLA escalation:\n- first_reply:"
        + " escalation level 2 at 2026-06-15T13:00:00Z (breached 2026-06-15T11:00:00Z):"
        + " set_priority {priority=urgent}");
    assertThat(levelTwo.reasons()).contains("escalation fired: level 2 for first_reply:"
        + " priority raised to urgent");
    assertThat(levelTwo.notifications()).isEmpty();
    assertThat(again.priority()).isNull();
    assertThat(again.noteBody()).isEqualTo(levelTwo.noteBody());
  }

  @Test
  void everyComputationIsReportedToTheObserverWithItsNextChange() {
    java.util.List<TicketSla> seen = new java.util.ArrayList<>();
    new SlaEvaluator(Policies.calculator(), clock, "d", "s", SlaFiredLedger.inMemory(),
        (t, sla) -> seen.add(sla)).evaluate(ticket);

    // 3h of 4h left at 10:00 Berlin: at risk (1h left) two business hours later
    assertThat(seen).singleElement().satisfies(sla -> assertThat(sla.nextChangeAt())
        .isEqualTo(Instant.parse("2026-06-15T10:00:00Z")));
  }

  @Test
  void theWireShapeMatchesTheReplayLineOfTheIssue() {
    TicketSla sla = Policies.calculator().compute(ticket, clock.instant());
    Map<String, Object> first = SlaWire.metrics(sla).get(0);
    assertThat(first).containsExactly(Map.entry("metric", "first_reply"),
        Map.entry("policy", "standard"), Map.entry("state", "ok"),
        Map.entry("dueAt", "2026-06-15T11:00:00Z"), Map.entry("elapsedMinutes", 60L),
        Map.entry("remainingMinutes", 180L), Map.entry("businessHours", true));
  }
}
