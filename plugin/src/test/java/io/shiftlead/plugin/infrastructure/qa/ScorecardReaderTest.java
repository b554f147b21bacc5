package io.shiftlead.plugin.infrastructure.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.qa.QaConfiguration;
import io.shiftlead.plugin.core.qa.Scale;
import io.shiftlead.plugin.core.qa.Scorecard;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardReaderTest {
  private final ScorecardReader reader = new ScorecardReader();

  private static Ticket ticket(Channel channel, String group, String locale) {
    Instant t = Instant.parse("2026-03-02T09:00:00Z");
    return new Ticket("1", "zendesk", "s", TicketStatus.SOLVED, null, channel, t, t,
        new Person("u", "Ana", null, null, locale, AuthorRole.CUSTOMER), null, group, List.of(),
        Map.of(), List.of(), List.of(), List.of(), false, 0);
  }

  @Test
  void readsTheExampleFileWithWeightsScalesCriticalCriteriaAndCheckSettings() {
    QaConfiguration config = reader.read(Path.of("../docs/examples/qa/scorecards.yaml"));

    assertThat(config.scorecards().all()).extracting(Scorecard::id)
        .containsExactly("billing-de", "default");
    Scorecard billing = config.scorecards().byId("billing-de").orElseThrow();
    assertThat(billing.passThreshold()).isEqualTo(85);
    assertThat(billing.categories().get(1).criteria().get(2).scale()).isEqualTo(Scale.ONE_TO_FIVE);
    assertThat(billing.categories().get(1).criteria().get(2).isAutomated()).isFalse();
    assertThat(billing.categories().get(2).criteria().get(0).critical()).isTrue();
    assertThat(config.settings().spellingIgnore()).contains("Shiftlead", "Okta");
    assertThat(config.settings().extraProhibitedPhrases()).contains("lifetime discount");
    assertThat(config.settings().hygiene().requiredFields()).containsExactly("contact_reason",
        "product");
  }

  @Test
  void picksTheFirstScorecardWhoseGroupAndLanguageMatchAndFallsBackToTheCatchAll() {
    QaConfiguration config = reader.read(Path.of("../docs/examples/qa/scorecards.yaml"));

    assertThat(config.scorecards().select(ticket(Channel.EMAIL, "billing", "de-AT")))
        .get().extracting(Scorecard::id).isEqualTo("billing-de");
    assertThat(config.scorecards().select(ticket(Channel.EMAIL, "Billing", "en-US")))
        .get().extracting(Scorecard::id).isEqualTo("default");
    assertThat(reader.read(Path.of("../docs/examples/qa/chat-only.yaml")).scorecards()
        .select(ticket(Channel.EMAIL, null, null))).isEmpty();
  }

  @Test
  void aMisspelledCheckIdIsReportedWithFileLineAndTheNearestId() {
    String yaml = """
        scorecards:
          - id: s
            categories:
              - id: c
                criteria:
                  - id: g
                    check: greting
        """;

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .isInstanceOf(ScorecardException.class)
        .hasMessageStartingWith("team.yaml:7:")
        .hasMessageContaining("unknown check 'greting'")
        .hasMessageContaining("did you mean 'greeting'?");
  }

  @Test
  void anUnknownKeyListsTheAllowedKeys() {
    String yaml = """
        scorecards:
          - id: s
            treshold: 80
            categories: []
        """;

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .isInstanceOf(ScorecardException.class)
        .hasMessageContaining("team.yaml:3:")
        .hasMessageContaining("unknown key 'treshold'")
        .hasMessageContaining("allowed keys: [categories, id, name, passThreshold, when]");
  }

  @Test
  void aCriterionNeedsACheckOrAQuestion() {
    String yaml = """
        scorecards:
          - id: s
            categories:
              - id: c
                criteria:
                  - id: lonely
                    weight: 2
        """;

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .hasMessageContaining("team.yaml:6:")
        .hasMessageContaining("neither 'check' nor 'question'");
  }

  @Test
  void anUnknownScaleNamesTheValidScales() {
    String yaml = """
        scorecards:
          - id: s
            categories:
              - id: c
                criteria:
                  - { id: q, question: "Correct?", scale: 1-10 }
        """;

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .hasMessageContaining("unknown scale '1-10'")
        .hasMessageContaining("use pass_fail or 1-5");
  }

  @Test
  void duplicateCriterionIdsInOneScorecardAreRejected() {
    String yaml = """
        scorecards:
          - id: s
            categories:
              - id: a
                criteria: [{ id: tone, check: tone }]
              - id: b
                criteria: [{ id: tone, check: tone }]
        """;

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .hasMessageContaining("duplicate criterion id 'tone'");
  }

  @Test
  void anUnknownChannelIsRejectedWithTheKnownChannels() {
    String yaml = """
        scorecards:
          - id: s
            when: { channel: [emial] }
            categories:
              - id: a
                criteria: [{ id: tone, check: tone }]
        """;

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .hasMessageContaining("unknown channel 'emial'")
        .hasMessageContaining("did you mean 'email'?");
  }

  @Test
  void brokenYamlIsReportedWithItsLine() {
    String yaml = "scorecards:\n  - id: s\n    categories: [\n";

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .isInstanceOf(ScorecardException.class)
        .hasMessageContaining("team.yaml:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aNegativeWeightIsOutOfRange() {
    String yaml = """
        scorecards:
          - id: s
            categories:
              - id: a
                weight: -1
                criteria: [{ id: tone, check: tone }]
        """;

    assertThatThrownBy(() -> reader.read("team.yaml", yaml))
        .hasMessageContaining("team.yaml:5:")
        .hasMessageContaining("'weight' is -1, out of range");
  }
}
