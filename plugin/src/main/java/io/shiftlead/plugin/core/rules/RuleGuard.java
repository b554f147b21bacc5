package io.shiftlead.plugin.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leading choice-field tests of one rule ({@code channel is email}, {@code priority in
 * [high, urgent]}, ...), with the traces they lead to remembered per value seen. Such a test has
 * only a few possible values and always answers the same for the same value, so a rule that fails
 * on one of them fails with the same trace every time: the engine hands out that trace (an
 * immutable record, equal to the one a full test would build) without testing the rest or
 * allocating anything. Most rules of a routing set fail this way on most tickets.
 *
 * <p>Explanations are unchanged: a skipped rule's trace still lists the comparisons that decided
 * it, with the values seen. Thread-safe; the memory is bounded by the fields' choices.
 */
final class RuleGuard {
  /** The answer of {@link #failedTrace} when the rule must be tested in full. */
  static final RuleTrace TEST_IN_FULL = new RuleTrace("", RuleMode.DISABLED,
      RuleTrace.Result.ERROR, List.of(), List.of(), "test in full");
  private static final Object ABSENT = new Object();

  private final Rule rule;
  private final FieldCondition[] tests;
  private final List<Condition> rest;
  private final Step root = new Step(List.of(), null);

  private RuleGuard(Rule rule, List<FieldCondition> tests, List<Condition> rest) {
    this.rule = rule;
    this.tests = tests.toArray(FieldCondition[]::new);
    this.rest = rest;
  }

  /** The guard of a rule whose condition starts with choice-field tests, else null. */
  static RuleGuard of(Rule rule) {
    List<Condition> all;
    if (rule.when() instanceof ConditionGroup group && group.kind() == ConditionGroup.Kind.ALL) {
      all = group.children();
    } else if (rule.when() instanceof FieldCondition single) {
      all = List.of(single);
    } else {
      return null;
    }
    List<FieldCondition> tests = new ArrayList<>();
    for (Condition c : all) {
      if (c instanceof FieldCondition f && (f.field().type() == FieldType.CHOICE
          || f.field().type() == FieldType.ORDERED_CHOICE)) {
        tests.add(f);
      } else {
        break;
      }
    }
    return tests.isEmpty() ? null
        : new RuleGuard(rule, tests, all.subList(tests.size(), all.size()));
  }

  /**
   * Runs the guard tests. Returns the remembered trace when one of them fails; otherwise null,
   * after putting the comparisons made into {@code seen} for the caller to test {@link #rest()}.
   * Returns {@link #TEST_IN_FULL} when a value cannot be remembered (a getter or comparison
   * failed, or a value outside the field's choices): the caller then tests the rule in full, which
   * reports the failure as usual.
   */
  RuleTrace failedTrace(TicketFacts facts, List<Seen> seen) {
    Step step = root;
    for (FieldCondition test : tests) {
      try {
        Object actual = test.field().valueIn(facts);
        Step known = step.next.get(actual == null ? ABSENT : actual);
        if (known == null && actual != null && !test.field().choices().contains(actual)) {
          return TEST_IN_FULL;
        }
        step = known != null ? known : step.next(test, actual, rule);
      } catch (RuntimeException e) {
        return TEST_IN_FULL;
      }
      if (step.failed != null) {
        return step.failed;
      }
    }
    seen.addAll(step.seen);
    return null;
  }

  /** The conditions after the guard tests, all of which must hold too. */
  List<Condition> rest() {
    return rest;
  }

  /** The comparisons up to one value of one guard test, and the trace if that test failed. */
  private static final class Step {
    final List<Seen> seen;
    final RuleTrace failed;
    final ConcurrentHashMap<Object, Step> next = new ConcurrentHashMap<>();

    Step(List<Seen> seen, RuleTrace failed) {
      this.seen = seen;
      this.failed = failed;
    }

    Step next(FieldCondition test, Object actual, Rule rule) {
      return next.computeIfAbsent(actual == null ? ABSENT : actual,
          key -> {
            boolean result = test.matches(actual);
            List<Seen> upTo = new ArrayList<>(seen);
            upTo.add(new Seen(test.describe(), actual, result));
            List<Seen> frozen = List.copyOf(upTo);
            return new Step(frozen, result ? null : new RuleTrace(rule.id(), rule.mode(),
                RuleTrace.Result.NOT_MATCHED, frozen, List.of(), null));
          });
    }
  }
}
