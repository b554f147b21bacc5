package io.shiftlead.plugin.infrastructure.rules;

import java.util.List;
import java.util.Map;

/**
 * The result of (re)loading a rules directory.
 *
 * @param loaded the files now in effect
 * @param rejected each bad file with its problems; the previous good version (if any) still runs
 */
public record LoadReport(List<String> loaded, Map<String, List<RuleProblem>> rejected) {

  public LoadReport {
    loaded = List.copyOf(loaded);
    rejected = Map.copyOf(rejected);
  }

  public boolean ok() {
    return rejected.isEmpty();
  }
}
