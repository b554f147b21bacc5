package io.shiftlead.plugin.core.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code field operator value}. Built through {@link #of}, which checks that the operator fits the
 * field's type and compiles the value once (regex, word set, number, choice rank).
 *
 * @param operand the compiled value; see {@link Operands}
 * @param description the condition as written, computed once: traces record it per evaluation
 */
public record FieldCondition(Field field, Operator operator, Object operand, String description)
    implements Condition {

  /** @throws RuleDefinitionException when the operator does not fit or the value is unusable */
  public static FieldCondition of(Field field, Operator operator, Object value) {
    if (!field.type().accepts(operator)) {
      throw new RuleDefinitionException("operator '" + operator.wireName() + "' does not fit field '"
          + field.name() + "' of type " + field.type().name().toLowerCase(),
          "use one of " + field.type().operators().stream().map(Operator::wireName).toList());
    }
    Object operand = Operands.compile(field, operator, value);
    return new FieldCondition(field, operator, operand, field.name() + " " + operator.wireName()
        + (operator.takesValue() ? " " + value : ""));
  }

  @Override
  public boolean test(TicketFacts facts, List<Seen> seen) {
    Object actual = field.valueIn(facts);
    boolean result;
    if (operator == Operator.ANY_OF_WORDS && actual instanceof String text
        && facts.indexes(field.name())) {
      // subject and body are lower-case already; their phrase index is shared by all rules
      Words words = (Words) operand;
      result = words.wordFoundIn(text)
          || words.hasPhrases() && words.phraseFoundIn(facts.wordsOf(field.name()));
    } else {
      result = matches(actual);
    }
    seen.add(new Seen(description, actual, result));
    return result;
  }

  @Override
  public String describe() {
    return description;
  }

  /** The comparison alone, on a value already read: what {@link #test} records. */
  boolean matches(Object actual) {
    if (actual == null || actual instanceof Collection<?> c && c.isEmpty()) {
      return operator == Operator.ABSENT || operator == Operator.IS_NOT
          || operator == Operator.NOT_IN || operator == Operator.NOT_CONTAINS;
    }
    switch (operator) {
      case PRESENT: return true;
      case ABSENT: return false;
      default: break;
    }
    if (actual instanceof Set<?> set) {
      return matchesSet(set);
    }
    switch (operator) {
      case IS: return equalsOperand(actual);
      case IS_NOT: return !equalsOperand(actual);
      case IN: return ((Set<?>) operand).contains(Operands.normal(actual));
      case NOT_IN: return !((Set<?>) operand).contains(Operands.normal(actual));
      case CONTAINS: return Operands.text(actual).contains((String) operand);
      case NOT_CONTAINS: return !Operands.text(actual).contains((String) operand);
      case MATCHES: return ((Pattern) operand).matcher(Operands.text(actual)).find();
      case ANY_OF_WORDS: return ((Words) operand).foundIn(Operands.text(actual));
      default: return compare(actual);
    }
  }

  private boolean equalsOperand(Object actual) {
    return operand.equals(Operands.normal(actual));
  }

  private boolean matchesSet(Set<?> set) {
    switch (operator) {
      case CONTAINS: return set.contains(operand);
      case NOT_CONTAINS: return !set.contains(operand);
      case IN: return ((Set<?>) operand).stream().anyMatch(set::contains);
      case NOT_IN: return ((Set<?>) operand).stream().noneMatch(set::contains);
      default: return true; // PRESENT on a non-empty set
    }
  }

  private boolean compare(Object actual) {
    double left;
    if (field.type() == FieldType.ORDERED_CHOICE) {
      left = field.rank(actual);
    } else {
      Double number = Operands.number(actual);
      if (number == null) {
        return false;
      }
      left = number;
    }
    double right = (Double) operand;
    switch (operator) {
      case GREATER_THAN: return left > right;
      case LESS_THAN: return left < right;
      case AT_LEAST: return left >= right;
      default: return left <= right;
    }
  }
}
