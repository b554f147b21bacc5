package io.shiftlead.plugin.infrastructure.rules;

import static io.shiftlead.plugin.core.rules.TestTickets.CREATED;
import static io.shiftlead.plugin.core.rules.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.routing.InMemoryAgentLoad;
import io.shiftlead.plugin.core.routing.InMemoryRoutingState;
import io.shiftlead.plugin.core.rules.Outcome;
import io.shiftlead.plugin.core.rules.RulesEngine;
import io.shiftlead.plugin.core.rules.TestTickets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The documented examples load cleanly and do what their descriptions say. */
class ExampleRulesTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "examples", "rules");
  private static RuleSetRepository repository;

  @BeforeAll
  static void load() {
    assertThat(Files.isDirectory(EXAMPLES)).as(EXAMPLES.toAbsolutePath() + " exists").isTrue();
    repository = new RuleSetRepository(EXAMPLES);
    LoadReport report = repository.reload();
    assertThat(report.rejected()).isEmpty();
    assertThat(report.loaded()).contains("roster.yaml", "urgent-keywords.yaml",
        "customer-waiting.yaml", "reopened.yaml", "negative-csat.yaml", "stale-pending.yaml",
        "routing.yaml");
  }

  private static Outcome run(String file, TestTickets t, Duration age) {
    RulesEngine engine = repository.engineFor(file, new InMemoryRoutingState(),
        new InMemoryAgentLoad()).get();
    return engine.evaluate(t.factsAt(CREATED.plus(age))).outcome();
  }

  @Test
  void urgentKeywordsEscalateAChargebackThreatToManagers() {
    TestTickets t = ticket().customerSays("If this is not fixed I will file a chargeback.", 0);
    Outcome outcome = run("urgent-keywords", t, Duration.ofHours(1));
    assertThat(outcome.priority()).isEqualTo(Priority.URGENT);
    assertThat(outcome.group()).isEqualTo("managers");
    assertThat(outcome.notifications()).hasSize(1);
    assertThat(outcome.notes().get(0).body()).contains("legal-or-churn-threat");
  }

  @Test
  void twoCustomerRepliesWithoutAnAgentAnswerRaiseThePriority() {
    TestTickets t = ticket().customerSays("help", 0).agentSays("looking", 5)
        .customerSays("any news?", 60).customerSays("hello?", 120);
    assertThat(run("customer-waiting", t, Duration.ofHours(3)).addTags())
        .contains("waiting-on-us");
  }

  @Test
  void aTicketReopenedTwiceGoesToTheLeastLoadedAvailableTierTwoAgent() {
    TestTickets t = ticket();
    for (int i = 0; i < 2; i++) {
      t.statusChanges.add(new StatusChange(CREATED.plusSeconds(10 + i * 20L),
          TicketStatus.SOLVED, TicketStatus.OPEN));
    }
    Outcome outcome = run("reopened", t, Duration.ofHours(1));
    assertThat(outcome.assignee()).isEqualTo("1004"); // 1005 is away
    assertThat(outcome.group()).isEqualTo("tier2");
  }

  @Test
  void aBadCsatAsksForAManagerFollowUp() {
    TestTickets t = ticket();
    t.status = TicketStatus.SOLVED;
    t.surveys.add(new SurveyResponse("s1", "T-1", null, SurveyKind.CSAT, 0, "good-bad", "slow",
        CREATED.plusSeconds(600)));
    Outcome outcome = run("negative-csat", t, Duration.ofHours(1));
    assertThat(outcome.fields()).containsEntry("csat_follow_up", "required");
    assertThat(outcome.group()).isEqualTo("managers");
  }

  @Test
  void pendingUntouchedForThreeDaysIsFlaggedAndTheShadowTrialWritesNothing() {
    TestTickets t = ticket();
    t.status = TicketStatus.PENDING;
    Outcome outcome = run("stale-pending", t, Duration.ofHours(80));
    assertThat(outcome.addTags()).containsExactly("stale-pending");
  }

  @Test
  void routingUsesEachStrategy() {
    TestTickets invoice = ticket();
    invoice.subject = "Refund for invoice 42";
    assertThat(run("routing", invoice, Duration.ofHours(1)).assignee()).isEqualTo("1001");
    TestTickets api = ticket();
    api.subject = "API rate limits";
    api.fields.put("product", "api");
    api.requester = new io.shiftlead.connectors.spi.model.Person("c-2", "Joe", null, null,
        "en-GB", io.shiftlead.connectors.spi.model.AuthorRole.CUSTOMER);
    assertThat(run("routing", api, Duration.ofHours(1)).assignee()).isEqualTo("1004");
    TestTickets spam = ticket();
    spam.tags.add("spam");
    assertThat(run("routing", spam, Duration.ofHours(1)).assignee()).isNull();
  }
}
