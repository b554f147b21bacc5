package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA engine as an evaluation step: writes the next due instant and its state into two custom
 * fields (so native views can sort by them), posts an internal note when a metric breaches and
 * runs the escalation levels that fell due.
 *
 * <p>Fired once: a breach note (key level 0) and each escalation level (key
 * {@link EscalationDue#key()}) are asked for only the first time the {@link SlaFiredLedger}
 * records them; later evaluations of the same breach ask for nothing but the fields. The server's
 * ledger is a store table, so this holds across restarts. Every computation is reported to the
 * {@link SlaObserver} (due-time index, KPI inputs).
 */
public final class SlaEvaluator implements Evaluator {
  public static final String ID = "sla";
  /** The due field's value when no running metric has a due instant. */
  public static final String NO_DUE = "none";

  private final SlaCalculator calculator;
  private final Clock clock;
  private final String dueField;
  private final String stateField;
  private final SlaFiredLedger ledger;
  private final SlaObserver observer;

  /** With an in-memory ledger and no observer (replay, tests). */
  public SlaEvaluator(SlaCalculator calculator, Clock clock, String dueField, String stateField) {
    this(calculator, clock, dueField, stateField, SlaFiredLedger.inMemory(), SlaObserver.NONE);
  }

  public SlaEvaluator(SlaCalculator calculator, Clock clock, String dueField, String stateField,
      SlaFiredLedger ledger, SlaObserver observer) {
    this.calculator = calculator;
    this.clock = clock;
    this.dueField = dueField;
    this.stateField = stateField;
    this.ledger = ledger;
    this.observer = observer;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Ticket ticket) {
    TicketSla sla = calculator.compute(ticket, clock.instant());
    observer.evaluated(ticket, sla);
    if (ticket.deleted()) {
      return Evaluation.nothing(ID, "ticket is deleted");
    }
    if (sla.policy() == null || sla.metrics().isEmpty()) {
      return Evaluation.nothing(ID, "no SLA policy or target applies to the ticket");
    }
    Map<String, Object> fields = new HashMap<>(fields(sla));
    List<String> reasons = new ArrayList<>();
    List<String> breaches = new ArrayList<>();
    for (SlaMetricState m : sla.metrics()) {
      reasons.add(m.reason());
      if (m.state() == SlaState.BREACHED && m.breachedAt() != null
          && ledger.markFired(ticket.id(), breachKey(ticket.id(), m))) {
        breaches.add(breachLine(m));
      }
    }
    EscalationChanges changes = new EscalationChanges();
    for (EscalationDue due : sla.escalationsDue()) {
      if (ledger.markFired(ticket.id(), due.key())) {
        reasons.add(changes.apply(ticket, sla.policy(), due).substring(2));
      }
    }
    List<String> lines = new ArrayList<>(breaches);
    lines.addAll(changes.noteLines);
    String note = lines.isEmpty() ? null
        : (breaches.isEmpty() ? "Shiftlead SLA escalation:\n" : "Shiftlead SLA breach:\n")
            + String.join("\n", lines);
    changes.fields.forEach(fields::putIfAbsent);
    return new Evaluation(ID, fields, changes.addTags, changes.removeTags, changes.priority,
        changes.group, changes.assignee, note, reasons, changes.notifications);
  }

  /**
   * The two custom fields for an SLA state: the open metric due first and its state. Without a
   * running metric the due field says {@code none} (sorts after every instant) and the state is
   * the most telling of the rest: paused, else breached, else achieved.
   */
  public Map<String, Object> fields(TicketSla sla) {
    Optional<SlaMetricState> urgent = sla.mostUrgent();
    Map<String, Object> fields = new HashMap<>();
    fields.put(dueField, urgent.map(m -> m.dueAt().toString()).orElse(NO_DUE));
    fields.put(stateField, urgent.map(m -> m.state()).orElseGet(() -> restingState(sla))
        .wireName());
    return fields;
  }

  private static SlaState restingState(TicketSla sla) {
    for (SlaState s : List.of(SlaState.PAUSED, SlaState.BREACHED)) {
      if (sla.metrics().stream().anyMatch(m -> m.state() == s)) {
        return s;
      }
    }
    return SlaState.ACHIEVED;
  }

  /** The ledger key of a metric's breach note: level 0 of its cycle. */
  public static String breachKey(String ticketId, SlaMetricState m) {
    return new EscalationDue(ticketId, m.metric(), 0, m.breachedAt(), m.breachedAt(),
        m.startedAt(), List.of()).key();
  }

  private static String breachLine(SlaMetricState m) {
    Instant started = m.startedAt();
    return "- " + m.metric().wireName() + ": target " + m.target() + " under policy '"
        + m.policy() + "' used up at " + m.breachedAt() + " (clock started " + started
        + (m.completedAt() == null ? "; still open" : "; stopped " + m.completedAt()
            + ", " + Durations.human(m.remaining().negated()) + " over target") + ")";
  }
}
