package io.shiftlead.testfixtures.generator;

import java.time.Instant;

/**
 * A legacy Zendesk CSAT rating: {@code score} is "good" or "bad"; {@code comment} may be empty;
 * {@code reason} is "No reason provided" unless a bad rating gave one.
 */
public record SatisfactionRating(
    long id,
    long ticketId,
    long requesterId,
    Long assigneeId,
    Long groupId,
    String score,
    String comment,
    String reason,
    Instant createdAt,
    Instant updatedAt) {}
