package io.shiftlead.connectors.zendesk.wire;

import java.time.Instant;
import java.util.List;

/**
 * One item of the ticket event export: an update of a ticket ({@code event_type} "Audit"), stamped
 * {@code timestamp} (epoch s), with its {@code child_events}. {@code via} is a name here ("Web
 * form"), not an object, and is not read.
 */
public record WireTicketEvent(
    Long id,
    Long ticketId,
    Long timestamp,
    Instant createdAt,
    Long updaterId,
    String eventType,
    List<WireChildEvent> childEvents) {}
