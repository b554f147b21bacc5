package io.shiftlead.plugin.core.qa;

import java.util.Objects;

/**
 * A reviewer's score for one criterion, which overrides (and is shown next to) the automated one.
 *
 * @param outcome pass, fail or N/A; for a 1-5 criterion, derived from the rating when not given
 * @param rating 1-5 on a 1-5 criterion, otherwise null
 */
public record Review(String criterionId, Outcome outcome, Integer rating, String reviewer,
    String comment) {

  public Review {
    Objects.requireNonNull(criterionId, "criterionId");
    if (rating != null && (rating < 1 || rating > 5)) {
      throw new IllegalArgumentException("rating must be 1-5: " + rating);
    }
    if (outcome == null) {
      outcome = rating == null ? Outcome.NA
          : rating >= CriterionScore.PASSING_RATING ? Outcome.PASS : Outcome.FAIL;
    }
  }

  public static Review of(String criterionId, Outcome outcome, String reviewer, String comment) {
    return new Review(criterionId, outcome, null, reviewer, comment);
  }
}
