package io.shiftlead.plugin.bench;

import io.shiftlead.connectors.spi.model.Ticket;
import java.util.List;
import java.util.TreeSet;

/** Refuses to benchmark engines that do not decide the same thing for the same tickets. */
final class SameResults {
  private SameResults() {}

  static void check(List<Ticket> tickets, ShiftleadRuleSet shiftlead, EasyRulesSet easyRules,
      DroolsRuleSet drools) {
    long fired = 0;
    for (Ticket ticket : tickets.subList(0, Math.min(5_000, tickets.size()))) {
      TreeSet<String> ours = new TreeSet<>(shiftlead.firedRules(ticket));
      TreeSet<String> easy = new TreeSet<>(easyRules.evaluate(new BenchFacts(ticket)).fired());
      TreeSet<String> drl = new TreeSet<>(drools.evaluate(new BenchFacts(ticket)).fired());
      if (!ours.equals(easy) || !ours.equals(drl)) {
        throw new IllegalStateException("engines disagree on ticket " + ticket.id() + ": shiftlead "
            + ours + ", easy rules " + easy + ", drools " + drl);
      }
      fired += ours.size();
    }
    if (fired == 0) {
      throw new IllegalStateException("no rule fired on the sample: the benchmark would be empty");
    }
    System.out.println("engines agree on the sample; rules fired: " + fired);
  }
}
