package io.shiftlead.connectors.zendesk.wire;

import java.time.Instant;

/** A legacy CSAT rating; {@code score} is offered, unoffered, good or bad. */
public record WireSatisfactionRating(
    Long id, Long assigneeId, Long ticketId, String score, String comment, Instant createdAt,
    Instant updatedAt) {}
