package io.shiftlead.plugin.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompositeEvaluatorTest {
  private static final Ticket TICKET = new Ticket("1", "t", "s", TicketStatus.OPEN, null,
      Channel.EMAIL, Instant.EPOCH, Instant.EPOCH, Person.of("u", AuthorRole.CUSTOMER), null,
      null, List.of(), Map.of(), List.of(), List.of(), List.of(), false, 0);

  private static Evaluator fixed(String id, Evaluation evaluation) {
    return new Evaluator() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Evaluation evaluate(Ticket ticket) {
        return evaluation;
      }
    };
  }

  @Test
  void mergesEverythingIntoOneEvaluationWithLaterEvaluatorsWinningOnTheSameField() {
    Evaluator first = fixed("a", new Evaluation("a", Map.of("f", 1, "g", "x"), Set.of("t1"),
        Set.of("old"), Priority.HIGH, "Billing", null, "note a", List.of("why a")));
    Evaluator second = fixed("b", new Evaluation("b", Map.of("f", 2), Set.of("t2", "old"),
        null, null, "Tier 2", "agent-7", "note b", List.of("why b")));

    Evaluation merged = new CompositeEvaluator(List.of(first, second)).evaluate(TICKET);

    assertThat(merged.fields()).containsEntry("f", 2).containsEntry("g", "x");
    assertThat(merged.addTags()).containsExactlyInAnyOrder("t1", "t2", "old");
    assertThat(merged.removeTags()).isEmpty();
    assertThat(merged.priority()).isEqualTo(Priority.HIGH);
    assertThat(merged.group()).isEqualTo("Tier 2");
    assertThat(merged.assignee()).isEqualTo("agent-7");
    // each evaluator's note stays its own note, so a later note never repeats an earlier one
    assertThat(merged.noteBody()).isNull();
    assertThat(merged.keyedNotes().values()).containsExactly("note a", "note b");
    assertThat(merged.keyedNotes().keySet()).allMatch(k -> k.startsWith("a.") || k.startsWith("b."));
    assertThat(merged.reasons()).containsExactly("a: why a", "b: why b");
  }

  @Test
  void aNoteKeepsItsKeyWhenAnotherEvaluatorsNoteComesOrGoes() {
    Evaluator rules = fixed("rules", new Evaluation("rules", Map.of(), null, null, null, null,
        null, "rule note", List.of()));
    Evaluator slaQuiet = fixed("sla", Evaluation.nothing("sla", "no breach"));
    Evaluator slaBreach = fixed("sla", new Evaluation("sla", Map.of(), null, null, null, null,
        null, "breach note", List.of()));

    var before = new CompositeEvaluator(List.of(rules, slaQuiet)).evaluate(TICKET).keyedNotes();
    var after = new CompositeEvaluator(List.of(rules, slaBreach)).evaluate(TICKET).keyedNotes();

    assertThat(after).containsAllEntriesOf(before).hasSize(2);
  }
}
