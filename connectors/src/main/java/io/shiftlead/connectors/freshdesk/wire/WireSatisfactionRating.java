package io.shiftlead.connectors.freshdesk.wire;

import java.time.Instant;
import java.util.Map;

/**
 * A satisfaction rating: {@code ratings} maps a question key ({@code default_question},
 * {@code question_<id>}) to a value of 103 (extremely happy) .. -103 (extremely unhappy).
 */
public record WireSatisfactionRating(
    Long id,
    Long surveyId,
    Long userId,
    Long agentId,
    Long groupId,
    Long ticketId,
    String feedback,
    Map<String, Integer> ratings,
    Instant createdAt,
    Instant updatedAt) {}
