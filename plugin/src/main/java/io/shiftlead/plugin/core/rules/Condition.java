package io.shiftlead.plugin.core.rules;

import java.util.List;

/**
 * A test over ticket facts: a field/operator/value comparison, a nestable all/any/none group, or
 * {@link Always}. Conditions are data compiled once at load; testing one records what it saw.
 */
public sealed interface Condition permits FieldCondition, ConditionGroup, Always {

  /**
   * @param seen receives one entry per field comparison made (groups short-circuit, so only the
   *     comparisons that decided the result are listed)
   */
  boolean test(TicketFacts facts, List<Seen> seen);

  /** The condition as an admin wrote it, stable across evaluations (used in notes). */
  String describe();
}
