package io.shiftlead.plugin.core.kpi;

import io.shiftlead.connectors.spi.model.Ticket;

/**
 * Whether a ticket met its SLA targets, per metric; {@code null} when the metric has no finished
 * cycle (no policy applies, or it is still running). A port: the runtime wires the SLA engine.
 */
@FunctionalInterface
public interface SlaOutcomes {
  Outcome of(Ticket ticket);

  /** A metric's value is true (achieved), false (breached) or null (none finished). */
  record Outcome(Boolean firstReply, Boolean resolution) {
    public static final Outcome NONE = new Outcome(null, null);
  }

  static SlaOutcomes none() {
    return ticket -> Outcome.NONE;
  }
}
