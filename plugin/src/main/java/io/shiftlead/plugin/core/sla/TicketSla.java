package io.shiftlead.plugin.core.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every SLA number of one ticket at one instant.
 *
 * @param policy the applied policy's name, null when none matches
 * @param nextChangeAt the next instant a state changes with time alone (at risk, breach, an
 *     escalation level), null when only a ticket change can change it: what the due index keeps
 * @param escalationsDue levels due at or before the instant (fired or not: the caller knows)
 */
public record TicketSla(String ticketId, Instant at, String policy, List<SlaMetricState> metrics,
    TimeMetrics times, Instant nextChangeAt, List<EscalationDue> escalationsDue) {

  public TicketSla {
    metrics = List.copyOf(metrics);
    escalationsDue = List.copyOf(escalationsDue);
  }

  public Optional<SlaMetricState> metric(SlaMetric metric) {
    return metrics.stream().filter(m -> m.metric() == metric).findFirst();
  }

  /** The open metric that is due first: what the "next SLA due" field and the badge show. */
  public Optional<SlaMetricState> mostUrgent() {
    return metrics.stream().filter(m -> m.isOpen() && m.dueAt() != null)
        .min(java.util.Comparator.comparing(SlaMetricState::dueAt));
  }
}
