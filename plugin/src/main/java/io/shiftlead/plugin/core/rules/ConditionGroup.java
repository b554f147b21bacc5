package io.shiftlead.plugin.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** all (every child), any (at least one) or none (no child) of its conditions; nestable. */
public record ConditionGroup(Kind kind, List<Condition> children) implements Condition {

  /** The group keywords of the YAML. */
  public enum Kind {
    ALL, ANY, NONE;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ConditionGroup {
    children = List.copyOf(children);
    if (children.isEmpty()) {
      throw new RuleDefinitionException("an empty '" + kind.wireName() + "' group",
          "give it at least one condition, or write `when: always` to match every ticket");
    }
  }

  @Override
  public boolean test(TicketFacts facts, List<Seen> seen) {
    switch (kind) {
      case ALL:
        for (Condition c : children) {
          if (!c.test(facts, seen)) {
            return false;
          }
        }
        return true;
      case ANY:
        for (Condition c : children) {
          if (c.test(facts, seen)) {
            return true;
          }
        }
        return false;
      default:
        for (Condition c : children) {
          if (c.test(facts, seen)) {
            return false;
          }
        }
        return true;
    }
  }

  @Override
  public String describe() {
    String joiner = kind == Kind.ANY ? " or " : " and ";
    String inner = children.stream().map(Condition::describe).collect(Collectors.joining(joiner));
    return kind == Kind.NONE ? "not (" + children.stream().map(Condition::describe)
        .collect(Collectors.joining(" or ")) + ")" : children.size() == 1 ? inner
        : "(" + inner + ")";
  }
}
