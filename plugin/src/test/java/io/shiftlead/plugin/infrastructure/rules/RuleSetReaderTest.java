package io.shiftlead.plugin.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shiftlead.plugin.core.rules.RuleMode;
import io.shiftlead.plugin.core.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One body over paired fixtures: the valid file loads, its broken twin names line and column. */
class RuleSetReaderTest {
  private final RuleSetReader reader = new RuleSetReader(Fixtures.roster());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown-field    | 4 | 19 | unknown field 'requester.company'",
      "unknown-key      | 4 |  5 | unknown key 'descripton' in a rule",
      "wrong-operator   | 4 | 39 | operator 'contains' does not fit field 'priority'",
      "bad-regex        | 7 | 14 | bad regex: Unclosed group",
      "unknown-group    | 6 | 23 | unknown group 'bliling'",
      "unknown-agent    | 6 | 31 | unknown agent 'anna'",
      "duplicate-id     | 6 |  5 | duplicate rule id 'tag-a' (first at line 3)",
      "unreachable      | 6 |  5 | unreachable rule 'tag-all': rule 'spam' matches every ticket",
      "empty-conditions | 5 |  7 | empty conditions",
      "bad-action-value | 6 | 23 | bad action value: 'critical' is not a priority",
      "unknown-action   | 6 |  9 | unknown action 'send_email'",
      "not-yaml         | 5 |  9 | not valid YAML",
  })
  void eachErrorKindIsReportedWithFileLineColumnAndHintWhileItsValidTwinLoads(
      String name, int line, int column, String message) {
    RuleSet valid = reader.read(name + ".yaml", name, Fixtures.text("valid/" + name + ".yaml"));
    assertThat(valid.rules()).isNotEmpty();

    RuleFileException error = catchThrowableOfType(RuleFileException.class, () -> reader.read(
        name + ".yaml", name, Fixtures.text("invalid/" + name + ".yaml")));
    assertThat(error).as(name + " must be rejected").isNotNull();
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(name + ".yaml");
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.column()).isEqualTo(column);
      assertThat(p.message()).contains(message);
      assertThat(p.hint()).isNotBlank();
    });
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnceAndNothingIsReturned() {
    RuleFileException error = catchThrowableOfType(RuleFileException.class, () -> reader.read(
        "many.yaml", "many", Fixtures.text("invalid/many-problems.yaml")));
    assertThat(error.problems()).extracting(RuleProblem::line)
        .containsExactly(4, 5, 7, 10, 11, 12, 12);
    assertThat(error.problems()).extracting(RuleProblem::message).satisfiesExactly(
        m -> assertThat(m).contains("unknown field 'nope'"),
        m -> assertThat(m).contains("'critical' is not a priority"),
        m -> assertThat(m).contains("unknown mode 'sometimes'"),
        m -> assertThat(m).contains("'matches' does not fit field 'age_hours'"),
        m -> assertThat(m).contains("'waiting' is not a value of status"),
        m -> assertThat(m).contains("unknown group 'nowhere'"),
        m -> assertThat(m).contains("unknown placeholder {{ticket.priority}}"));
  }

  @Test
  void aRuleReadsItsDefaultsOrderModeAndVersion() {
    RuleSet set = reader.read("x.yaml", "zendesk", """
        version: 2026-11-29.1
        rules:
          - id: b
            order: 5
            mode: shadow
            when: always
            then: [{add_tags: [b]}]
          - id: a
            order: 1
            when: {any: [{field: tags, operator: contains, value: vip}, {all: [{field: channel, operator: is, value: chat}]}]}
            then: [{add_tags: [a]}]
        """);
    assertThat(set.name()).isEqualTo("zendesk");
    assertThat(set.version()).isEqualTo("2026-11-29.1");
    assertThat(set.rules()).extracting(r -> r.id()).containsExactly("a", "b");
    assertThat(set.rules().get(1).mode()).isEqualTo(RuleMode.SHADOW);
  }

  @Test
  void aMisspeltWordGetsADidYouMeanHint() {
    RuleFileException error = catchThrowableOfType(RuleFileException.class, () -> reader.read(
        "x.yaml", "x", Fixtures.text("invalid/unknown-key.yaml")));
    assertThat(error.problems().get(0).hint()).startsWith("did you mean 'description'?");
    RuleFileException group = catchThrowableOfType(RuleFileException.class, () -> reader.read(
        "x.yaml", "x", Fixtures.text("invalid/unknown-group.yaml")));
    assertThat(group.problems().get(0).hint()).startsWith("did you mean 'billing'?");
  }

  @Test
  void aKeyWrittenTwiceIsReported() {
    RuleFileException error = catchThrowableOfType(RuleFileException.class, () -> reader.read(
        "x.yaml", "x", """
            version: "1"
            rules:
              - id: a
                when: always
                when: {field: tags, operator: contains, value: vip}
                then: [{add_tags: [a]}]
            """));
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).contains("key 'when' is written twice");
    });
  }

  @Test
  void aFileWithoutVersionIsRejected() {
    assertThatThrownBy(() -> reader.read("x.yaml", "x", "rules: []"))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("missing key 'version'");
  }
}
