package io.shiftlead.connectors.spi;

import io.shiftlead.connectors.spi.model.Ticket;
import java.util.Optional;

/**
 * The plugin's last stored copy of a ticket, as an adapter last delivered it. An adapter may use it
 * to avoid re-reading a conversation it can prove unchanged except for changes it has seen since
 * (see {@link HelpdeskConnector#useKnownTickets}); it must never be needed for correctness.
 */
@FunctionalInterface
public interface KnownTickets {
  KnownTickets NONE = ticketId -> Optional.empty();

  Optional<Ticket> find(String ticketId);
}
