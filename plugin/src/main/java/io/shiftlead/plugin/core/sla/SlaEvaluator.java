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
 * <p>Once: a breach (level 0) and each escalation level fire when the {@link SlaFiredLedger}
 * first records their {@link EscalationDue#key()} (ticket, metric, level, metric cycle); only
 * then are a level's actions (priority, group, agent, tags, fields, webhook call) asked for. The
 * note is the lines of the ticket's latest firing as written then, so it is the same text every
 * evaluation until something new fires, and the write-back's note key posts it once (also inside
 * the composite note). The server's ledger is a store table: this holds across restarts. Every
 * computation is reported to the {@link SlaObserver} (due-time index, KPI inputs).
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
    Instant now = clock.instant();
    TicketSla sla = calculator.compute(ticket, now);
    observer.evaluated(ticket, sla);
    if (ticket.deleted()) {
      return Evaluation.nothing(ID, "ticket is deleted");
    }
    if (sla.policy() == null || sla.metrics().isEmpty()) {
      return Evaluation.nothing(ID, "no SLA policy or target applies to the ticket");
    }
    Map<String, Object> fields = new HashMap<>(fields(sla));
    List<String> reasons = new ArrayList<>();
    for (SlaMetricState m : sla.metrics()) {
      reasons.add(m.reason());
      if (m.state() == SlaState.BREACHED && m.breachedAt() != null) {
        String key = new EscalationDue(ticket.id(), m.metric(), 0, m.breachedAt(),
            m.breachedAt(), m.startedAt(), List.of()).key();
        ledger.markFired(ticket.id(), key, breachLine(m), now);
      }
    }
    EscalationChanges changes = new EscalationChanges();
    for (EscalationDue due : sla.escalationsDue()) {
      if (ledger.markFired(ticket.id(), due.key(), escalationLine(due), now)) {
        reasons.add("escalation fired: " + changes.apply(ticket, sla.policy(), due));
      }
    }
    List<String> lines = ledger.latestLines(ticket.id());
    String note = lines.isEmpty() ? null
        : (lines.stream().anyMatch(l -> l.contains(" used up at ")) ? "Shiftlead SLA breach:\n"
            : "Shiftlead SLA escalation:\n") + String.join("\n", lines);
    changes.fields.forEach(fields::putIfAbsent);
    return new Evaluation(ID, fields, changes.addTags, changes.removeTags, changes.priority,
        changes.group, changes.assignee, note, reasons, changes.notifications);
  }

  private static String escalationLine(EscalationDue due) {
    List<String> actions = due.actions().stream().map(SlaEvaluator::describe).toList();
    return "- " + due.metric().wireName() + ": escalation level " + due.level() + " at "
        + due.dueAt() + " (breached " + due.breachedAt() + ")"
        + (actions.isEmpty() ? "" : ": " + String.join("; ", actions));
  }

  private static String describe(ActionSpec action) {
    Object value = action.value().size() == 1 && action.value().containsKey("value")
        ? action.value().get("value") : action.value();
    return action.type() + " " + value;
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

  /** Written once, when the breach is first seen: "by how much" as known then. */
  private static String breachLine(SlaMetricState m) {
    return "- " + m.metric().wireName() + ": target " + m.target() + " under policy '"
        + m.policy() + "' used up at " + m.breachedAt() + " (clock started " + m.startedAt()
        + (m.completedAt() == null ? "; still open" : "; stopped " + m.completedAt()
            + ", " + Durations.human(m.remaining().negated()) + " over target") + ")";
  }
}
