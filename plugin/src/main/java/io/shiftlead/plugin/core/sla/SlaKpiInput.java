package io.shiftlead.plugin.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the KPI reports store per ticket and finished metric cycle: whether it met its target and
 * the measured time. Only finished cycles count; open ones are still moving.
 *
 * @param measured running time in the metric's own time (business or calendar)
 */
public record SlaKpiInput(String ticketId, SlaMetric metric, String policy, boolean achieved,
    Duration measured, Duration target, boolean businessHours, Instant startedAt,
    Instant completedAt) {

  /** The finished metrics of one evaluation, ready to upsert keyed by ticket, metric and start. */
  public static List<SlaKpiInput> of(TicketSla sla) {
    List<SlaKpiInput> out = new ArrayList<>();
    for (SlaMetricState m : sla.metrics()) {
      if (!m.isOpen()) {
        out.add(new SlaKpiInput(sla.ticketId(), m.metric(), m.policy(),
            m.state() == SlaState.ACHIEVED, m.elapsed(), m.target().duration(),
            m.businessHours(), m.startedAt(), m.completedAt()));
      }
    }
    return out;
  }
}
