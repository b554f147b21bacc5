package io.shiftlead.plugin.core.qa;

/**
 * How one criterion scored, with the automated and the reviewed value side by side.
 *
 * @param automated the check's result, null for a manual-only criterion
 * @param review the reviewer's score, null when nobody reviewed it
 * @param value the effective value 0..1 (review first, then the check), null when N/A or pending
 */
public record CriterionScore(Criterion criterion, String categoryId, CheckResult automated,
    Review review, Double value) {

  /** On a 1-5 scale, 3 and above counts as a pass (for critical criteria and calibration). */
  public static final int PASSING_RATING = 3;

  static CriterionScore of(Criterion criterion, String categoryId, CheckResult automated,
      Review review) {
    return new CriterionScore(criterion, categoryId, automated, review,
        valueOf(criterion, automated, review));
  }

  private static Double valueOf(Criterion criterion, CheckResult automated, Review review) {
    if (review != null) {
      if (review.rating() != null && criterion.scale() == Scale.ONE_TO_FIVE) {
        return (review.rating() - 1) / 4.0;
      }
      return valueOf(review.outcome());
    }
    return automated == null ? null : valueOf(automated.outcome());
  }

  private static Double valueOf(Outcome outcome) {
    return switch (outcome) {
      case PASS -> 1.0;
      case FAIL -> 0.0;
      case NA -> null;
    };
  }

  /** The outcome that counts: the reviewer's when there is one. */
  public Outcome outcome() {
    if (review != null) {
      return review.outcome();
    }
    return automated == null ? Outcome.NA : automated.outcome();
  }

  public boolean failsCritically() {
    return criterion.critical() && outcome() == Outcome.FAIL;
  }
}
