package io.shiftlead.plugin.core.rules;

import static io.shiftlead.plugin.core.rules.Operator.ABSENT;
import static io.shiftlead.plugin.core.rules.Operator.ANY_OF_WORDS;
import static io.shiftlead.plugin.core.rules.Operator.AT_LEAST;
import static io.shiftlead.plugin.core.rules.Operator.AT_MOST;
import static io.shiftlead.plugin.core.rules.Operator.CONTAINS;
import static io.shiftlead.plugin.core.rules.Operator.GREATER_THAN;
import static io.shiftlead.plugin.core.rules.Operator.IN;
import static io.shiftlead.plugin.core.rules.Operator.IS;
import static io.shiftlead.plugin.core.rules.Operator.IS_NOT;
import static io.shiftlead.plugin.core.rules.Operator.LESS_THAN;
import static io.shiftlead.plugin.core.rules.Operator.MATCHES;
import static io.shiftlead.plugin.core.rules.Operator.NOT_CONTAINS;
import static io.shiftlead.plugin.core.rules.Operator.NOT_IN;
import static io.shiftlead.plugin.core.rules.Operator.PRESENT;

import java.util.EnumSet;
import java.util.Set;

/**
 * The type of a fact, which fixes the operators that make sense on it: a rule asking whether a
 * priority "contains" something or a count "matches" a regex is rejected when the file is loaded.
 */
public enum FieldType {
  /** Free text searched for words or patterns: subject, body, requester name. */
  TEXT(EnumSet.of(IS, IS_NOT, IN, NOT_IN, CONTAINS, NOT_CONTAINS, MATCHES, ANY_OF_WORDS, PRESENT,
      ABSENT)),
  /** An identifier or name compared whole: group, assignee, email, language. */
  KEYWORD(EnumSet.of(IS, IS_NOT, IN, NOT_IN, CONTAINS, NOT_CONTAINS, MATCHES, PRESENT, ABSENT)),
  /** One of a fixed list of values (status, channel, weekday); ordered when the field says so. */
  CHOICE(EnumSet.of(IS, IS_NOT, IN, NOT_IN, PRESENT, ABSENT)),
  /** Like CHOICE with an order (priority): low &lt; normal &lt; high &lt; urgent. */
  ORDERED_CHOICE(EnumSet.of(IS, IS_NOT, IN, NOT_IN, GREATER_THAN, LESS_THAN, AT_LEAST, AT_MOST,
      PRESENT, ABSENT)),
  NUMBER(EnumSet.of(IS, IS_NOT, IN, NOT_IN, GREATER_THAN, LESS_THAN, AT_LEAST, AT_MOST, PRESENT,
      ABSENT)),
  BOOLEAN(EnumSet.of(IS, IS_NOT)),
  /** A set of strings (tags): contains = has the tag, in = has any of, not_in = has none of. */
  SET(EnumSet.of(CONTAINS, NOT_CONTAINS, IN, NOT_IN, PRESENT, ABSENT)),
  /** A custom field, whose type the helpdesk knows and we do not: every scalar operator. */
  ANY(EnumSet.of(IS, IS_NOT, IN, NOT_IN, CONTAINS, NOT_CONTAINS, MATCHES, ANY_OF_WORDS,
      GREATER_THAN, LESS_THAN, AT_LEAST, AT_MOST, PRESENT, ABSENT));

  private final Set<Operator> operators;

  FieldType(Set<Operator> operators) {
    this.operators = operators;
  }

  public boolean accepts(Operator operator) {
    return operators.contains(operator);
  }

  public Set<Operator> operators() {
    return operators;
  }
}
