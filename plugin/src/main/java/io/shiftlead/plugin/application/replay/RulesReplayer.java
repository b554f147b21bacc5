package io.shiftlead.plugin.application.replay;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.rules.BusinessTime;
import io.shiftlead.plugin.core.rules.RuleRun;
import io.shiftlead.plugin.core.rules.RulesEngine;
import io.shiftlead.plugin.core.rules.TicketFacts;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules' actions for a ticket at an instant, each attributed to its rule with the condition
 * values that made it fire; assignments show the agent or group chosen.
 */
public final class RulesReplayer implements Replayer {
  private final Supplier<RulesEngine> engine;
  private final BusinessTime businessTime;

  public RulesReplayer(Supplier<RulesEngine> engine, BusinessTime businessTime) {
    this.engine = engine;
    this.businessTime = businessTime;
  }

  /** For assignments, the agent or group chosen; for the rest, the action as configured. */
  private static Object chosen(String type, String configured, RuleRun run) {
    if (type.equals("assign_agent")) {
      return run.outcome().assignee() != null ? run.outcome().assignee()
          : "(unassigned: nobody available)";
    }
    if (type.equals("assign_group") && run.outcome().group() != null) {
      return run.outcome().group();
    }
    return configured;
  }

  @Override
  public List<ReplayAction> replay(Ticket ticket, Instant at) {
    if (ticket.deleted()) {
      return List.of();
    }
    // evaluate, not check: the replay's routing memory is its own (in memory, thrown away after),
    // and advancing it is what shows how round-robin and least-loaded would spread the tickets
    RuleRun run = engine.get().evaluate(TicketFacts.of(ticket, at, businessTime));
    return run.actions().stream().map(a -> new ReplayAction(a.rule(), a.type(),
        chosen(a.type(), a.value(), run), a.effect(), a.reasons())).toList();
  }
}
