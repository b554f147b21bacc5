package io.shiftlead.plugin.core.qa;

import java.util.Objects;

/**
 * One line of a scorecard.
 *
 * @param checkId the automated check grading it, or null for a manual-only question
 * @param question what a reviewer answers, or null when the check alone grades it
 * @param weight relative weight within its category (> 0)
 * @param critical a failure fails the whole conversation (auto-fail: score 0)
 */
public record Criterion(String id, String name, String checkId, String question, Scale scale,
    double weight, boolean critical) {

  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scale, "scale");
    name = name == null ? id : name;
    if (checkId == null && question == null) {
      throw new IllegalArgumentException("criterion " + id + " needs a check or a question");
    }
    if (weight <= 0) {
      throw new IllegalArgumentException("criterion " + id + " needs a positive weight");
    }
  }

  public boolean isAutomated() {
    return checkId != null;
  }
}
