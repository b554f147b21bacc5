package io.shiftlead.connectors.spi.model;

import java.time.Instant;

/** A status transition; {@code from} is null for the status a ticket was created in. */
public record StatusChange(Instant at, TicketStatus from, TicketStatus to) {}
