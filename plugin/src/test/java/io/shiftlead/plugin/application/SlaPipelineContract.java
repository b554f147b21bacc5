package io.shiftlead.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.evaluation.CompositeEvaluator;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaKpiInput;
import io.shiftlead.plugin.core.sla.SlaMetric;
import io.shiftlead.plugin.core.sla.WakeUpTimer;
import io.shiftlead.plugin.infrastructure.runtime.ConnectorSla;
import io.shiftlead.plugin.infrastructure.sla.SlaPolicyReader;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcConnectorStateRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcNotificationOutbox;
import io.shiftlead.plugin.infrastructure.store.JdbcOutboxRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcSlaFiredLedger;
import io.shiftlead.plugin.infrastructure.store.JdbcSlaKpiRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcWebhookInbox;
import io.shiftlead.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA engine wired into the sync pipeline and the due-time scheduler, against each store (H2
 * here, PostgreSQL in a subclass): states change with time alone, breaches and escalation levels
 * fire once, also across restarts, and the KPI inputs are stored. Time is a {@link MutableClock}
 * and the timer a manual one: nothing sleeps.
 */
abstract class SlaPipelineContract {
  /** Ticket 5 of the in-memory helpdesk: created 09:05, no agent reply yet. */
  private static final Instant CREATED = Instant.parse("2026-03-02T09:05:00Z");
  private static final String POLICIES = """
      policies:
        - name: round the clock
          targets:
            normal: {first_reply: 1h}
            urgent: {first_reply: 30m}
          escalations:
            - level: 1
              after: 0h
              actions:
                - add_tags: [sla_breached]
                - notify: {url: "http://hooks.test/sla", to: team_lead}
            - level: 2
              after: 30m
              metrics: [first_reply]
              actions:
                - set_priority: urgent
      """;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:10:00Z"));
  private final ManualTimer timer = new ManualTimer();
  private final SlaCalculator calculator = new SlaCalculator(new SlaPolicyReader().read(
      List.of(new SlaPolicyReader.Source("policies.yaml", POLICIES))));
  private final List<String> webhookCalls = new ArrayList<>();
  private Database database;
  private InMemoryHelpdesk helpdesk;
  private ConnectorSla sla;
  private SyncService sync;

  abstract Database openFreshStore();

  @BeforeEach
  void start() {
    database = openFreshStore();
    helpdesk = new InMemoryHelpdesk(5, 40);
    startServer();
  }

  @AfterEach
  void closeStore() {
    if (sla != null) {
      sla.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  /** A (re)started server: new in-memory state, same store and helpdesk. */
  private int startServer() {
    if (sla != null) {
      sla.stop();
    }
    Jdbc jdbc = database.jdbc();
    JdbcTicketRepository tickets = new JdbcTicketRepository(jdbc, clock);
    sla = new ConnectorSla("memory", calculator, new JdbcSlaFiredLedger(jdbc, "memory"),
        new JdbcSlaKpiRepository(jdbc, clock), clock, timer, "sla_next_due", "sla_state");
    sync = new SyncService("memory", helpdesk, new CompositeEvaluator(List.of(sla.evaluator())),
        tickets, new JdbcOutboxRepository(jdbc, clock), new JdbcConnectorStateRepository(jdbc),
        new JdbcWebhookInbox(jdbc, clock), new JdbcNotificationOutbox(jdbc, clock),
        (url, payload) -> webhookCalls.add(url + " " + payload.get("ticketId") + " L"
            + payload.get("level")), clock);
    return sla.loadOpenTickets(tickets);
  }

  /** Moves time to {@code at}, the timer firing on the way, then one worker tick a second later. */
  private void runUntil(Instant at) throws Exception {
    timer.advanceTo(at);
    clock.advance(Duration.ofSeconds(1));
    sla.reevaluateDue(sync);
  }

  private Object field(String key) {
    return helpdesk.ticket("5").fields().get(key);
  }

  private long breachNotes() {
    return helpdesk.ticket("5").comments().stream().filter(c -> !c.isPublic())
        .map(Comment::body).filter(b -> b.contains(" used up at ")).count();
  }

  @Test
  void aDueStateChangeIsWrittenBackWithinASecondOfItsInstantWithoutATicketChange()
      throws Exception {
    sync.syncTickets(() -> true);
    assertThat(field("sla_state")).isEqualTo("ok");
    assertThat(field("sla_next_due")).isEqualTo("2026-03-02T10:05:00Z");
    Instant atRisk = CREATED.plus(Duration.ofMinutes(45)); // 25 % of 1h left
    assertThat(sla.scheduler().nextWakeUp()).isEqualTo(atRisk);

    runUntil(atRisk);

    assertThat(timer.firedAt).containsExactly(atRisk);
    assertThat(field("sla_state")).isEqualTo("at_risk");
    assertThat(sla.scheduler().nextWakeUp()).isEqualTo(CREATED.plus(Duration.ofHours(1)));
  }

  @Test
  void aBreachPostsOneNoteAndEachEscalationLevelActsOnce() throws Exception {
    sync.syncTickets(() -> true);
    runUntil(CREATED.plus(Duration.ofMinutes(45)));
    runUntil(CREATED.plus(Duration.ofHours(1)));

    assertThat(field("sla_state")).isEqualTo("breached");
    assertThat(breachNotes()).isEqualTo(1);
    assertThat(helpdesk.ticket("5").tags()).contains("sla_breached");
    assertThat(webhookCalls).containsExactly("http://hooks.test/sla 5 L1");
    assertThat(helpdesk.ticket("5").priority()).isNull();

    sync.syncTickets(() -> true); // our own write comes back: nothing new
    runUntil(CREATED.plus(Duration.ofMinutes(90))); // level 2: +30 min
    sync.syncTickets(() -> true);
    runUntil(CREATED.plus(Duration.ofHours(3)));

    assertThat(helpdesk.ticket("5").priority()).isEqualTo(Priority.URGENT);
    assertThat(breachNotes()).isEqualTo(1);
    assertThat(helpdesk.ticket("5").comments().stream().map(Comment::body)
        .filter(b -> b.contains("escalation level 2"))).hasSize(1);
    assertThat(webhookCalls).containsExactly("http://hooks.test/sla 5 L1");
  }

  @Test
  void aBreachWhileTheServerWasDownIsFoundAtStartUpAndNotedOnceAcrossRestarts()
      throws Exception {
    sync.syncTickets(() -> true);
    sync.syncTickets(() -> true); // the store now holds what we wrote
    assertThat(field("sla_state")).isEqualTo("ok");

    clock.set(Instant.parse("2026-03-02T11:00:00Z")); // down from 09:10 to 11:00
    int dueAtStart = startServer();
    runUntil(clock.instant());

    assertThat(dueAtStart).isEqualTo(1);
    assertThat(field("sla_state")).isEqualTo("breached");
    assertThat(breachNotes()).isEqualTo(1);
    assertThat(helpdesk.ticket("5").priority()).isEqualTo(Priority.URGENT);

    sync.syncTickets(() -> true); // urgent now: the due field moves to the urgent target
    sync.syncTickets(() -> true); // and that write comes back too
    clock.advance(Duration.ofMinutes(5));
    int dueAfterSecondRestart = startServer();
    runUntil(clock.instant());
    sync.syncTickets(() -> true);

    assertThat(dueAfterSecondRestart).isZero();
    assertThat(breachNotes()).isEqualTo(1);
    assertThat(webhookCalls).containsExactly("http://hooks.test/sla 5 L1");
  }

  @Test
  void finishedMetricsAreStoredOnceAsKpiInputs() throws Exception {
    sync.syncTickets(() -> true);
    helpdesk.touch("3");
    sync.syncTickets(() -> true);

    List<SlaKpiInput> stored = new JdbcSlaKpiRepository(database.jdbc(), clock)
        .find("memory", "3");
    assertThat(stored).singleElement().satisfies(k -> {
      assertThat(k.metric()).isEqualTo(SlaMetric.FIRST_REPLY);
      assertThat(k.achieved()).isTrue();
      assertThat(k.measured()).isEqualTo(Duration.ofMinutes(3));
      assertThat(k.target()).isEqualTo(Duration.ofHours(1));
      assertThat(k.policy()).isEqualTo("round the clock");
      assertThat(k.businessHours()).isFalse();
      assertThat(k.startedAt()).isEqualTo(Instant.parse("2026-03-02T09:03:00Z"));
    });
    assertThat(new JdbcSlaKpiRepository(database.jdbc(), clock).find("memory", "5")).isEmpty();
  }

  /** Runs wake-ups in time order as the clock moves, and records when each ran. */
  private final class ManualTimer implements WakeUpTimer {
    private record Pending(Instant at, Runnable task) {}

    private final List<Pending> pending = new ArrayList<>();
    final List<Instant> firedAt = new ArrayList<>();

    @Override
    public Cancellable wakeAt(Instant at, Runnable task) {
      Pending p = new Pending(at, task);
      pending.add(p);
      return () -> pending.remove(p);
    }

    void advanceTo(Instant until) {
      while (true) {
        Optional<Pending> next = pending.stream().min(Comparator.comparing(Pending::at));
        if (next.isEmpty() || next.get().at().isAfter(until)) {
          break;
        }
        pending.remove(next.get());
        if (next.get().at().isAfter(clock.instant())) {
          clock.set(next.get().at());
        }
        firedAt.add(clock.instant());
        next.get().task().run();
      }
      if (until.isAfter(clock.instant())) {
        clock.set(until);
      }
    }
  }
}
