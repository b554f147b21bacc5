package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Ticket;

/**
 * Told about every SLA computation the evaluator makes: the server keeps its due-time index and
 * the KPI inputs up to date from here.
 */
@FunctionalInterface
public interface SlaObserver {
  SlaObserver NONE = (ticket, sla) -> { };

  void evaluated(Ticket ticket, TicketSla sla);
}
