package io.shiftlead.plugin.core.rules;

import java.util.Comparator;
import java.util.List;

/**
 * A versioned set of rules, sorted by order. The version travels with every run and audit entry,
 * so a decision can be traced back to the rules that made it.
 *
 * @param name the connector id it belongs to, or {@code shared}
 */
public record RuleSet(String name, String version, List<Rule> rules) {

  public RuleSet {
    // a stable sort: equal orders keep the order of the file
    rules = rules.stream().sorted(Comparator.comparingInt(Rule::order)).toList();
  }

  public static RuleSet empty(String name) {
    return new RuleSet(name, "none", List.of());
  }
}
