package io.shiftlead.plugin.core.rules;

import java.util.List;
import java.util.function.Function;

/**
 * One fact a condition can test.
 *
 * @param choices the allowed values of a CHOICE field in their order, empty otherwise
 * @param getter reads the value; null means "absent". Text values are lower-case already.
 */
public record Field(String name, FieldType type, List<String> choices,
    Function<TicketFacts, Object> getter) {

  public Object valueIn(TicketFacts facts) {
    return getter.apply(facts);
  }

  /** The position of a value among an ordered field's choices, -1 when unknown. */
  public int rank(Object value) {
    return value == null ? -1 : choices.indexOf(value.toString());
  }
}
