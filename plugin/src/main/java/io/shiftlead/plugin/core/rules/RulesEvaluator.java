package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import io.shiftlead.plugin.core.evaluation.OutboundNotification;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The rules engine as a pipeline evaluator. The engine comes from a supplier so that a reloaded
 * rule set takes effect on the next ticket; the instant comes from the injected clock.
 */
public final class RulesEvaluator implements Evaluator {
  public static final String ID = "rules";

  private final Supplier<RulesEngine> engine;
  private final Clock clock;
  private final BusinessTime businessTime;

  public RulesEvaluator(Supplier<RulesEngine> engine, Clock clock, BusinessTime businessTime) {
    this.engine = engine;
    this.clock = clock;
    this.businessTime = businessTime;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Ticket ticket) {
    if (ticket.deleted()) {
      return Evaluation.nothing(ID, "ticket is deleted");
    }
    return toEvaluation(run(ticket));
  }

  /**
   * The full run, for callers that store the trace or deliver notifications. Closed tickets are
   * never written back, so they get a dry run: routing them must not use up anyone's turn.
   */
  public RuleRun run(Ticket ticket) {
    TicketFacts facts = TicketFacts.of(ticket, clock.instant(), businessTime);
    return ticket.status() == TicketStatus.CLOSED ? engine.get().check(facts)
        : engine.get().evaluate(facts);
  }

  /** Maps a run onto the pipeline's desired-state evaluation, one reason line per fired rule. */
  public static Evaluation toEvaluation(RuleRun run) {
    List<RuleTrace> fired = run.fired();
    if (fired.isEmpty()) {
      return Evaluation.nothing(ID, "no rule matched (rule set " + run.ruleSet() + " v"
          + run.version() + ")");
    }
    Outcome outcome = run.outcome();
    List<String> reasons = fired.stream().map(trace -> "rule " + trace.ruleId() + " (v"
        + run.version() + "): " + trace.seen().stream().filter(Seen::result)
            .map(Seen::toString).collect(Collectors.joining("; "))).toList();
    String note = outcome.notes().isEmpty() ? null : outcome.notes().stream()
        .map(RuleNote::body).collect(Collectors.joining("\n\n"));
    // a dry run (closed tickets, replay) must never call anyone
    List<OutboundNotification> calls = run.dryRun() ? List.of() : outcome.notifications().stream()
        .map(RulesEvaluator::outbound).toList();
    return new Evaluation(ID, outcome.fields(), outcome.addTags(), outcome.removeTags(),
        outcome.priority(), outcome.group(), outcome.assignee(), note, reasons, calls);
  }

  private static OutboundNotification outbound(Notification n) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("event", "shiftlead.escalation");
    payload.put("ticketId", n.ticketId());
    payload.put("rule", n.ruleId());
    if (n.priority() != null) {
      payload.put("priority", n.priority());
    }
    if (n.group() != null) {
      payload.put("group", n.group());
    }
    payload.put("reason", n.reason());
    return new OutboundNotification(n.key(), n.url(), payload);
  }
}
