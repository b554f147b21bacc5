package io.shiftlead.plugin.infrastructure.rules;

import static io.shiftlead.plugin.core.rules.TestTickets.CREATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.application.PlannedUpdate;
import io.shiftlead.plugin.application.WriteBackPlanner;
import io.shiftlead.plugin.core.routing.InMemoryAgentLoad;
import io.shiftlead.plugin.core.routing.InMemoryRoutingState;
import io.shiftlead.plugin.core.rules.RulesEvaluator;
import io.shiftlead.plugin.core.rules.TestTickets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Loop safety over many generated tickets: after the pipeline writes what the example rules
 * decided, evaluating the written ticket again, later, plans no further change.
 */
class ExampleRulesFixpointTest {
  private static final List<String> SETS = List.of("urgent-keywords", "customer-waiting",
      "reopened", "negative-csat", "stale-pending", "routing");
  private static final List<String> WORDS = List.of("invoice", "refund", "cancel", "lawyer",
      "chargeback", "api", "hello", "slow", "broken", "charge back");

  @Test
  void aSecondEvaluationAfterOurOwnWriteBackChangesNothing() {
    RuleSetRepository repository = new RuleSetRepository(Path.of("..", "docs", "examples",
        "rules"));
    assertThat(repository.reload().ok()).isTrue();
    Random random = new Random(42);
    WriteBackPlanner planner = new WriteBackPlanner();
    int written = 0;
    for (String set : SETS) {
      var engine = repository.engineFor(set, new InMemoryRoutingState(), new InMemoryAgentLoad());
      for (int i = 0; i < 300; i++) {
        Ticket ticket = generate(random, i);
        Clock now = Clock.fixed(CREATED.plus(Duration.ofHours(random.nextInt(200))),
            ZoneOffset.UTC);
        RulesEvaluator evaluator = new RulesEvaluator(engine, now, TestTickets.UTC);
        Optional<PlannedUpdate> first = planner.plan(ticket, evaluator.evaluate(ticket), k -> false);
        if (first.isEmpty()) {
          continue;
        }
        written++;
        Ticket after = TestTickets.afterWriteBack(ticket, first.get().update());
        RulesEvaluator later = new RulesEvaluator(engine, Clock.offset(now, Duration.ofHours(3)),
            TestTickets.UTC);
        assertThat(planner.plan(after, later.evaluate(after), k -> false))
            .as(set + " ticket " + i + " after " + first.get().update()).isEmpty();
      }
    }
    assertThat(written).as("the generator exercises the rules").isGreaterThan(300);
  }

  private static Ticket generate(Random random, int i) {
    TestTickets t = TestTickets.ticket();
    t.id = "G-" + i;
    t.subject = pick(random, WORDS) + " " + pick(random, WORDS);
    t.status = pick(random, List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING,
        TicketStatus.SOLVED));
    t.priority = pick(random, List.of(Priority.LOW, Priority.NORMAL, Priority.HIGH,
        Priority.URGENT));
    t.channel = pick(random, List.of(Channel.values()));
    t.updatedAt = CREATED.plus(Duration.ofHours(random.nextInt(48)));
    if (random.nextBoolean()) {
      t.tags.add(pick(random, List.of("vip", "spam", "fresh")));
    }
    if (random.nextBoolean()) {
      t.fields.put("product", pick(random, List.of("api", "billing")));
    }
    t.customerSays(pick(random, WORDS) + " please", 0);
    for (int c = 0; c < random.nextInt(4); c++) {
      if (random.nextBoolean()) {
        t.agentSays("looking", 10 + c * 10);
      } else {
        t.customerSays(pick(random, WORDS), 10 + c * 10);
      }
    }
    for (int r = 0; r < random.nextInt(3); r++) {
      t.statusChanges.add(new StatusChange(CREATED.plusSeconds(100 + r), TicketStatus.SOLVED,
          TicketStatus.OPEN));
    }
    if (random.nextInt(3) == 0) {
      t.surveys.add(new SurveyResponse("s" + i, t.id, null, SurveyKind.CSAT,
          random.nextInt(2), "good-bad", null, CREATED.plusSeconds(500)));
    }
    return t.build();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
