package io.shiftlead.plugin.core.rules;

import static io.shiftlead.plugin.core.rules.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldConditionTest {

  private static boolean test(String field, String operator, Object value, TicketFacts facts) {
    return FieldCondition.of(Fields.byName(field).orElseThrow(),
        Operator.fromWire(operator).orElseThrow(), value).test(facts, new ArrayList<>());
  }

  @Test
  void anOperatorThatDoesNotFitTheFieldTypeIsRejectedWithTheOperatorsThatDo() {
    assertThatThrownBy(() -> FieldCondition.of(Fields.byName("priority").orElseThrow(),
        Operator.CONTAINS, "urg"))
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("operator 'contains' does not fit field 'priority'")
        .extracting(e -> ((RuleDefinitionException) e).hint()).asString()
        .contains("at_least");
  }

  @Test
  void aBadRegexIsRejectedAtLoadNotAtEvaluation() {
    assertThatThrownBy(() -> FieldCondition.of(Fields.byName("subject").orElseThrow(),
        Operator.MATCHES, "refund(")).hasMessageContaining("bad regex");
  }

  @Test
  void aValueOutsideAChoiceFieldIsRejected() {
    assertThatThrownBy(() -> FieldCondition.of(Fields.byName("status").orElseThrow(),
        Operator.IS, "waiting")).hasMessageContaining("'waiting' is not a value of status");
  }

  @Test
  void anyOfWordsFindsWholeWordsCaseInsensitivelyAndPhrases() {
    TestTickets t = ticket();
    t.subject = "I want to CANCEL now!";
    assertThat(test("subject", "any_of_words", List.of("cancel", "lawyer"), t.facts())).isTrue();
    t.subject = "cancellation policy";
    assertThat(test("subject", "any_of_words", List.of("cancel"), t.facts())).isFalse();
    t.customerSays("I will call my lawyer about the charge back", 1);
    assertThat(test("body", "any_of_words", List.of("charge back"), t.facts())).isTrue();
  }

  @Test
  void priorityComparesByRank() {
    TestTickets t = ticket();
    t.priority = io.shiftlead.connectors.spi.model.Priority.HIGH;
    assertThat(test("priority", "at_least", "high", t.facts())).isTrue();
    assertThat(test("priority", "greater_than", "high", t.facts())).isFalse();
    assertThat(test("priority", "less_than", "urgent", t.facts())).isTrue();
  }

  @Test
  void tagsTestMembershipAndAbsentValuesSatisfyOnlyNegativeOperators() {
    TestTickets t = ticket();
    t.tags.add("VIP");
    assertThat(test("tags", "contains", "vip", t.facts())).isTrue();
    assertThat(test("tags", "not_in", List.of("spam", "test"), t.facts())).isTrue();
    t.assignee = null;
    assertThat(test("assignee", "absent", null, t.facts())).isTrue();
    assertThat(test("assignee", "is_not", "a-1", t.facts())).isTrue();
    assertThat(test("assignee", "is", "a-1", t.facts())).isFalse();
  }

  @Test
  void customFieldsCompareAsTextOrNumber() {
    TestTickets t = ticket();
    t.fields.put("plan", "Enterprise");
    t.fields.put("seats", 250);
    assertThat(test("fields.plan", "is", "enterprise", t.facts())).isTrue();
    assertThat(test("fields.seats", "at_least", 100, t.facts())).isTrue();
    assertThat(test("fields.seats", "is", 250.0, t.facts())).isTrue();
    assertThat(test("fields.missing", "absent", null, t.facts())).isTrue();
  }

  @Test
  void groupsNestAllAnyAndNone() {
    TestTickets t = ticket();
    t.tags.add("vip");
    Condition vip = FieldCondition.of(Fields.byName("tags").orElseThrow(), Operator.CONTAINS,
        "vip");
    Condition chat = FieldCondition.of(Fields.byName("channel").orElseThrow(), Operator.IS,
        "chat");
    List<Seen> seen = new ArrayList<>();
    Condition rule = new ConditionGroup(ConditionGroup.Kind.ALL, List.of(
        new ConditionGroup(ConditionGroup.Kind.ANY, List.of(chat, vip)),
        new ConditionGroup(ConditionGroup.Kind.NONE, List.of(chat))));
    assertThat(rule.test(t.facts(), seen)).isTrue();
    assertThat(rule.describe()).isEqualTo("((channel is chat or tags contains vip) and not"
        + " (channel is chat))");
    assertThat(seen).extracting(Seen::result).containsExactly(false, true, false);
  }

  @Test
  void anEmptyListIsABadValue() {
    assertThatThrownBy(() -> FieldCondition.of(Fields.byName("group").orElseThrow(),
        Operator.IN, List.of())).hasMessageContaining("empty list");
  }

  @Test
  void theTraceRecordsTheValueSeen() {
    List<Seen> seen = new ArrayList<>();
    FieldCondition.of(Fields.byName("group").orElseThrow(), Operator.IS, "billing")
        .test(ticket().facts(), seen);
    assertThat(seen).singleElement().satisfies(s -> {
      assertThat(s.condition()).isEqualTo("group is billing");
      assertThat(s.actual()).isEqualTo("support");
      assertThat(s.result()).isFalse();
    });
  }
}
