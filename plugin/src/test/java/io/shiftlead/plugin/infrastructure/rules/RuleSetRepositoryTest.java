package io.shiftlead.plugin.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.core.routing.InMemoryAgentLoad;
import io.shiftlead.plugin.core.routing.InMemoryRoutingState;
import io.shiftlead.plugin.core.rules.Rule;
import io.shiftlead.plugin.core.rules.RulesEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetRepositoryTest {
  @TempDir Path dir;

  private void write(String file, String yaml) throws IOException {
    Files.writeString(dir.resolve(file), yaml);
  }

  private static String rules(String version, String... ids) {
    StringBuilder out = new StringBuilder("version: \"" + version + "\"\nrules:\n");
    for (String id : ids) {
      out.append("  - id: ").append(id).append("\n    when: {field: tags, operator: contains,"
          + " value: x}\n    then: [{add_tags: [").append(id).append("]}]\n");
    }
    return out.toString();
  }

  @Test
  void sharedAndConnectorRulesMergeUnderACombinedVersion() throws IOException {
    write("shared.yaml", rules("1", "s1"));
    write("zendesk.yaml", rules("4", "z1"));
    RuleSetRepository repository = new RuleSetRepository(dir);
    assertThat(repository.reload().ok()).isTrue();
    assertThat(repository.ruleSetFor("zendesk").rules()).extracting(Rule::id)
        .containsExactly("s1", "z1");
    assertThat(repository.ruleSetFor("zendesk").version()).isEqualTo("shared@1+zendesk@4");
    assertThat(repository.ruleSetFor("freshdesk").rules()).extracting(Rule::id)
        .containsExactly("s1");
  }

  @Test
  void aBadEditKeepsTheLastGoodSetRunningAndReportsWhy() throws IOException {
    write("zendesk.yaml", rules("1", "z1"));
    RuleSetRepository repository = new RuleSetRepository(dir);
    repository.reload();
    Supplier<RulesEngine> engine = repository.engineFor("zendesk", new InMemoryRoutingState(),
        new InMemoryAgentLoad());
    RulesEngine before = engine.get();

    write("zendesk.yaml", rules("2", "z1").replace("contains", "containz"));
    LoadReport report = repository.reload();

    assertThat(report.ok()).isFalse();
    assertThat(report.rejected().get("zendesk.yaml")).singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("zendesk.yaml:4:").contains(
            "unknown operator 'containz'"));
    assertThat(engine.get().ruleSet().version()).endsWith("zendesk@1");
    assertThat(engine.get()).isNotSameAs(before); // rebuilt after a reload, same rules

    write("zendesk.yaml", rules("3", "z1", "z2"));
    assertThat(repository.reload().ok()).isTrue();
    assertThat(engine.get().ruleSet().rules()).hasSize(2);
  }

  @Test
  void aConnectorRuleMayNotReuseASharedRuleId() throws IOException {
    write("shared.yaml", rules("1", "same"));
    write("zendesk.yaml", rules("1", "same"));
    LoadReport report = new RuleSetRepository(dir).reload();
    assertThat(report.rejected()).containsKey("zendesk.yaml");
    assertThat(report.loaded()).contains("shared.yaml").doesNotContain("zendesk.yaml");
  }

  @Test
  void aBadRosterKeepsThePreviousRoster() throws IOException {
    write("roster.yaml", "agents:\n  - {id: a, groups: [billing]}\n");
    RuleSetRepository repository = new RuleSetRepository(dir);
    repository.reload();
    write("roster.yaml", "agents:\n  - {id: a, groups: [billing], capacity: lots}\n");
    LoadReport report = repository.reload();
    assertThat(report.rejected().get("roster.yaml").get(0).message())
        .contains("capacity must be a whole number");
    assertThat(repository.roster().agent("a")).isPresent();
  }
}
