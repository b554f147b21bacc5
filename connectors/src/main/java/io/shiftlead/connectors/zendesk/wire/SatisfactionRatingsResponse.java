package io.shiftlead.connectors.zendesk.wire;

import java.util.List;

/** {@code GET /api/v2/satisfaction_ratings.json} with cursor pagination. */
public record SatisfactionRatingsResponse(
    List<WireSatisfactionRating> satisfactionRatings, WireMeta meta) {}
