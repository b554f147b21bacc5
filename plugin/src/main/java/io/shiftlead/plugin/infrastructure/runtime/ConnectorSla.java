package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.SlaKpiRepository;
import io.shiftlead.plugin.application.SyncService;
import io.shiftlead.plugin.application.TicketRepository;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaEvaluator;
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
import java.util.logging.Logger;

/**
 * The SLA engine of one connector in the running server: its evaluator (with the store's fired
 * ledger), the due-time scheduler and the KPI inputs.
 *
 * <p>Threads: the scheduler's timer only queues due ticket ids ({@link #onDue}); the connector's
 * worker re-evaluates them on its next tick (every second) through
 * {@link SyncService#reevaluate}, so the sync pipeline keeps its single thread. Every evaluation
 * (sync, webhook, due) reports back here and re-tracks the ticket at its next change.
 */
public final class ConnectorSla implements SlaObserver {
  private static final Logger LOG = Logger.getLogger(ConnectorSla.class.getName());
  /** Safety net: a queued ticket is looked at again after this if its re-evaluation got lost. */
  static final Duration REQUEUE_AFTER = Duration.ofMinutes(1);

  private final String connector;
  private final SlaCalculator calculator;
  private final JdbcSlaFiredLedger ledger;
  private final SlaKpiRepository kpis;
  private final Clock clock;
  private final SlaScheduler scheduler;
  private final SlaEvaluator evaluator;
  private final Set<String> due = new LinkedHashSet<>();

  public ConnectorSla(String connector, SlaCalculator calculator, JdbcSlaFiredLedger ledger,
      SlaKpiRepository kpis, Clock clock, WakeUpTimer timer, String dueField, String stateField) {
    this.connector = connector;
    this.calculator = calculator;
    this.ledger = ledger;
    this.kpis = kpis;
    this.clock = clock;
    this.scheduler = new SlaScheduler(clock, timer, this::onDue);
    this.evaluator = new SlaEvaluator(calculator, clock, dueField, stateField, ledger, this);
  }

  public SlaEvaluator evaluator() {
    return evaluator;
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
    Instant now = clock.instant();
    int[] counts = new int[2];
    tickets.forEachOpen(connector, ticket -> {
      TicketSla sla = calculator.compute(ticket, now);
      counts[0]++;
      if (sla.policy() == null) {
        return;
      }
      if (needsWriteNow(ticket, sla)) {
        counts[1]++;
        scheduler.track(ticket.id(), now);
      } else {
        scheduler.track(ticket.id(), sla.nextChangeAt());
      }
    });
    LOG.info(() -> connector + ": SLA scheduler tracks " + scheduler.tracked() + " of "
        + counts[0] + " open tickets, " + counts[1] + " due now");
    scheduler.start();
    return counts[1];
  }

  private boolean needsWriteNow(Ticket ticket, TicketSla sla) {
    for (Map.Entry<String, Object> f : evaluator.fields(sla).entrySet()) {
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
