package io.shiftlead.plugin.core.kpi;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaKpiInput;
import io.shiftlead.plugin.core.sla.SlaMetric;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * SLA outcomes from the SLA engine: the last finished first-reply and resolution cycles of the
 * ticket's policy, computed when the ticket is stored. No policy configured: no outcome.
 */
public final class SlaEngineOutcomes implements SlaOutcomes {
  private final Supplier<SlaCalculator> calculator;
  private final Clock clock;

  public SlaEngineOutcomes(Supplier<SlaCalculator> calculator, Clock clock) {
    this.calculator = calculator;
    this.clock = clock;
  }

  @Override
  public Outcome of(Ticket ticket) {
    SlaCalculator sla = calculator.get();
    if (sla == null || ticket.deleted()) {
      return Outcome.NONE;
    }
    Boolean firstReply = null;
    Boolean resolution = null;
    for (SlaKpiInput input : SlaKpiInput.of(sla.compute(ticket, clock.instant()))) {
      if (input.metric() == SlaMetric.FIRST_REPLY) {
        firstReply = input.achieved();
      } else if (input.metric() == SlaMetric.RESOLUTION) {
        resolution = input.achieved();
      }
    }
    return new Outcome(firstReply, resolution);
  }
}
