package io.shiftlead.plugin.core.sla;

import java.time.Instant;

/**
 * What the scheduler calls when a ticket's SLA state changes with time: the application re-reads
 * the ticket, computes its {@link TicketSla} at {@code now}, writes the new state back, fires the
 * escalation levels that are due and not yet recorded, and returns the ticket's next change
 * instant ({@link TicketSla#nextChangeAt()}, null when none).
 */
@FunctionalInterface
public interface SlaDueHandler {
  Instant onDue(String ticketId, Instant now);
}
