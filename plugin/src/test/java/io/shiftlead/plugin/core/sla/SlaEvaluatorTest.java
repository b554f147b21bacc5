package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aBreachPostsTheSameNoteEveryTimeSoItIsWrittenBackOnce() {
    clock.set(Instant.parse("2026-06-15T12:00:00Z"));
    String first = evaluator.evaluate(ticket).noteBody();
    clock.set(Instant.parse("2026-06-15T14:30:00Z"));
    String later = evaluator.evaluate(ticket).noteBody();
    assertThat(first).contains("first_reply: target 4h 0m business under policy 'standard' used"
        + " up at 2026-06-15T11:00:00Z").isEqualTo(later);
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
