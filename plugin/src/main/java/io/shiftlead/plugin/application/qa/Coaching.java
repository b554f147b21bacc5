package io.shiftlead.plugin.application.qa;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coaching data from stored results: per agent, each category's average score per week (weeks
 * start on Monday, UTC) and the criteria the agent fails most, with example tickets. A reviewer's
 * value replaces the automated one.
 */
public final class Coaching {
  static final int LOWEST = 3;
  static final int EXAMPLES = 3;

  private Coaching() {}

  /** One week's average of a category. */
  public record WeekScore(LocalDate week, int tickets, double score) {}

  /** A criterion the agent fails often, with tickets where it failed. */
  public record WeakCriterion(String criterion, String category, int graded, double passRate,
      List<String> exampleTickets) {}

  /**
   * @param categories category id to its weekly trend, oldest week first
   * @param lowestCriteria up to three criteria with the lowest pass rate (failed at least once)
   */
  public record AgentCoaching(String agent, int tickets, Double averageScore,
      Map<String, List<WeekScore>> categories, List<WeakCriterion> lowestCriteria) {}

  static List<AgentCoaching> of(List<QaSnapshot> snapshots,
      Map<String, Map<String, StoredReview>> reviews) {
    Map<String, List<QaSnapshot>> byAgent = new TreeMap<>();
    for (QaSnapshot s : snapshots) {
      byAgent.computeIfAbsent(s.agent() == null ? "(unknown)" : s.agent(),
          k -> new ArrayList<>()).add(s);
    }
    List<AgentCoaching> result = new ArrayList<>();
    byAgent.forEach((agent, list) -> result.add(agent(agent, list, reviews)));
    return result;
  }

  private static AgentCoaching agent(String agent, List<QaSnapshot> list,
      Map<String, Map<String, StoredReview>> reviews) {
    Map<String, Map<LocalDate, double[]>> weekly = new LinkedHashMap<>();
    Map<String, int[]> passFail = new LinkedHashMap<>();
    Map<String, String> categoryOf = new LinkedHashMap<>();
    Map<String, List<String>> failedOn = new LinkedHashMap<>();
    double sum = 0;
    int scored = 0;
    for (QaSnapshot s : list) {
      if (s.score() != null) {
        sum += s.score();
        scored++;
      }
      LocalDate week = s.scoredAt().atZone(ZoneOffset.UTC).toLocalDate()
          .with(DayOfWeek.MONDAY);
      s.categories().forEach((category, score) -> {
        if (score != null) {
          double[] acc = weekly.computeIfAbsent(category, k -> new TreeMap<>())
              .computeIfAbsent(week, k -> new double[2]);
          acc[0] += score;
          acc[1]++;
        }
      });
      Map<String, StoredReview> reviewed = reviews.getOrDefault(s.ticketId(), Map.of());
      for (QaSnapshot.CriterionSnapshot c : s.criteria()) {
        StoredReview review = reviewed.get(c.id());
        String outcome = review != null ? review.outcome().wireName() : c.automated();
        if (!"pass".equals(outcome) && !"fail".equals(outcome)) {
          continue;
        }
        categoryOf.putIfAbsent(c.id(), c.categoryId());
        int[] counts = passFail.computeIfAbsent(c.id(), k -> new int[2]);
        counts["pass".equals(outcome) ? 0 : 1]++;
        if ("fail".equals(outcome)) {
          List<String> examples = failedOn.computeIfAbsent(c.id(), k -> new ArrayList<>());
          if (examples.size() < EXAMPLES) {
            examples.add(s.ticketId());
          }
        }
      }
    }
    Map<String, List<WeekScore>> trends = new LinkedHashMap<>();
    weekly.forEach((category, weeks) -> trends.put(category, weeks.entrySet().stream()
        .map(e -> new WeekScore(e.getKey(), (int) e.getValue()[1],
            round(e.getValue()[0] / e.getValue()[1]))).toList()));
    List<WeakCriterion> weak = new ArrayList<>();
    passFail.forEach((criterion, counts) -> {
      if (counts[1] > 0) {
        int graded = counts[0] + counts[1];
        weak.add(new WeakCriterion(criterion, categoryOf.get(criterion), graded,
            round(100.0 * counts[0] / graded), List.copyOf(failedOn.get(criterion))));
      }
    });
    weak.sort(Comparator.comparingDouble(WeakCriterion::passRate)
        .thenComparing(Comparator.comparingInt(WeakCriterion::graded).reversed())
        .thenComparing(WeakCriterion::criterion));
    return new AgentCoaching(agent, list.size(), scored == 0 ? null : round(sum / scored), trends,
        List.copyOf(weak.subList(0, Math.min(LOWEST, weak.size()))));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
