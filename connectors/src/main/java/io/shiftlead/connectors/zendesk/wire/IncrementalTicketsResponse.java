package io.shiftlead.connectors.zendesk.wire;

import java.util.List;

/** {@code GET /api/v2/incremental/tickets/cursor.json}. */
public record IncrementalTicketsResponse(
    List<WireTicket> tickets, List<WireUser> users, String afterCursor, Boolean endOfStream) {}
