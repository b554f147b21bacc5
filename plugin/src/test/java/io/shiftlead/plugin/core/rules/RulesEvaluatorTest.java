package io.shiftlead.plugin.core.rules;

import static io.shiftlead.plugin.core.rules.RulesEngineTest.rule;
import static io.shiftlead.plugin.core.rules.RulesEngineTest.when;
import static io.shiftlead.plugin.core.rules.TestTickets.CREATED;
import static io.shiftlead.plugin.core.rules.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.PlannedUpdate;
import io.shiftlead.plugin.application.WriteBackPlanner;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.routing.RoutingContext;
import io.shiftlead.plugin.core.routing.Strategy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesEvaluatorTest {
  private final Clock clock = Clock.fixed(CREATED.plus(Duration.ofHours(30)), ZoneOffset.UTC);
  private final RulesEngine engine = new RulesEngine(new RuleSet("zendesk", "3", List.of(
      rule("vip", RuleMode.ENABLED, when("subject", "any_of_words", List.of("chargeback")),
          new SetPriority(Priority.URGENT), new ChangeTags(true, List.of("escalated")),
          new AddNote(new NoteTemplate("Escalated by {{rule.id}}: {{reasons}}"))),
      rule("old", RuleMode.ENABLED, when("age_hours", "greater_than", 24),
          new SetField("stale", true), new ChangeTags(false, List.of("fresh")),
          new AssignAgent(Strategy.ROUND_ROBIN, null, "billing", null, null)),
      rule("watch", RuleMode.SHADOW, new Always(), new AssignGroup("managers")))),
      RoutingContext.inMemory(RulesEngineTest.ROSTER));
  private final RulesEvaluator evaluator =
      new RulesEvaluator(() -> engine, clock, TestTickets.UTC);

  @Test
  void theEvaluationCarriesTheDesiredStateOneNoteAndOneReasonPerFiredRule() {
    TestTickets t = ticket();
    t.subject = "Chargeback filed";
    Evaluation evaluation = evaluator.evaluate(t.build());
    assertThat(evaluation.evaluatorId()).isEqualTo("rules");
    assertThat(evaluation.priority()).isEqualTo(Priority.URGENT);
    assertThat(evaluation.addTags()).containsExactly("escalated");
    assertThat(evaluation.removeTags()).containsExactly("fresh");
    assertThat(evaluation.fields()).containsEntry("stale", true);
    assertThat(evaluation.group()).isEqualTo("billing");
    assertThat(evaluation.assignee()).isEqualTo("ana");
    assertThat(evaluation.noteBody())
        .isEqualTo("Escalated by vip: subject any_of_words [chargeback]");
    assertThat(evaluation.reasons()).hasSize(2);
    assertThat(evaluation.reasons().get(1)).startsWith("rule old (v3): age_hours greater_than 24"
        + " (saw '30.0': true)");
  }

  @Test
  void anEscalationWithNotifyBecomesOneWebhookCallButNeverFromADryRun() {
    RulesEngine escalating = new RulesEngine(new RuleSet("zendesk", "4", List.of(
        rule("legal", RuleMode.ENABLED, when("subject", "any_of_words", List.of("lawyer")),
            new Escalate(Priority.URGENT, null,
                java.net.URI.create("https://hooks.example.com/esc"))))),
        RoutingContext.inMemory(RulesEngineTest.ROSTER));
    RulesEvaluator rules = new RulesEvaluator(() -> escalating, clock, TestTickets.UTC);
    TestTickets t = ticket();
    t.subject = "My lawyer will call";

    Evaluation evaluation = rules.evaluate(t.build());

    assertThat(evaluation.notifications()).singleElement().satisfies(call -> {
      assertThat(call.url()).isEqualTo("https://hooks.example.com/esc");
      assertThat(call.key()).startsWith("legal:");
      assertThat(call.payload()).containsEntry("rule", "legal");
    });
    t.status = io.shiftlead.connectors.spi.model.TicketStatus.CLOSED;
    assertThat(rules.evaluate(t.build()).notifications()).isEmpty();
  }

  @Test
  void aClosedTicketIsOnlyDryRunSoItUsesUpNoRoundRobinTurn() {
    TestTickets closed = ticket();
    closed.status = io.shiftlead.connectors.spi.model.TicketStatus.CLOSED;
    assertThat(evaluator.run(closed.build()).dryRun()).isTrue();
    assertThat(evaluator.evaluate(closed.build()).assignee()).isEqualTo("ana");
    assertThat(evaluator.evaluate(ticket().build()).assignee()).isEqualTo("ana");
  }

  @Test
  void aDeletedTicketGetsNothing() {
    TestTickets deleted = ticket();
    Ticket t = deleted.build();
    Ticket gone = new Ticket(t.id(), t.source(), t.subject(), t.status(), t.priority(),
        t.channel(), t.createdAt(), t.updatedAt(), t.requester(), t.assignee(), t.group(),
        t.tags(), t.fields(), t.comments(), t.statusChanges(), t.surveys(), true, 0);
    assertThat(evaluator.evaluate(gone).decidesNothing()).isTrue();
  }

  @Test
  void aTicketNoRuleMatchesGetsNothing() {
    Evaluation evaluation = new RulesEvaluator(() -> engine,
        Clock.fixed(CREATED, ZoneOffset.UTC), TestTickets.UTC).evaluate(ticket().build());
    assertThat(evaluation.decidesNothing()).isTrue();
  }

  @Test
  void evaluatingTheWrittenBackResultAgainChangesNothingMore() {
    TestTickets t = ticket();
    t.subject = "Chargeback filed";
    t.tags.add("fresh");
    WriteBackPlanner planner = new WriteBackPlanner();
    Ticket ticket = t.build();
    Optional<PlannedUpdate> first = planner.plan(ticket, evaluator.evaluate(ticket), k -> false);
    assertThat(first).isPresent();
    Ticket written = TestTickets.afterWriteBack(ticket, first.get().update());
    // later, with the ticket older still: the rules keep matching but want nothing new
    Clock later = Clock.offset(clock, Duration.ofHours(5));
    Evaluation again = new RulesEvaluator(() -> engine, later, TestTickets.UTC)
        .evaluate(written);
    assertThat(planner.plan(written, again, k -> false)).isEmpty();
  }
}
