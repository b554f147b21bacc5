package io.shiftlead.plugin.core.qa;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of one automated check over one conversation.
 *
 * @param confidence 0..1, how sure the check is; lexicon checks say less than 1 on purpose so
 *     calibration reports can rank them
 * @param evidence never null; a pass or fail carries at least one entry
 */
public record CheckResult(String checkId, Outcome outcome, double confidence, List<Evidence> evidence) {
  public CheckResult {
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(outcome, "outcome");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public static CheckResult pass(String checkId, double confidence, Evidence... evidence) {
    return new CheckResult(checkId, Outcome.PASS, confidence, List.of(evidence));
  }

  public static CheckResult fail(String checkId, double confidence, Evidence... evidence) {
    return new CheckResult(checkId, Outcome.FAIL, confidence, List.of(evidence));
  }

  public static CheckResult na(String checkId, String why) {
    return new CheckResult(checkId, Outcome.NA, 1.0, List.of(new Evidence(null, "", why)));
  }
}
