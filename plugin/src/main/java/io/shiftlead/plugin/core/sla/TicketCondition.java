package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.Ticket;

/**
 * Whether a policy applies to a ticket. A predicate, so the rules engine's condition language can
 * back it later without the SLA engine knowing that language.
 */
@FunctionalInterface
public interface TicketCondition {
  TicketCondition ALWAYS = ticket -> true;

  boolean matches(Ticket ticket);

  /** A text for reasons ("priority in [urgent]"). */
  default String describe() {
    return "custom condition";
  }
}
