package io.shiftlead.plugin.core.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores a conversation against a scorecard. Each check runs once even when several criteria use
 * it. N/A criteria (and pending manual questions) leave the denominator; a category with nothing
 * applicable leaves the conversation's. A failed critical criterion sets the score to 0. Scores are
 * rounded to one decimal so the note text is stable. Thread-safe when the checks are.
 */
public final class QaScorer {
  private final Map<String, QaCheck> checks;

  public QaScorer(Map<String, QaCheck> checks) {
    this.checks = Map.copyOf(checks);
  }

  public QaResult score(Scorecard scorecard, Conversation conversation) {
    return score(scorecard, conversation, List.of());
  }

  public QaResult score(Scorecard scorecard, Conversation conversation, List<Review> reviews) {
    Map<String, Review> byCriterion = reviews.stream()
        .collect(Collectors.toMap(Review::criterionId, Function.identity(), (a, b) -> b));
    Map<String, CheckResult> results = new HashMap<>();
    List<CriterionScore> criteria = new ArrayList<>();
    List<CategoryScore> categories = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    for (Category category : scorecard.categories()) {
      double catWeighted = 0;
      double catWeights = 0;
      for (Criterion criterion : category.criteria()) {
        CheckResult automated = criterion.isAutomated()
            ? results.computeIfAbsent(criterion.checkId(), id -> run(id, conversation)) : null;
        CriterionScore score = CriterionScore.of(criterion, category.id(), automated,
            byCriterion.get(criterion.id()));
        criteria.add(score);
        if (score.value() != null) {
          catWeighted += criterion.weight() * score.value();
          catWeights += criterion.weight();
        }
      }
      Double catScore = catWeights == 0 ? null : round(100 * catWeighted / catWeights);
      categories.add(new CategoryScore(category, catScore));
      if (catScore != null) {
        weighted += category.weight() * catScore;
        weights += category.weight();
      }
    }
    Double raw = weights == 0 ? null : round(weighted / weights);
    boolean autoFail = criteria.stream().anyMatch(CriterionScore::failsCritically);
    Double score = raw == null ? null : autoFail ? 0.0 : raw;
    boolean passed = score != null && !autoFail && score >= scorecard.passThreshold();
    return new QaResult(scorecard.id(), score, raw, autoFail, passed, categories, criteria);
  }

  private CheckResult run(String checkId, Conversation conversation) {
    QaCheck check = checks.get(checkId);
    if (check == null) {
      // The reader validates ids; this only happens with a hand-built scorecard.
      return CheckResult.na(checkId, "unknown check " + checkId);
    }
    return check.check(conversation);
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
