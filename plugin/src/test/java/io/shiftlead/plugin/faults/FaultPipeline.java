package io.shiftlead.plugin.faults;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.zendesk.ZendeskConnectorFactory;
import io.shiftlead.plugin.application.NotificationSender;
import io.shiftlead.plugin.application.SyncService;
import io.shiftlead.plugin.core.evaluation.FirstReplyTimeEvaluator;
import io.shiftlead.plugin.infrastructure.runtime.ConnectorWorker;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcConnectorStateRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcNotificationOutbox;
import io.shiftlead.plugin.infrastructure.store.JdbcOutboxRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcWebhookInbox;
import io.shiftlead.testfixtures.MutableClock;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.User;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The whole pipeline for one fault: the sandbox helpdesk, the real Zendesk connector, SyncService
 * on an H2 store and a {@link ConnectorWorker}, all on a {@link MutableClock} that the connector's
 * waits (retry back-off, Retry-After, circuit breaker) advance instead of sleeping. Reads the end
 * state from the sandbox itself: what Shiftlead actually wrote.
 */
final class FaultPipeline implements AutoCloseable {
  static final String CONNECTOR = "faults";
  static final long FIRST_REPLY_FIELD = 360000000101L;
  /** Distinctive, so the log check in scripts/run-tests can find it if anything ever logs it. */
  static final String API_TOKEN = "sl-test-secret-FAULTSUITE-api-token-7f3a9c";

  final SandboxHelpdesk sandbox;
  final MutableClock clock = new MutableClock(Instant.now());
  final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  final FlakyDataSource store;
  private final Database database;
  private final Map<String, String> settings = new HashMap<>();
  private UnaryOperator<HelpdeskConnector> connectorWrapper = UnaryOperator.identity();
  private final List<HelpdeskConnector> connectors = new ArrayList<>();

  FaultPipeline(int tickets, int pageSize) {
    this(tickets, pageSize, 42L);
  }

  FaultPipeline(int tickets, int pageSize, long seed) {
    this(tickets, pageSize, seed, false);
  }

  /**
   * @param sandboxOnPipelineClock the sandbox's time is the pipeline's {@link #clock} (its seeded
   *     history ends "now"), so that a start time the plugin computes from its clock means the
   *     same instant to the helpdesk (re-sweeps); the clock then starts at the dataset's fixed
   *     base instant, so the seeded data is the same whatever the day. Otherwise the sandbox runs
   *     on real time
   */
  FaultPipeline(int tickets, int pageSize, long seed, boolean sandboxOnPipelineClock) {
    SandboxOptions options = SandboxOptions.defaults().withTicketCount(tickets).withSeed(seed)
        .withCredentials(SandboxOptions.DEFAULT_EMAIL, API_TOKEN);
    if (sandboxOnPipelineClock) {
      clock.set(options.baseInstant());
      options = options.withClock(clock);
    }
    sandbox = SandboxHelpdesk.start(options);
    database = Database.open("jdbc:h2:mem:faults-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    store = new FlakyDataSource(database.dataSource());
    settings.put("baseUrl", sandbox.baseUrl());
    settings.put("email", SandboxOptions.DEFAULT_EMAIL);
    settings.put("apiToken", API_TOKEN);
    settings.put("startTime", "2026-01-01T00:00:00Z");
    settings.put("pageSize", String.valueOf(pageSize));
    settings.put("customFields", "first_reply_minutes:" + FIRST_REPLY_FIELD);
    settings.put("requestsPerMinute", "1000000");
    settings.put("exportRequestsPerMinute", "1000000");
    // short, so a stall costs a second, not the production 30 s
    settings.put("callTimeoutSeconds", "1");
  }

  FaultPipeline set(String key, String value) {
    settings.put(key, value);
    return this;
  }

  /** Wraps every connector created from now on (crash simulation). */
  FaultPipeline wrapConnector(UnaryOperator<HelpdeskConnector> wrapper) {
    connectorWrapper = wrapper;
    return this;
  }

  /** The connector of the latest {@link #newSync()}. */
  HelpdeskConnector lastConnector() {
    return connectors.get(connectors.size() - 1);
  }

  /** The waits the connector asked for; each also moved the clock. */
  Duration waited() {
    synchronized (waits) {
      return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }
  }

  /** A fresh "process": a new connector instance and SyncService on the same store. */
  SyncService newSync() {
    Sleeper sleeper = d -> {
      waits.add(d);
      clock.advance(d);
    };
    HelpdeskConnector connector = connectorWrapper.apply(new ZendeskConnectorFactory()
        .create(new ConnectorSettings(CONNECTOR, Map.copyOf(settings)), clock, sleeper));
    connectors.add(connector);
    Jdbc jdbc = new Jdbc(store);
    NotificationSender noWebhooks = (url, payload) -> {};
    return new SyncService(CONNECTOR, connector, new FirstReplyTimeEvaluator("first_reply_minutes"),
        new JdbcTicketRepository(jdbc, clock), new JdbcOutboxRepository(jdbc, clock),
        states(), new JdbcWebhookInbox(jdbc, clock),
        new JdbcNotificationOutbox(jdbc, clock), noWebhooks, clock);
  }

  JdbcConnectorStateRepository states() {
    return new JdbcConnectorStateRepository(new Jdbc(store));
  }

  ConnectorWorker newWorker(SyncService sync) {
    return new ConnectorWorker(sync, states(), Duration.ofSeconds(60), clock, () -> true);
  }

  /**
   * Runs the worker once a (simulated) second until a sync succeeds, at most {@code maxTicks}.
   * Each failing tick also lets 30 ms of real time pass, so that what the helpdesk does in real
   * time (a stalled request landing late, a background job) happens in step with the simulation.
   *
   * @return the ticks it took
   */
  static int tickUntilIdle(ConnectorWorker worker, MutableClock clock, int maxTicks) {
    for (int tick = 1; tick <= maxTicks; tick++) {
      worker.run();
      if ("idle".equals(worker.state())) {
        return tick;
      }
      clock.advance(Duration.ofSeconds(1));
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("not caught up after " + maxTicks + " ticks: " + worker.state());
  }

  /** Tickets that are neither deleted nor closed and have a public staff reply. */
  List<Long> ticketsWithAnAgentReply() {
    return sandbox.ticketIds().stream()
        .filter(id -> !List.of("deleted", "closed").contains(sandbox.ticket(id).status()))
        .filter(id -> sandbox.comments(id).stream().anyMatch(this::isPublicStaffReply))
        .toList();
  }

  private boolean isPublicStaffReply(Comment comment) {
    Optional<User> author = sandbox.dataset().user(comment.authorId());
    return comment.isPublic() && author.map(u -> u.role().isStaff()).orElse(false);
  }

  long shiftleadNotes(long ticketId) {
    return sandbox.comments(ticketId).stream()
        .filter(c -> !c.isPublic() && c.body().contains("[shiftlead:")).count();
  }

  /** Replied tickets without their field or their note. */
  List<Long> lostTickets() {
    return ticketsWithAnAgentReply().stream()
        .filter(id -> sandbox.ticket(id).customField(FIRST_REPLY_FIELD) == null
            || shiftleadNotes(id) == 0)
        .toList();
  }

  /** The helpdesk's end state: replied tickets without their field or note, and extra notes. */
  Outcome outcome() {
    List<Long> replied = ticketsWithAnAgentReply();
    long lost = 0;
    long duplicated = 0;
    for (long id : replied) {
      long notes = shiftleadNotes(id);
      if (sandbox.ticket(id).customField(FIRST_REPLY_FIELD) == null || notes == 0) {
        lost++;
      }
      duplicated += Math.max(0, notes - 1);
    }
    for (long id : sandbox.ticketIds()) {
      if (!replied.contains(id)) {
        duplicated += shiftleadNotes(id); // a note where none belongs is a write too many
      }
    }
    return new Outcome(sandbox.ticketIds().size(), replied.size(), lost, duplicated);
  }

  record Outcome(int tickets, int evaluable, long lost, long duplicated) {}

  long unfinishedWriteBacks() {
    return new JdbcOutboxRepository(new Jdbc(store), clock).unfinished(CONNECTOR, 1000).size();
  }

  DataSource dataSource() {
    return store;
  }

  @Override
  public void close() {
    connectors.forEach(c -> {
      try {
        c.close();
      } catch (Exception ignored) {
        // closing a test connector
      }
    });
    sandbox.close();
    database.close();
  }
}
