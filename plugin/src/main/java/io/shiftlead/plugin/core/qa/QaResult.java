package io.shiftlead.plugin.core.qa;

import java.util.List;

/**
 * A scored conversation.
 *
 * @param score 0-100, 0 when auto-failed; null when no criterion applied
 * @param rawScore the weighted score before auto-fail, so reviewers see what else went well
 * @param autoFail a critical criterion failed
 * @param passed not auto-failed and at or above the scorecard's threshold
 */
public record QaResult(String scorecardId, Double score, Double rawScore, boolean autoFail,
    boolean passed, List<CategoryScore> categories, List<CriterionScore> criteria) {

  public QaResult {
    categories = List.copyOf(categories);
    criteria = List.copyOf(criteria);
  }

  public boolean hasScore() {
    return score != null;
  }

  /** The automated results per check id, for the replay output and the API. */
  public List<CheckResult> checks() {
    return criteria.stream().map(CriterionScore::automated)
        .filter(java.util.Objects::nonNull).distinct().toList();
  }
}
