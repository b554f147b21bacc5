package io.shiftlead.plugin.core.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreement between the automated checks and reviewers, per criterion, so a team knows which checks
 * to trust: percent agreement and Cohen's kappa (agreement corrected for chance). Labels are
 * compared as given ({@code pass}/{@code fail}/{@code na}, or ratings as text).
 */
public final class Calibration {
  private Calibration() {}

  /** One criterion graded by both sides on one conversation. */
  public record Pair(String criterionId, String automated, String reviewed) {}

  /**
   * @param kappa NaN when undefined (fewer than one pair); 1.0 when both sides always gave the same
   *     single label (perfect agreement with no variation)
   */
  public record Agreement(String criterionId, int pairs, double percentAgreement, double kappa) {}

  /**
   * The pairs in scored results: every criterion that has both an automated result and a review.
   * Compares outcomes ({@code pass}/{@code fail}/{@code na}), so 1-5 ratings count as pass at 3+.
   */
  public static List<Pair> pairsFrom(List<QaResult> results) {
    List<Pair> pairs = new ArrayList<>();
    for (QaResult result : results) {
      for (CriterionScore c : result.criteria()) {
        if (c.automated() != null && c.review() != null) {
          pairs.add(new Pair(c.criterion().id(), c.automated().outcome().wireName(),
              c.review().outcome().wireName()));
        }
      }
    }
    return pairs;
  }

  public static List<Agreement> perCriterion(List<Pair> pairs) {
    Map<String, List<Pair>> grouped = new LinkedHashMap<>();
    pairs.forEach(p -> grouped.computeIfAbsent(p.criterionId(), k -> new ArrayList<>()).add(p));
    List<Agreement> result = new ArrayList<>();
    grouped.forEach((id, list) -> result.add(agreement(id, list)));
    return result;
  }

  public static Agreement agreement(String criterionId, List<Pair> pairs) {
    int n = pairs.size();
    if (n == 0) {
      return new Agreement(criterionId, 0, Double.NaN, Double.NaN);
    }
    Set<String> labels = new HashSet<>();
    Map<String, Integer> automatedCounts = new LinkedHashMap<>();
    Map<String, Integer> reviewedCounts = new LinkedHashMap<>();
    int same = 0;
    for (Pair p : pairs) {
      labels.add(p.automated());
      labels.add(p.reviewed());
      automatedCounts.merge(p.automated(), 1, Integer::sum);
      reviewedCounts.merge(p.reviewed(), 1, Integer::sum);
      same += p.automated().equals(p.reviewed()) ? 1 : 0;
    }
    double observed = (double) same / n;
    double expected = 0;
    for (String label : labels) {
      expected += (automatedCounts.getOrDefault(label, 0) / (double) n)
          * (reviewedCounts.getOrDefault(label, 0) / (double) n);
    }
    // Both sides used one and the same label throughout: chance agreement is 1, kappa is 0/0.
    double kappa = expected >= 1.0 ? (observed == 1.0 ? 1.0 : 0.0)
        : (observed - expected) / (1 - expected);
    return new Agreement(criterionId, n, 100.0 * observed, kappa);
  }
}
