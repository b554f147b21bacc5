package io.shiftlead.plugin.application.qa;

import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.Review;
import java.time.Instant;

/** A reviewer's score for one criterion of one ticket, as stored (the latest one counts). */
public record StoredReview(long id, String connector, String ticketId, String criterionId,
    Outcome outcome, Integer rating, String reviewer, String comment, Instant reviewedAt) {

  public Review toReview() {
    return new Review(criterionId, outcome, rating, reviewer, comment);
  }
}
