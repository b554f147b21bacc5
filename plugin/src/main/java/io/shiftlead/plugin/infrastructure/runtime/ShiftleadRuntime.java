package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.plugin.application.ConnectorStateRepository;
import io.shiftlead.plugin.application.NotificationOutbox;
import io.shiftlead.plugin.application.OutboxRepository;
import io.shiftlead.plugin.application.SlaKpiRepository;
import io.shiftlead.plugin.application.SyncService;
import io.shiftlead.plugin.application.TicketRepository;
import io.shiftlead.plugin.application.WebhookInbox;
import io.shiftlead.plugin.application.WebhookIntakeService;
import io.shiftlead.plugin.application.cluster.LeaseCoordinator;
import io.shiftlead.plugin.application.qa.QaService;
import io.shiftlead.plugin.core.evaluation.CompositeEvaluator;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import io.shiftlead.plugin.core.evaluation.FirstReplyTimeEvaluator;
import io.shiftlead.plugin.core.sla.ExecutorWakeUpTimer;
import io.shiftlead.plugin.core.routing.InMemoryRoutingState;
import io.shiftlead.plugin.core.rules.BusinessTime;
import io.shiftlead.plugin.core.rules.RulesEvaluator;
import io.shiftlead.plugin.infrastructure.rules.LoadReport;
import io.shiftlead.plugin.infrastructure.rules.RuleSetRepository;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.infrastructure.config.ConfigException;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.sla.SlaDirectory;
import io.shiftlead.plugin.infrastructure.sla.SlaPolicyException;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ConnectorConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.notify.HttpNotificationSender;
import io.shiftlead.plugin.infrastructure.store.JdbcConnectorStateRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcKpiStore;
import io.shiftlead.plugin.application.KpiRecordingTicketRepository;
import io.shiftlead.plugin.core.kpi.SlaEngineOutcomes;
import io.shiftlead.plugin.infrastructure.store.JdbcNotificationOutbox;
import io.shiftlead.plugin.infrastructure.store.JdbcOutboxRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcResweepLedger;
import io.shiftlead.plugin.infrastructure.store.JdbcSlaFiredLedger;
import io.shiftlead.plugin.infrastructure.store.JdbcSlaKpiRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcWebhookInbox;
import io.shiftlead.plugin.infrastructure.store.StoreAgentLoad;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Everything the server runs, assembled from the configuration without any container: the store,
 * the sandbox (when enabled), one connector, sync service and worker per configured connector.
 * The CDI lifecycle bean starts and stops it; tests drive it directly.
 */
public final class ShiftleadRuntime implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ShiftleadRuntime.class.getName());

  private final Database database;
  private final AutoCloseable sandbox;
  private final TicketRepository tickets;
  private final OutboxRepository outbox;
  private final ConnectorStateRepository states;
  private final WebhookInbox inbox;
  private final NotificationOutbox notifications;
  private final JdbcKpiStore kpis;
  private final io.shiftlead.plugin.application.SurveyIntakeService surveyIntake;
  private io.shiftlead.plugin.core.kpi.KpiGoals kpiGoals = io.shiftlead.plugin.core.kpi.KpiGoals.NONE;
  private RuleSetRepository rules;
  private ShiftleadConfig config;
  private volatile SlaCalculator sla;
  private LiveConfiguration live;
  private Optional<QaWiring> qa = Optional.empty();
  /** Copy-on-write: connectors are added and removed at run time by the admin console. */
  private volatile Map<String, Running> connectors = Map.of();
  private ConnectorRegistry registry;
  private ScheduledExecutorService scheduler;
  private Optional<io.shiftlead.plugin.infrastructure.secrets.SecretCipher> cipher =
      Optional.empty();
  private io.shiftlead.plugin.infrastructure.store.JdbcConnectorDefinitions definitions;
  private final List<ScheduledFuture<?>> schedules =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<ConnectorSla> slaSchedulers =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private final SlaKpiRepository slaKpis;
  private volatile boolean running = true;
  /** Cluster mode: which connectors this member syncs; null on a single server. */
  private LeaseCoordinator lease;
  private ScheduledExecutorService leaseThread;
  private final DataGrid grid = DataGrid.fromJndi();
  private final WorkerThreads workerThreads = new WorkerThreads();
  private final io.shiftlead.plugin.infrastructure.store.JdbcMetricsQueries metricsQueries;
  private final Clock clock;

  private record Running(ConnectorConfig config, BackfillingConnector connector,
      ConnectorWorker worker, Optional<WebhookIntakeService> webhooks, ScheduledFuture<?> schedule,
      ConnectorSla sla, java.util.concurrent.atomic.AtomicBoolean active, boolean fromConsole,
      Resweeper resweeper) {}

  private ShiftleadRuntime(Database database, AutoCloseable sandbox, Clock clock) {
    this.database = database;
    this.sandbox = sandbox;
    Jdbc jdbc = database.jdbc();
    // every stored ticket and survey also updates its KPI facts (docs/kpis.md)
    this.kpis = new JdbcKpiStore(jdbc, clock);
    this.tickets = new KpiRecordingTicketRepository(new JdbcTicketRepository(jdbc, clock), kpis,
        new SlaEngineOutcomes(() -> sla, clock), qaScores(jdbc));
    this.surveyIntake = new io.shiftlead.plugin.application.SurveyIntakeService(tickets, clock);
    this.outbox = new JdbcOutboxRepository(jdbc, clock);
    this.states = new JdbcConnectorStateRepository(jdbc);
    this.inbox = new JdbcWebhookInbox(jdbc, clock);
    this.notifications = new JdbcNotificationOutbox(jdbc, clock);
    this.slaKpis = new JdbcSlaKpiRepository(jdbc, clock);
    this.metricsQueries = new io.shiftlead.plugin.infrastructure.store.JdbcMetricsQueries(jdbc);
    this.clock = clock;
  }

  /** The KPI facts' QA average: the latest stored QA score of the ticket. */
  private static KpiRecordingTicketRepository.QaScores qaScores(Jdbc jdbc) {
    return new io.shiftlead.plugin.infrastructure.store.JdbcQaRepository(jdbc)::scores;
  }

  /**
   * Opens the store, starts the sandbox if asked, and schedules every connector's worker; the
   * secret key comes from {@code SHIFTLEAD_SECRET_KEY} (see {@link ConnectorAdmin}).
   */
  public static ShiftleadRuntime start(ShiftleadConfig config, ConnectorRegistry registry,
      ScheduledExecutorService scheduler, Clock clock) {
    Optional<io.shiftlead.plugin.infrastructure.secrets.SecretCipher> cipher;
    try {
      cipher = io.shiftlead.plugin.infrastructure.secrets.SecretCipher
          .fromEnvironment(System::getenv);
    } catch (io.shiftlead.plugin.infrastructure.secrets.SecretException e) {
      throw new ConfigException("environment", List.of(e.getMessage()));
    }
    return start(config, registry, scheduler, clock, cipher);
  }

  /**
   * As {@link #start(ShiftleadConfig, ConnectorRegistry, ScheduledExecutorService, Clock)} with
   * the cipher for the console's connector secrets given (empty: secrets cannot be stored, and a
   * stored one stops start-up with a {@link ConfigException}).
   */
  public static ShiftleadRuntime start(ShiftleadConfig config, ConnectorRegistry registry,
      ScheduledExecutorService scheduler, Clock clock,
      Optional<io.shiftlead.plugin.infrastructure.secrets.SecretCipher> cipher) {
    AutoCloseable sandbox = config.sandbox().enabled() ? DemoSandbox.start(config.sandbox()) : null;
    Database database;
    try {
      database = Database.open(config.store().url(), config.store().user(),
          config.store().password());
    } catch (RuntimeException e) {
      closeQuietly(sandbox);
      throw e;
    }
    ShiftleadRuntime runtime = new ShiftleadRuntime(database, sandbox, clock);
    runtime.kpiGoals = config.kpis() == null ? runtime.kpiGoals : config.kpis();
    runtime.config = config;
    runtime.registry = registry;
    runtime.scheduler = scheduler;
    runtime.cipher = cipher;
    runtime.definitions = new io.shiftlead.plugin.infrastructure.store.JdbcConnectorDefinitions(
        database.jdbc(), clock);
    runtime.rules = new RuleSetRepository(Path.of(config.rulesDirectory()));
    runtime.reloadRules();
    try {
      runtime.sla = new SlaCalculator(SlaDirectory.load(config.slaDirectory()));
    } catch (SlaPolicyException e) {
      runtime.close();
      throw new ConfigException("slaDirectory " + config.slaDirectory(), e.problems().stream()
          .map(Object::toString).toList());
    } catch (IllegalArgumentException e) {
      runtime.close();
      throw new ConfigException("slaDirectory " + config.slaDirectory(), List.of(e.getMessage()));
    }
    try {
      runtime.qa = QaWiring.load(config, runtime.tickets, database.jdbc(), clock);
    } catch (ConfigException e) {
      runtime.close();
      throw e;
    }
    runtime.live = new LiveConfiguration(config,
        new io.shiftlead.plugin.infrastructure.store.JdbcLiveConfig(database.jdbc(), clock),
        runtime.tickets, runtime.qa, next -> runtime.sla = next, runtime.slaSchedulers, () -> {
          LoadReport report = runtime.reloadRules();
          return new LiveConfiguration.Reloaded(LiveConfiguration.RULES, report.ok(), "loaded "
              + report.loaded() + (report.ok() ? "" : "; rejected " + report.rejected().keySet()),
              List.of());
        });
    if (config.cluster().enabled()) {
      runtime.lease = ClusterWiring.coordinator(config, database.jdbc(), clock);
      // its own thread: long syncs occupying the container's pool must never delay a renewal
      runtime.leaseThread = ClusterWiring.leaseThread();
      runtime.leaseThread.scheduleWithFixedDelay(runtime.lease, 0,
          config.cluster().renewSeconds(), TimeUnit.SECONDS);
    }
    for (ConnectorConfig connectorConfig : config.connectors()) {
      runtime.add(connectorConfig, false);
    }
    try {
      new ConnectorAdmin(runtime).startStored(); // added from the console: config wins on a clash
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    if (runtime.lease != null) { // other members add, change and delete console connectors too
      runtime.schedules.add(scheduler.scheduleWithFixedDelay(
          () -> new ConnectorAdmin(runtime).refreshFromStore(), config.cluster().renewSeconds(),
          config.cluster().renewSeconds(), TimeUnit.SECONDS));
      // and save or reload rules, policies and scorecards: every member follows
      String member = runtime.lease.memberId();
      runtime.schedules.add(scheduler.scheduleWithFixedDelay(() -> {
        try { // an exception would end a periodic task for good
          runtime.live.followOtherMembers(member);
        } catch (RuntimeException e) {
          LOG.log(java.util.logging.Level.WARNING, "following other members' changes: "
              + e.getMessage(), e);
        }
      }, config.cluster().renewSeconds(), config.cluster().renewSeconds(), TimeUnit.SECONDS));
    }
    runtime.scheduleWeeklyKpiSummary(scheduler, clock);
    LOG.info(() -> "Shiftlead started: store " + Database.redacted(config.store().url()) + ", connectors "
        + runtime.connectors.keySet());
    return runtime;
  }

  /**
   * Creates a connector and schedules its worker; in a cluster it joins the leases.
   *
   * @param fromConsole added from the admin console (stored in {@code connector_definitions})
   * @throws IllegalStateException when a connector of that name runs already
   */
  synchronized void add(ConnectorConfig cc, boolean fromConsole) {
    if (connectors.containsKey(cc.name())) {
      throw new IllegalStateException("connector '" + cc.name() + "' runs already");
    }
    BackfillingConnector connector = new BackfillingConnector(cc.name(),
        registry.factory(cc.type()).orElseThrow()
            .create(new ConnectorSettings(cc.name(), cc.settings()), clock), clock);
    // rules for this connector: shared.yaml plus <connector name>.yaml in the rules directory
    RulesEvaluator ruleEvaluator = new RulesEvaluator(rules.engineFor(cc.name(),
        new InMemoryRoutingState(), new StoreAgentLoad(database.jdbc(), cc.name(), clock)), clock,
        BusinessTime.always(ZoneOffset.UTC));
    List<Evaluator> evaluators = new ArrayList<>(List.of(
        new FirstReplyTimeEvaluator(config.evaluation().firstReplyField()), ruleEvaluator));
    qa.ifPresent(q -> evaluators.add(q.evaluator(cc.name(),
        () -> live.shadowOn(LiveConfiguration.QA), live.recorder(cc.name(), LiveConfiguration.QA))));
    // always there, so policies added later by a live reload apply without a restart
    ConnectorSla connectorSla = new ConnectorSla(cc.name(), sla,
        new JdbcSlaFiredLedger(database.jdbc(), cc.name()), slaKpis, clock,
        new ExecutorWakeUpTimer(scheduler, clock), config.evaluation().slaDueField(),
        config.evaluation().slaStateField());
    connectorSla.shadowWith(() -> live.shadowOn(LiveConfiguration.SLA),
        live.recorder(cc.name(), LiveConfiguration.SLA));
    evaluators.add(connectorSla.evaluator()); // last: its escalations win over the rules
    SyncService sync = new SyncService(cc.name(), connector, new CompositeEvaluator(evaluators),
        tickets, outbox, states, inbox, notifications, new HttpNotificationSender(), clock);
    connectorSla.loadOpenTickets(tickets);
    slaSchedulers.add(connectorSla);
    ConnectorWorker.Step slaStep = () -> connectorSla.reevaluateDue(sync);
    var active = new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.function.BooleanSupplier mine = () -> running && active.get();
    if (lease != null) { // cluster: only while this member holds the lease, fenced writes
      LeaseCoordinator coordinator = lease;
      lease.addConnector(cc.name());
      mine = () -> running && active.get() && coordinator.holds(cc.name());
      sync.fenceWith(coordinator.fence(cc.name()));
    }
    // periodic re-sweep (ADR 0021): before the SLA step, so a due sweep's pull starts this tick
    Resweeper resweeper = new Resweeper(cc.name(), cc.resweep(), connector, sync,
        new JdbcResweepLedger(database.jdbc()), clock);
    ConnectorWorker.Step sla = slaStep;
    ConnectorWorker worker = new ConnectorWorker(sync, states,
        Duration.ofSeconds(cc.pollIntervalSeconds()), clock, mine, () -> {
          resweeper.run();
          sla.run();
        });
    resweeper.attach(worker);
    Optional<WebhookIntakeService> webhooks = connector.webhooks()
        .map(handler -> new WebhookIntakeService(cc.name(), handler, inbox, clock));
    ScheduledFuture<?> schedule = workerThreads.everySecond(worker); // a thread per connector (ADR 0004)
    Map<String, Running> next = new LinkedHashMap<>(connectors);
    next.put(cc.name(), new Running(cc, connector, worker, webhooks, schedule, connectorSla,
        active, fromConsole, resweeper));
    connectors = java.util.Collections.unmodifiableMap(next);
  }

  /**
   * Stops a connector's worker and closes it (a run in progress finishes its page first; nothing
   * more is written); in a cluster its lease is given up. Stored data stays.
   *
   * @return false when no such connector runs
   */
  synchronized boolean remove(String name) {
    Running r = connectors.get(name);
    if (r == null) {
      return false;
    }
    Map<String, Running> next = new LinkedHashMap<>(connectors);
    next.remove(name);
    connectors = java.util.Collections.unmodifiableMap(next);
    r.active().set(false);
    workerThreads.release(r.schedule());
    if (r.sla() != null) {
      r.sla().stop();
      slaSchedulers.remove(r.sla());
    }
    if (lease != null) {
      lease.removeConnector(name);
    }
    r.connector().close();
    return true;
  }

  /** The running connector's configuration (secrets resolved: never show or log its values). */
  public Optional<ConnectorConfig> connectorConfig(String connectorName) {
    return Optional.ofNullable(connectors.get(connectorName)).map(Running::config);
  }

  /** Whether the running connector was added from the admin console (not the config file). */
  public boolean fromConsole(String connectorName) {
    Running r = connectors.get(connectorName);
    return r != null && r.fromConsole();
  }

  /** The connector types on the class path. */
  public ConnectorRegistry registry() {
    return registry;
  }

  /** The console's connector definitions and change log. */
  public io.shiftlead.plugin.infrastructure.store.JdbcConnectorDefinitions definitions() {
    return definitions;
  }

  /** Encrypts the console's secrets; empty when {@code SHIFTLEAD_SECRET_KEY} is not set. */
  public Optional<io.shiftlead.plugin.infrastructure.secrets.SecretCipher> cipher() {
    return cipher;
  }

  Clock clock() {
    return clock;
  }

  /**
   * Hourly: queues last week's KPI summary for each connector when {@code kpis.weeklySummaryUrl} is
   * set; the outbox key makes it once per week, and each connector's worker delivers it.
   */
  private void scheduleWeeklyKpiSummary(ScheduledExecutorService scheduler, Clock clock) {
    if (kpiGoals.weeklySummaryUrl() == null) {
      return;
    }
    var weekly = new io.shiftlead.plugin.application.WeeklyKpiSummary(kpis, notifications);
    schedules.add(scheduler.scheduleWithFixedDelay(() -> {
      for (String name : connectors.keySet()) {
        try {
          weekly.queueLastWeek(name, kpiGoals, clock.instant());
        } catch (RuntimeException e) {
          LOG.warning(() -> name + ": weekly KPI summary not queued: " + e.getMessage());
        }
      }
    }, 1, 60, TimeUnit.MINUTES));
  }

  /**
   * Re-reads the rules directory. A file with problems is reported and not used; a file that was
   * good before keeps running in its last good version.
   */
  public LoadReport reloadRules() {
    LoadReport report = rules.reload();
    report.rejected().forEach((file, problems) -> LOG.severe(() -> "rule file " + file
        + " rejected, not applied:\n  " + String.join("\n  ",
            problems.stream().map(Object::toString).toList())));
    LOG.info(() -> "rules loaded: " + report.loaded());
    return report;
  }

  /**
   * Reloads the rules directory on behalf of {@code actor} and records it in the change log, so the
   * other members of a cluster follow (see {@link LiveConfiguration#followOtherMembers}).
   */
  public LoadReport reloadRules(String actor) {
    long before = live.lastApplied(LiveConfiguration.RULES);
    LoadReport report = reloadRules();
    long change = live.store().recordChange(actor, LiveConfiguration.RULES, null,
        report.ok() ? "reload" : "refused", "loaded " + report.loaded()
            + (report.ok() ? "" : "; rejected " + report.rejected().keySet()));
    if (report.ok()) {
      live.applied(LiveConfiguration.RULES, before, change);
    }
    return report;
  }

  public RuleSetRepository rules() {
    return rules;
  }

  /** Live reload of SLA policies and scorecards, shadow switches, change log (ADR 0020). */
  public LiveConfiguration live() {
    return live;
  }

  /** SLA states from the policies in {@code slaDirectory} (none configured: no metrics). */
  public SlaCalculator sla() {
    return sla;
  }

  /** QA scoring's use cases; empty when no {@code qaDirectory} is configured. */
  public Optional<QaService> qa() {
    return qa.map(QaWiring::service);
  }

  public List<ConnectorStatus> status() {
    List<ConnectorStatus> result = new ArrayList<>();
    for (Running r : connectors.values()) {
      String name = r.config().name();
      var state = states.find(name);
      result.add(new ConnectorStatus(name, r.config().type(), r.worker().state(),
          state.map(s -> s.ticketCursor().value()).orElse(""),
          tickets.count(name), tickets.countSurveys(name), outbox.countApplied(name),
          outbox.countNotesPosted(name), state.map(s -> s.pagesPulled()).orElse(0L),
          state.map(s -> s.lastSyncAt()).orElse(null),
          state.map(s -> s.lastError()).orElse(null),
          state.map(s -> s.lastErrorAt()).orElse(null), r.resweeper().status()));
    }
    return result;
  }

  /**
   * This member's part in the cluster: its id, the leases it holds among the {@code visible}
   * connectors, the live members in the store and the Payara Data Grid, if any.
   */
  public ClusterStatus clusterStatus(java.util.function.Predicate<String> visible) {
    var view = grid.view().orElse(null);
    if (lease == null) {
      return new ClusterStatus(false, null, connectorNames().stream().filter(visible).toList(), 1,
          view);
    }
    return new ClusterStatus(true, lease.memberId(),
        lease.held().stream().filter(visible).toList(), liveMembers(), view);
  }

  private long liveMembers() {
    if (lease == null) {
      return 1;
    }
    return metricsQueries.liveMembers(clock.instant()
        .minusSeconds(config.cluster().leaseSeconds()));
  }

  /** The Prometheus series of the {@code visible} connectors (docs/operations.md#metrics). */
  public List<io.shiftlead.plugin.infrastructure.metrics.MetricFamily> metrics(
      java.util.function.Predicate<String> visible) {
    Map<String, Long> rateLimited = new LinkedHashMap<>();
    connectors.forEach((name, r) -> rateLimited.put(name, r.worker().rateLimitedCount()));
    return RuntimeMetrics.families(new RuntimeMetrics.Reading(clock.instant(),
        status().stream().filter(c -> visible.test(c.name())).toList(),
        metricsQueries.outboxByState(), metricsQueries.webhookInboxDepth(), rateLimited,
        lease == null ? null : lease.held(), liveMembers(),
        grid.view().map(v -> v.members().size()).orElse(-1)));
  }

  /** The webhook intake of a connector; empty when unknown or it takes no webhooks. */
  public Optional<WebhookIntakeService> webhooks(String connectorName) {
    return Optional.ofNullable(connectors.get(connectorName)).flatMap(Running::webhooks);
  }

  /** A configured connector, for the admin console's test connection and backfill. */
  public Optional<BackfillingConnector> connector(String connectorName) {
    return Optional.ofNullable(connectors.get(connectorName)).map(Running::connector);
  }

  /** The configuration the runtime was started with (directories for the console's editor). */
  public ShiftleadConfig config() {
    return config;
  }

  /**
   * Rewinds a connector's ticket stream to {@code from} and has its worker pull at the next tick.
   *
   * @see BackfillingConnector#startBackfill
   */
  public BackfillProgress startBackfill(String connectorName, java.time.Instant from) {
    Running r = connectors.get(connectorName);
    if (r == null) {
      throw new IllegalArgumentException("no connector '" + connectorName + "'");
    }
    BackfillProgress progress = r.resweeper().startBackfill(from,
        () -> r.connector().startBackfill(from));
    r.worker().pollSoon();
    return progress;
  }

  /** The store, for the admin console's read-only queries. */
  public Database database() {
    return database;
  }

  public boolean knowsConnector(String connectorName) {
    return connectors.containsKey(connectorName);
  }

  /** Cluster mode: this member's id and the connectors it syncs now; empty on a single server. */
  public Optional<LeaseCoordinator> cluster() {
    return Optional.ofNullable(lease);
  }

  public TicketRepository tickets() {
    return tickets;
  }

  /** The SLA KPI inputs stored on every evaluation. */
  public SlaKpiRepository slaKpis() {
    return slaKpis;
  }

  /** Survey answers from outside the helpdesks (webhook, CSV import). */
  public io.shiftlead.plugin.application.SurveyIntakeService surveyIntake() {
    return surveyIntake;
  }

  /** KPI goals and the change that flags a KPI, from the configuration. */
  public io.shiftlead.plugin.core.kpi.KpiGoals kpiGoals() {
    return kpiGoals;
  }

  /** The configured connector names, in configuration order. */
  public List<String> connectorNames() {
    return List.copyOf(connectors.keySet());
  }

  /** KPI facts and reports. */
  public JdbcKpiStore kpis() {
    return kpis;
  }

  public OutboxRepository outbox() {
    return outbox;
  }

  /** Whether the store answers; readiness depends on it. */
  public boolean storeReachable() {
    return database.isReachable();
  }

  @Override
  public void close() {
    running = false;
    schedules.forEach(s -> s.cancel(false));
    workerThreads.close();
    if (lease != null) {
      leaseThread.shutdownNow();
      lease.releaseAll(); // the other members take over on their next round
    }
    slaSchedulers.forEach(ConnectorSla::stop);
    connectors.values().forEach(r -> {
      r.schedule().cancel(false);
      r.connector().close();
    });
    database.close();
    closeQuietly(sandbox);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.warning(() -> "closing " + closeable + ": " + e.getMessage());
    }
  }
}
