package io.shiftlead.plugin.core.rules;

import java.util.List;

/** Matches every ticket; written {@code when: always} so an empty condition is never an accident. */
public record Always() implements Condition {

  @Override
  public boolean test(TicketFacts facts, List<Seen> seen) {
    return true;
  }

  @Override
  public String describe() {
    return "always";
  }
}
