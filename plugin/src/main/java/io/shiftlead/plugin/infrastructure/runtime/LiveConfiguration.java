package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.plugin.application.TicketRepository;
import io.shiftlead.plugin.core.evaluation.Shadow;
import io.shiftlead.plugin.core.qa.QaConfiguration;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaPolicies;
import io.shiftlead.plugin.core.sla.SlaPolicy;
import io.shiftlead.plugin.infrastructure.admin.AdminFiles;
import io.shiftlead.plugin.infrastructure.admin.FileProblem;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.qa.QaDirectory;
import io.shiftlead.plugin.infrastructure.qa.ScorecardException;
import io.shiftlead.plugin.infrastructure.sla.SlaDirectory;
import io.shiftlead.plugin.infrastructure.sla.SlaPolicyException;
import io.shiftlead.plugin.infrastructure.store.JdbcLiveConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * SLA policies and QA scorecards changed while the server runs (ADR 0020): reloads that swap the
 * running set of every connector only when the whole directory is good, the shadow switches of
 * SLA and QA, and the change log of who did what. Reloads are serialized; the connectors' workers
 * pick the new set up at their next evaluation.
 */
public final class LiveConfiguration {
  private static final Logger LOG = Logger.getLogger(LiveConfiguration.class.getName());
  /** The kinds with a shadow-mode switch. */
  public static final String SLA = "sla";
  public static final String QA = "qa";
  public static final String RULES = "rules";
  /** How long a member trusts its copy of the shadow switches (cluster: another member's switch). */
  private static final long SHADOW_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** What a live reload did: the running set's summary, or the problems (nothing swapped). */
  public record Reloaded(String kind, boolean ok, String detail, List<FileProblem> problems) {}

  private final ShiftleadConfig config;
  private final JdbcLiveConfig store;
  private final TicketRepository tickets;
  private final Optional<QaWiring> qa;
  private final Consumer<SlaCalculator> slaSwapped;
  private final List<ConnectorSla> slaSteps;
  private final java.util.function.Supplier<Reloaded> rulesReload;
  private final Map<String, Boolean> shadow = new ConcurrentHashMap<>();
  private volatile long shadowReadAt = System.nanoTime();
  /** Per kind, the newest applied change (config_changes id) this member runs (cluster). */
  private final Map<String, Long> running = new ConcurrentHashMap<>();

  /**
   * @param slaSwapped told of every new policy set (the runtime's API and KPI view of it)
   * @param slaSteps every connector's SLA step, filled as connectors are added
   */
  LiveConfiguration(ShiftleadConfig config, JdbcLiveConfig store, TicketRepository tickets,
      Optional<QaWiring> qa, Consumer<SlaCalculator> slaSwapped, List<ConnectorSla> slaSteps,
      java.util.function.Supplier<Reloaded> rulesReload) {
    this.rulesReload = rulesReload;
    this.config = config;
    this.store = store;
    this.tickets = tickets;
    this.qa = qa;
    this.slaSwapped = slaSwapped;
    this.slaSteps = slaSteps;
    this.shadow.putAll(store.shadowModes());
    running.put(SLA, store.lastAppliedChange(SLA));
    running.put(QA, store.lastAppliedChange(QA));
    running.put(RULES, store.lastAppliedChange(RULES));
  }

  /** The newest applied change of {@code kind} before this member's own reload starts. */
  public long lastApplied(String kind) {
    return store.lastAppliedChange(kind);
  }

  /**
   * This member now runs its own change {@code changeId} of {@code kind}, which it started loading
   * when {@code before} was the newest. A change another member recorded meanwhile may be missing
   * from what was loaded: then this member follows again (an extra reload, never a missed one).
   */
  public void applied(String kind, long before, long changeId) {
    boolean othersMeanwhile = store.appliedChangesBetween(kind, before, changeId);
    running.merge(kind, othersMeanwhile ? before : changeId, Math::max);
  }

  /**
   * Re-reads {@code slaDirectory} and, when every file is good, swaps the policies of every
   * connector's pipeline and re-plans their open tickets; with a problem nothing changes. Either
   * way the change log records who asked.
   *
   * @param fileName the file just saved, or null for a reload of files edited on disk
   */
  public synchronized Reloaded reloadSla(String actor, String fileName) {
    long before = store.lastAppliedChange(SLA);
    return record(actor, fileName, before, swapSla());
  }

  private Reloaded swapSla() {
    SlaPolicies policies;
    try {
      policies = SlaDirectory.load(config.slaDirectory());
    } catch (SlaPolicyException e) {
      return refused(SLA, AdminFiles.problems(e));
    } catch (IllegalArgumentException e) {
      return refused(SLA, List.of(new FileProblem(config.slaDirectory(), 0, 0,
          e.getMessage(), null)));
    }
    SlaCalculator next = new SlaCalculator(policies);
    slaSwapped.accept(next);
    int due = 0;
    for (ConnectorSla step : slaSteps) {
      due += step.replacePolicies(next, tickets);
    }
    String detail = "policies " + policies.ordered().stream().map(SlaPolicy::name).toList() + "; "
        + due + " open tickets re-evaluated now, the others re-planned";
    return new Reloaded(SLA, true, detail, List.of());
  }

  /**
   * Re-reads the scorecards and, when the file is good, swaps them for every connector's pipeline
   * and the QA API; with a problem nothing changes.
   */
  public synchronized Reloaded reloadQa(String actor, String fileName) {
    long before = store.lastAppliedChange(QA);
    return record(actor, fileName, before, swapQa());
  }

  private Reloaded swapQa() {
    if (qa.isEmpty()) {
      return refused(QA, List.of(new FileProblem(
          String.valueOf(config.qaDirectory()), 0, 0, "QA is off (no qaDirectory at start-up):"
              + " set qaDirectory and restart to turn it on", null)));
    }
    QaConfiguration next;
    try {
      next = QaDirectory.load(config.qaDirectory()).orElseThrow();
    } catch (ScorecardException e) {
      return refused(QA, List.of(AdminFiles.problem(e)));
    } catch (IllegalArgumentException e) {
      return refused(QA, List.of(new FileProblem(config.qaDirectory(), 0, 0,
          e.getMessage(), null)));
    }
    qa.get().replace(next);
    return new Reloaded(QA, true, "scorecards " + qa.get().scorecardIds(), List.of());
  }

  private Reloaded record(String actor, String fileName, long before, Reloaded result) {
    if (result.ok()) {
      long id = store.recordChange(actor, result.kind(), fileName,
          fileName == null ? "reload" : "save", result.detail());
      applied(result.kind(), before, id);
      LOG.info(() -> result.kind() + " reloaded by " + actor + ": " + result.detail());
    } else {
      store.recordChange(actor, result.kind(), fileName, "refused", result.detail());
      LOG.warning(() -> result.kind() + " reload refused: " + result.detail());
    }
    return result;
  }

  private static Reloaded refused(String kind, List<FileProblem> problems) {
    String detail = problems.size() + " problem(s), nothing changed: " + problems.get(0);
    return new Reloaded(kind, false, detail, problems);
  }

  /**
   * Cluster: reloads from this member's copy of the files every kind another member saved or
   * reloaded since this member last swapped it (the directories must be on storage every member
   * reads). Not recorded as a change itself, so members never echo each other; a member whose
   * copy does not load records a refusal naming itself and keeps its running set.
   *
   * @return what was reloaded, empty when nothing changed elsewhere
   */
  public synchronized List<Reloaded> followOtherMembers(String member) {
    List<Reloaded> done = new java.util.ArrayList<>();
    for (String kind : List.of(SLA, QA, RULES)) {
      long newest;
      Reloaded result;
      try {
        newest = store.lastAppliedChange(kind);
        if (newest <= running.getOrDefault(kind, 0L) || (QA.equals(kind) && qa.isEmpty())) {
          continue;
        }
        result = SLA.equals(kind) ? swapSla() : QA.equals(kind) ? swapQa() : rulesReload.get();
      } catch (RuntimeException e) { // the store or the files unreachable: try again next time
        LOG.log(java.util.logging.Level.WARNING, "following " + kind + " changes failed: "
            + e.getMessage(), e);
        continue;
      }
      running.merge(kind, newest, Math::max); // a refused copy is not retried every tick
      if (result.ok()) {
        LOG.info(() -> kind + " reloaded to follow change #" + newest + " made on another member: "
            + result.detail());
      } else {
        store.recordChange("member " + member, kind, null, "refused", "following change #"
            + newest + ": " + result.detail());
        LOG.warning(() -> kind + " change #" + newest + " made on another member does not load"
            + " here: " + result.detail());
      }
      done.add(result);
    }
    return done;
  }


  /**
   * Whether SLA or QA decisions are only recorded, not written back. Re-read from the store every
   * few seconds, so every cluster member follows a switch made on another.
   */
  public boolean shadowOn(String kind) {
    long now = System.nanoTime();
    if (now - shadowReadAt > SHADOW_REFRESH_NANOS) {
      shadowReadAt = now;
      try {
        shadow.putAll(store.shadowModes());
      } catch (RuntimeException e) {
        LOG.warning(() -> "shadow switches not re-read, keeping the last: " + e.getMessage());
      }
    }
    return shadow.getOrDefault(kind, false);
  }

  /** Switches shadow mode of {@code sla} or {@code qa}; stored, so it survives a restart. */
  public synchronized void setShadow(String kind, boolean on, String actor) {
    if (!SLA.equals(kind) && !QA.equals(kind)) {
      throw new IllegalArgumentException("shadow mode is switched for sla or qa (rules: give the"
          + " rule mode: shadow), not '" + kind + "'");
    }
    store.saveShadowMode(kind, on, actor);
    shadow.put(kind, on);
    store.recordChange(actor, kind, null, on ? "shadow-on" : "shadow-off",
        on ? "decisions computed and recorded, not written back" : "decisions written back");
  }

  /** The change log, shadow switches and shadowed decisions. */
  public JdbcLiveConfig store() {
    return store;
  }

  /** Where a connector's shadowed decisions of a kind are kept. */
  Shadow.Recorder recorder(String connector, String kind) {
    return (ticketId, evaluatorId, wouldWrite) -> store.recordShadow(connector, ticketId, kind,
        wouldWrite);
  }
}
