package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.Ticket;
import java.util.List;
import java.util.Optional;

/**
 * Picks the scorecard for a ticket: the first, in file order, whose condition matches (first-match
 * semantics, like SLA policy choice). Put the catch-all scorecard last.
 */
public final class ScorecardSelection {
  private final List<Scorecard> scorecards;

  public ScorecardSelection(List<Scorecard> scorecards) {
    this.scorecards = List.copyOf(scorecards);
  }

  public Optional<Scorecard> select(Ticket ticket) {
    String language = Conversation.languageOf(ticket);
    return scorecards.stream().filter(s -> s.when().matches(ticket, language)).findFirst();
  }

  public Optional<Scorecard> byId(String id) {
    return scorecards.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<Scorecard> all() {
    return scorecards;
  }
}
