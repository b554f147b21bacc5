package io.shiftlead.plugin.core.qa;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A team's rubric: weighted categories of criteria, when it applies, and the score that passes.
 *
 * @param passThreshold a conversation passes at this score (0-100) or above, unless auto-failed
 */
public record Scorecard(String id, String name, ScorecardCondition when, double passThreshold,
    List<Category> categories) {

  public Scorecard {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    when = when == null ? ScorecardCondition.always() : when;
    categories = List.copyOf(categories);
  }

  /** The automated check ids the scorecard uses, in order. */
  public Set<String> checkIds() {
    Set<String> ids = new LinkedHashSet<>();
    categories.forEach(c -> c.criteria().stream().filter(Criterion::isAutomated)
        .forEach(k -> ids.add(k.checkId())));
    return ids;
  }
}
