package io.shiftlead.connectors.zendesk.wire;

import java.util.List;

/** {@code GET /api/v2/tickets/{id}.json?include=users}. */
public record TicketResponse(WireTicket ticket, List<WireUser> users) {}
