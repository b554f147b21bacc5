package io.shiftlead.plugin.infrastructure.sla;

import java.util.List;

/** The policy files cannot be used; every problem is listed so an admin fixes them in one go. */
public final class SlaPolicyException extends RuntimeException {
  private final List<SlaProblem> problems;

  public SlaPolicyException(List<SlaProblem> problems) {
    super("invalid SLA policies:\n  - " + String.join("\n  - ",
        problems.stream().map(SlaProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<SlaProblem> problems() {
    return problems;
  }
}
