package io.shiftlead.plugin.infrastructure.admin;

import java.util.List;

/** An edited file that was not saved because it has problems; the running version stays. */
public final class EditedFileException extends RuntimeException {
  private final transient List<FileProblem> problems;

  public EditedFileException(List<FileProblem> problems) {
    super(problems.size() + " problem(s), first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<FileProblem> problems() {
    return problems;
  }
}
