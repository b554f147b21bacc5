package io.shiftlead.plugin.core.rules;

import static io.shiftlead.plugin.core.rules.RulesEngineTest.engine;
import static io.shiftlead.plugin.core.rules.RulesEngineTest.rule;
import static io.shiftlead.plugin.core.rules.RulesEngineTest.when;
import static io.shiftlead.plugin.core.rules.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.plugin.core.routing.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's shortcut for rules that fail on a channel or priority test keeps every trace. */
class RuleGuardTest {

  static Condition all(Condition... children) {
    return new ConditionGroup(ConditionGroup.Kind.ALL, List.of(children));
  }

  static final List<Rule> RULES = List.of(
      rule("chat-high-refund", RuleMode.ENABLED, all(when("channel", "is", "chat"),
          when("priority", "is", "high"), when("subject", "contains", "refund")),
          new ChangeTags(true, List.of("r1"))),
      rule("not-email-urgent", RuleMode.ENABLED, all(when("channel", "is_not", "email"),
          when("priority", "at_least", "high"), when("body", "any_of_words",
              List.of("lawyer", "charge back"))), new SetPriority(Priority.URGENT)),
      rule("web-only", RuleMode.SHADOW, when("channel", "in", List.of("web", "api")),
          new ChangeTags(true, List.of("web"))),
      rule("status-then-any", RuleMode.ENABLED, new ConditionGroup(ConditionGroup.Kind.ALL,
          List.of(when("status", "is", "open"), new ConditionGroup(ConditionGroup.Kind.ANY,
              List.of(when("subject", "contains", "invoice"), when("tags", "contains", "vip"))))),
          new ChangeTags(true, List.of("s"))));

  @Test
  void aRuleSkippedOnItsChannelStillSaysWhichValueFailedIt() {
    RulesEngine engine = engine(RULES.toArray(Rule[]::new));
    TestTickets email = ticket();
    email.channel = Channel.EMAIL;
    RuleTrace first = engine.evaluate(email.facts()).rules().get(0);
    RuleTrace again = engine.evaluate(email.facts()).rules().get(0);
    assertThat(first.outcome()).isEqualTo(RuleTrace.Result.NOT_MATCHED);
    assertThat(first.seen()).containsExactly(new Seen("channel is chat", "email", false));
    assertThat(again).isEqualTo(first);
  }

  @Test
  void everyTraceEqualsTheTraceOfTestingTheRuleInFull() {
    RulesEngine engine = engine(RULES.toArray(Rule[]::new));
    for (int round = 0; round < 2; round++) { // the second round reads remembered traces
      for (Channel channel : Channel.values()) {
        for (Priority priority : Priority.values()) {
          for (String subject : List.of("Refund please", "Invoice", "Hello")) {
            TestTickets t = ticket().customerSays("My lawyer will call about the charge back",
                5);
            t.channel = channel;
            t.priority = priority;
            t.subject = subject;
            TicketFacts facts = t.facts();
            List<RuleTrace> traces = engine.check(facts).rules();
            for (int i = 0; i < RULES.size(); i++) {
              Rule rule = engine.ruleSet().rules().get(i);
              List<Seen> seen = new ArrayList<>();
              boolean matched = rule.when().test(facts, seen);
              assertThat(traces.get(i).seen()).as(rule.id() + " on " + channel + "/" + priority
                  + "/" + subject).isEqualTo(seen);
              assertThat(traces.get(i).matched()).isEqualTo(matched);
            }
          }
        }
      }
    }
  }

  @Test
  void aChoiceFieldThatFailsIsStillReportedAsTheRulesError() {
    Field broken = new Field("channel", FieldType.CHOICE, List.of("email", "chat"), f -> {
      throw new IllegalStateException("no channel");
    });
    Rule rule = rule("bad", RuleMode.ENABLED, all(FieldCondition.of(broken, Operator.IS, "chat"),
        when("subject", "contains", "x")), new ChangeTags(true, List.of("b")));
    List<String> errors = new ArrayList<>();
    RulesEngine engine = new RulesEngine(new RuleSet("zendesk", "1", List.of(rule)),
        RoutingContext.inMemory(RulesEngineTest.ROSTER), List.of(new RuleListener() {
          @Override
          public void onError(String ticketId, String ruleId, RuntimeException error) {
            errors.add(ruleId + ": " + error.getMessage());
          }
        }));
    RuleTrace trace = engine.evaluate(ticket().facts()).rules().get(0);
    assertThat(trace.outcome()).isEqualTo(RuleTrace.Result.ERROR);
    assertThat(trace.error()).isEqualTo("IllegalStateException: no channel");
    assertThat(errors).containsExactly("bad: no channel");
  }

  @Test
  void aValueOutsideTheChoicesIsTestedInFullAndNotRemembered() {
    Field odd = new Field("channel", FieldType.CHOICE, List.of("email", "chat"), f -> "fax");
    Rule rule = rule("odd", RuleMode.ENABLED, FieldCondition.of(odd, Operator.IS, "chat"));
    RuleTrace trace = engine(rule).evaluate(ticket().facts()).rules().get(0);
    assertThat(trace.seen()).containsExactly(new Seen("channel is chat", "fax", false));
  }
}
