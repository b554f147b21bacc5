package io.shiftlead.plugin.core.rules;

import static io.shiftlead.plugin.core.rules.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.plugin.core.routing.Agent;
import io.shiftlead.plugin.core.routing.Roster;
import io.shiftlead.plugin.core.routing.RoutingContext;
import io.shiftlead.plugin.core.routing.Strategy;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesEngineTest {
  static final Roster ROSTER = new Roster(List.of(
      new Agent("ana", "Ana", Set.of("billing"), Set.of(), 0, false),
      new Agent("ben", "Ben", Set.of("billing"), Set.of(), 0, false)), Set.of("managers"));

  static Condition when(String field, String operator, Object value) {
    return FieldCondition.of(Fields.byName(field).orElseThrow(),
        Operator.fromWire(operator).orElseThrow(), value);
  }

  static Rule rule(String id, RuleMode mode, Condition when, Action... actions) {
    return new Rule(id, "does " + id, 10, mode, when, List.of(actions));
  }

  static RulesEngine engine(Rule... rules) {
    return new RulesEngine(new RuleSet("zendesk", "7", List.of(rules)),
        RoutingContext.inMemory(ROSTER));
  }

  @Test
  void aMatchingRuleIsTracedWithTheValuesItSawAndWhatItsActionsDid() {
    RuleRun run = engine(rule("urgent-words", RuleMode.ENABLED,
        when("subject", "any_of_words", List.of("lawyer")), new SetPriority(Priority.URGENT)))
        .evaluate(withSubject("My lawyer will call"));
    RuleTrace trace = run.rules().get(0);
    assertThat(trace.matched()).isTrue();
    assertThat(trace.seen().get(0).actual()).isEqualTo("my lawyer will call");
    assertThat(trace.effects()).singleElement()
        .satisfies(e -> assertThat(e.effect()).isEqualTo("priority normal -> urgent"));
    assertThat(run.outcome().priority()).isEqualTo(Priority.URGENT);
    assertThat(run.version()).isEqualTo("7");
  }

  @Test
  void shadowRulesAreTracedButContributeNothing() {
    RuleRun run = engine(rule("try-me", RuleMode.SHADOW, new Always(),
        new ChangeTags(true, List.of("shadowed")), new Stop()),
        rule("after", RuleMode.ENABLED, new Always(), new ChangeTags(true, List.of("real"))))
        .evaluate(ticket().facts());
    assertThat(run.rules().get(0).matched()).isTrue();
    assertThat(run.rules().get(0).effects()).isNotEmpty();
    assertThat(run.outcome().addTags()).containsExactly("real");
  }

  @Test
  void stopSkipsLaterEnabledRulesAndDisabledRulesNeverRun() {
    RuleRun run = engine(
        rule("off", RuleMode.DISABLED, new Always(), new ChangeTags(true, List.of("off"))),
        rule("first", RuleMode.ENABLED, new Always(), new ChangeTags(true, List.of("a")),
            new Stop()),
        rule("second", RuleMode.ENABLED, new Always(), new ChangeTags(true, List.of("b"))))
        .evaluate(ticket().facts());
    assertThat(run.rules()).extracting(RuleTrace::outcome).containsExactly(
        RuleTrace.Result.DISABLED, RuleTrace.Result.MATCHED,
        RuleTrace.Result.SKIPPED_AFTER_STOP);
    assertThat(run.outcome().addTags()).containsExactly("a");
  }

  @Test
  void aRuleThatFailsCountsAsNotMatchedAndTheOthersStillRun() {
    Condition broken = new FieldCondition(new Field("boom", FieldType.TEXT, List.of(), f -> {
      throw new IllegalStateException("boom");
    }), Operator.PRESENT, null, "boom present");
    RuleRun run = engine(new Rule("bad", null, 1, RuleMode.ENABLED, broken, List.of()),
        rule("good", RuleMode.ENABLED, new Always(), new ChangeTags(true, List.of("ok"))))
        .evaluate(ticket().facts());
    assertThat(run.rules().get(0).outcome()).isEqualTo(RuleTrace.Result.ERROR);
    assertThat(run.rules().get(0).error()).contains("boom");
    assertThat(run.outcome().addTags()).containsExactly("ok");
  }

  @Test
  void escalationRaisesButNeverLowersAndRecordsTheWebhookForThePipeline() {
    TestTickets t = ticket();
    t.priority = Priority.URGENT;
    RuleRun run = engine(rule("esc", RuleMode.ENABLED, new Always(),
        new Escalate(Priority.HIGH, "managers", URI.create("https://hooks.example.com/e"))))
        .evaluate(t.facts());
    assertThat(run.outcome().priority()).isEqualTo(Priority.URGENT);
    assertThat(run.outcome().group()).isEqualTo("managers");
    assertThat(run.outcome().notifications()).singleElement()
        .satisfies(n -> assertThat(n.key()).isEqualTo("esc:T-1"));
  }

  @Test
  void checkIsADryRunThatDoesNotAdvanceRoundRobin() {
    RulesEngine engine = engine(rule("route", RuleMode.ENABLED, new Always(),
        new AssignAgent(Strategy.ROUND_ROBIN, null, "billing", null, null)));
    String checked = engine.check(ticket().facts()).outcome().assignee();
    assertThat(engine.check(ticket().facts()).outcome().assignee()).isEqualTo(checked);
    assertThat(engine.evaluate(ticket().facts()).outcome().assignee()).isEqualTo(checked);
    assertThat(engine.evaluate(ticket().facts()).outcome().assignee()).isNotEqualTo(checked);
    assertThat(engine.check(ticket().facts()).dryRun()).isTrue();
  }

  @Test
  void notesRenderOnlyStablePlaceholders() {
    RuleRun run = engine(rule("note", RuleMode.ENABLED, when("group", "is", "support"),
        new AddNote(new NoteTemplate("{{rule.id}} for {{requester.name}} on {{ticket.id}}:"
            + " {{reasons}}")))).evaluate(ticket().facts());
    assertThat(run.outcome().notes()).singleElement().extracting(RuleNote::body)
        .isEqualTo("note for Carla Cliente on T-1: group is support");
  }

  @Test
  void listenersHearEveryRuleAndEveryError() {
    List<String> heard = new java.util.ArrayList<>();
    RuleListener listener = new RuleListener() {
      @Override
      public void afterRule(String ticketId, RuleTrace trace) {
        heard.add(trace.ruleId() + ":" + trace.outcome());
      }

      @Override
      public void onError(String ticketId, String ruleId, RuntimeException error) {
        heard.add("error:" + ruleId);
      }
    };
    Condition failing = new FieldCondition(new Field("boom", FieldType.TEXT, List.of(), f -> {
      throw new IllegalStateException("boom");
    }), Operator.PRESENT, null, "boom present");
    new RulesEngine(new RuleSet("z", "1", List.of(
        rule("a", RuleMode.ENABLED, new Always(), new ChangeTags(true, List.of("a"))),
        rule("b", RuleMode.ENABLED, failing))), RoutingContext.inMemory(ROSTER),
        List.of(listener)).evaluate(ticket().facts());
    assertThat(heard).containsExactly("a:MATCHED", "error:b", "b:ERROR");
  }

  private static TicketFacts withSubject(String subject) {
    TestTickets t = ticket();
    t.subject = subject;
    return t.facts();
  }
}
