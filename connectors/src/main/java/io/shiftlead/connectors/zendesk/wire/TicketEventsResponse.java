package io.shiftlead.connectors.zendesk.wire;

import java.util.List;

/**
 * {@code GET /api/v2/incremental/ticket_events.json?start_time=&include=comment_events}: the
 * time-based incremental ticket event export. {@code end_time} is the next request's
 * {@code start_time}; items of that second may repeat on the next page.
 */
public record TicketEventsResponse(
    List<WireTicketEvent> ticketEvents,
    String nextPage,
    Integer count,
    Long endTime,
    Boolean endOfStream) {}
