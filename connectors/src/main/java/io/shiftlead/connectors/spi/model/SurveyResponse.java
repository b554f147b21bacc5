package io.shiftlead.connectors.spi.model;

import java.time.Instant;

/**
 * A customer's answer to a satisfaction survey, linked to its ticket and agent.
 *
 * @param score the raw score read on {@code scale}: for {@code good-bad}, 1 is good and 0 is bad
 * @param scale how to read the score: {@code good-bad}, {@code 1-5}, {@code 0-10}, {@code 1-7}
 * @param agentId the assignee at the time of the rating, may be null
 */
public record SurveyResponse(
    String id,
    String ticketId,
    String agentId,
    SurveyKind kind,
    double score,
    String scale,
    String comment,
    Instant at) {}
