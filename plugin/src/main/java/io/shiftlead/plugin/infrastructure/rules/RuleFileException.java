package io.shiftlead.plugin.infrastructure.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule or roster file that was rejected, with every problem found in it. */
public final class RuleFileException extends RuntimeException {
  private final List<RuleProblem> problems;

  public RuleFileException(List<RuleProblem> problems) {
    super(problems.size() + " problem(s):\n" + problems.stream().map(RuleProblem::toString)
        .collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
