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
 * fields (so native views can sort by them) and posts an internal note for breaches. The note
 * text only holds numbers fixed at breach time, so re-evaluating an unchanged breach yields the
 * same note and the write-back's idempotency key posts it once.
 */
public final class SlaEvaluator implements Evaluator {
  public static final String ID = "sla";

  private final SlaCalculator calculator;
  private final Clock clock;
  private final String dueField;
  private final String stateField;

  public SlaEvaluator(SlaCalculator calculator, Clock clock, String dueField, String stateField) {
    this.calculator = calculator;
    this.clock = clock;
    this.dueField = dueField;
    this.stateField = stateField;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Ticket ticket) {
    if (ticket.deleted()) {
      return Evaluation.nothing(ID, "ticket is deleted");
    }
    TicketSla sla = calculator.compute(ticket, clock.instant());
    if (sla.policy() == null) {
      return Evaluation.nothing(ID, "no SLA policy matches the ticket");
    }
    Optional<SlaMetricState> urgent = sla.mostUrgent();
    Map<String, Object> fields = new HashMap<>();
    fields.put(dueField, urgent.map(m -> (Object) m.dueAt().toString()).orElse(null));
    fields.put(stateField, urgent.map(m -> (Object) m.state().wireName()).orElse(null));
    List<String> reasons = new ArrayList<>();
    List<String> breaches = new ArrayList<>();
    for (SlaMetricState m : sla.metrics()) {
      reasons.add(m.reason());
      if (m.state() == SlaState.BREACHED && m.breachedAt() != null) {
        breaches.add(breachLine(m));
      }
    }
    String note = breaches.isEmpty() ? null : "Shiftlead SLA breach:\n" + String.join("\n", breaches);
    return new Evaluation(ID, fields, null, null, null, null, null, note, reasons);
  }

  private static String breachLine(SlaMetricState m) {
    Instant started = m.startedAt();
    return "- " + m.metric().wireName() + ": target " + m.target() + " under policy '"
        + m.policy() + "' used up at " + m.breachedAt() + " (clock started " + started
        + (m.completedAt() == null ? "; still open" : "; stopped " + m.completedAt()
            + ", " + Durations.human(m.remaining().negated()) + " over target") + ")";
  }
}
