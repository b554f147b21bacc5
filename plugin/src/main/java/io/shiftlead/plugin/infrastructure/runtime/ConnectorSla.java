package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.SlaKpiRepository;
import io.shiftlead.plugin.application.SyncService;
import io.shiftlead.plugin.application.TicketRepository;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import io.shiftlead.plugin.core.evaluation.Shadow;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaEvaluator;
import io.shiftlead.plugin.core.sla.SlaFiredLedger;
import io.shiftlead.plugin.core.sla.SlaKpiInput;
import io.shiftlead.plugin.core.sla.SlaObserver;
import io.shiftlead.plugin.core.sla.SlaScheduler;
import io.shiftlead.plugin.core.sla.TicketSla;
import io.shiftlead.plugin.core.sla.WakeUpTimer;
import io.shiftlead.plugin.infrastructure.store.JdbcSlaFiredLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * The SLA engine of one connector in the running server: its evaluator (with the store's fired
 * ledger), the due-time scheduler and the KPI inputs.
 *
 * <p>Threads: the scheduler's timer only queues due ticket ids ({@link #onDue}); the connector's
 * worker re-evaluates them on its next tick (every second) through
 * {@link SyncService#reevaluate}, so the sync pipeline keeps its single thread. Every evaluation
 * (sync, webhook, due) reports back here and re-tracks the ticket at its next change.
 *
 * <p>Live reload: {@link #replacePolicies} swaps the calculator and evaluator in one volatile
 * write (the next evaluation on the worker thread uses the new policies) and re-plans every open
 * ticket: due now when its written SLA fields differ under the new policies, else at its next
 * change. Shadow mode ({@link #shadowWith}): computed with a throwaway fired ledger (so leaving
 * shadow mode still fires breaches and escalations once, for real) and written nowhere.
 */
public final class ConnectorSla implements SlaObserver {
  private static final Logger LOG = Logger.getLogger(ConnectorSla.class.getName());
  /** Safety net: a queued ticket is looked at again after this if its re-evaluation got lost. */
  static final Duration REQUEUE_AFTER = Duration.ofMinutes(1);

  private final String connector;
  private final JdbcSlaFiredLedger ledger;
  private final SlaKpiRepository kpis;
  private final Clock clock;
  private final SlaScheduler scheduler;
  private final String dueField;
  private final String stateField;
  private final Set<String> due = new LinkedHashSet<>();
  /** The running policies and their evaluator, swapped together. */
  private volatile Engine engine;
  private volatile BooleanSupplier shadow = () -> false;
  private volatile Shadow.Recorder shadowRecorder = (ticketId, evaluatorId, wouldWrite) -> { };

  private record Engine(SlaCalculator calculator, SlaEvaluator evaluator) {}

  public ConnectorSla(String connector, SlaCalculator calculator, JdbcSlaFiredLedger ledger,
      SlaKpiRepository kpis, Clock clock, WakeUpTimer timer, String dueField, String stateField) {
    this.connector = connector;
    this.ledger = ledger;
    this.kpis = kpis;
    this.clock = clock;
    this.dueField = dueField;
    this.stateField = stateField;
    this.scheduler = new SlaScheduler(clock, timer, this::onDue);
    this.engine = engine(calculator);
  }

  private Engine engine(SlaCalculator calculator) {
    return new Engine(calculator, new SlaEvaluator(calculator, clock, dueField, stateField, ledger,
        this));
  }

  /** Decisions in shadow mode are computed and told to {@code recorder}, never written back. */
  public void shadowWith(BooleanSupplier on, Shadow.Recorder recorder) {
    this.shadow = on;
    this.shadowRecorder = recorder;
  }

  /**
   * The pipeline's SLA step: the running policies (looked up at every evaluation), in shadow mode
   * when it is on. With no policy configured it decides nothing and says nothing.
   */
  public Evaluator evaluator() {
    Evaluator current = new Evaluator() {
      @Override
      public String id() {
        return SlaEvaluator.ID;
      }

      @Override
      public Evaluation evaluate(Ticket ticket) {
        Engine e = engine;
        if (!e.calculator().hasPolicies()) {
          return new Evaluation(SlaEvaluator.ID, null, null, null, null, null, null, null,
              List.of());
        }
        if (shadow.getAsBoolean()) {
          return new SlaEvaluator(e.calculator(), clock, dueField, stateField,
              SlaFiredLedger.inMemory(), ConnectorSla.this).evaluate(ticket);
        }
        return e.evaluator().evaluate(ticket);
      }
    };
    return new Shadow(current, () -> shadow.getAsBoolean(),
        (ticketId, evaluatorId, wouldWrite) -> shadowRecorder.shadowed(ticketId, evaluatorId,
            wouldWrite));
  }

  /** The policies the next evaluation uses. */
  public SlaCalculator calculator() {
    return engine.calculator();
  }

  /**
   * Swaps in new policies: the next evaluation uses them, and every open ticket is re-planned
   * (due now when its written SLA fields are stale under them, else at its next change).
   *
   * @return how many open tickets are due at once
   */
  public int replacePolicies(SlaCalculator calculator, TicketRepository tickets) {
    engine = engine(calculator);
    int dueNow = plan(tickets);
    LOG.info(() -> connector + ": SLA policies replaced; " + scheduler.tracked()
        + " open tickets tracked, " + dueNow + " due now");
    return dueNow;
  }

  public SlaScheduler scheduler() {
    return scheduler;
  }

  /**
   * Tracks every open ticket of the store (start-up). A ticket whose written fields are stale (a
   * breach happened while the server was down) or with an escalation level that has not fired is
   * due now;
   * the others at their next change. Then starts the timer.
   *
   * @return how many tickets are due at once
   */
  public int loadOpenTickets(TicketRepository tickets) {
    int dueNow = plan(tickets);
    LOG.info(() -> connector + ": SLA scheduler tracks " + scheduler.tracked() + " open tickets, "
        + dueNow + " due now");
    scheduler.start();
    return dueNow;
  }

  /** Tracks every open ticket under the running policies; returns how many are due now. */
  private int plan(TicketRepository tickets) {
    Engine e = engine;
    if (!e.calculator().hasPolicies() && scheduler.tracked() == 0) {
      return 0;
    }
    Instant now = clock.instant();
    int[] dueNow = new int[1];
    tickets.forEachOpen(connector, ticket -> {
      TicketSla sla = e.calculator().compute(ticket, now);
      if (sla.policy() == null) {
        scheduler.untrack(ticket.id());
      } else if (needsWriteNow(e, ticket, sla)) {
        dueNow[0]++;
        scheduler.track(ticket.id(), now);
      } else {
        scheduler.track(ticket.id(), sla.nextChangeAt());
      }
    });
    return dueNow[0];
  }

  private boolean needsWriteNow(Engine running, Ticket ticket, TicketSla sla) {
    for (Map.Entry<String, Object> f : running.evaluator().fields(sla).entrySet()) {
      if (!Objects.equals(String.valueOf(ticket.fields().get(f.getKey())),
          String.valueOf(f.getValue()))) {
        return true;
      }
    }
    return sla.escalationsDue().stream().anyMatch(e -> !ledger.hasFired(e.key()));
  }

  @Override
  public void evaluated(Ticket ticket, TicketSla sla) {
    kpis.upsert(connector, SlaKpiInput.of(sla));
    scheduler.track(ticket.id(), ticket.deleted() ? null : sla.nextChangeAt());
  }

  /** The timer's handler: queue for the worker; come back later in case it is lost. */
  private Instant onDue(String ticketId, Instant now) {
    synchronized (due) {
      due.add(ticketId);
    }
    return now.plus(REQUEUE_AFTER);
  }

  /** Re-evaluates the queued tickets on the worker thread; returns how many. */
  public int reevaluateDue(SyncService sync) throws ConnectorException {
    List<String> batch;
    synchronized (due) {
      batch = new ArrayList<>(due);
    }
    int done = 0;
    for (String ticketId : batch) {
      synchronized (due) {
        due.remove(ticketId);
      }
      try {
        if (!sync.reevaluate(ticketId)) {
          scheduler.untrack(ticketId);
        }
      } catch (ConnectorException | RuntimeException e) {
        synchronized (due) {
          due.add(ticketId);
        }
        throw e;
      }
      done++;
    }
    return done;
  }

  public int queued() {
    synchronized (due) {
      return due.size();
    }
  }

  public void stop() {
    scheduler.stop();
  }
}
