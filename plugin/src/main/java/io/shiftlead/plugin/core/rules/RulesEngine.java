package io.shiftlead.plugin.core.rules;

import io.shiftlead.plugin.core.routing.Router;
import io.shiftlead.plugin.core.routing.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule set over one ticket's facts in one pass. Every rule sees the ticket as read (no
 * chaining: a rule never reacts to another rule's value within a run, so a run cannot loop), and
 * a run only states a desired state, which the write-back planner diffs against the ticket.
 * A failing condition counts as "not matched" and is reported, as in Easy Rules.
 *
 * <p>Thread-safe when the routing context is.
 */
public final class RulesEngine {
  private final RuleSet ruleSet;
  private final Router router = new Router();
  private final RoutingContext routing;
  private final List<RuleListener> listeners;

  public RulesEngine(RuleSet ruleSet, RoutingContext routing, List<RuleListener> listeners) {
    this.ruleSet = ruleSet;
    this.routing = routing;
    this.listeners = List.copyOf(listeners);
  }

  public RulesEngine(RuleSet ruleSet, RoutingContext routing) {
    this(ruleSet, routing, List.of());
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Evaluates for real: routing memory (round-robin turns, sticky agents, loads) advances. */
  public RuleRun evaluate(TicketFacts facts) {
    return run(facts, routing, false);
  }

  /** The same evaluation without side effects: the dry run of replay and of shadow mode. */
  public RuleRun check(TicketFacts facts) {
    return run(facts, routing.dryRun(), true);
  }

  private RuleRun run(TicketFacts facts, RoutingContext context, boolean dryRun) {
    DesiredState state = new DesiredState(facts.ticket());
    List<RuleTrace> traces = new ArrayList<>(ruleSet.rules().size());
    boolean stopped = false;
    RoutingContext shadowRouting = null;
    for (Rule rule : ruleSet.rules()) {
      RuleTrace trace;
      if (rule.mode() == RuleMode.DISABLED) {
        trace = skipped(rule, RuleTrace.Result.DISABLED);
      } else if (stopped && rule.mode() == RuleMode.ENABLED) {
        trace = skipped(rule, RuleTrace.Result.SKIPPED_AFTER_STOP);
      } else if (rule.mode() == RuleMode.SHADOW) {
        // a scratch state and dry routing: traced like the real thing, contributes nothing
        shadowRouting = shadowRouting != null ? shadowRouting
            : dryRun ? context : context.dryRun();
        trace = fire(rule, facts, new DesiredState(facts.ticket()), shadowRouting);
      } else {
        trace = fire(rule, facts, state, context);
        stopped = trace.matched() && rule.stops();
      }
      traces.add(trace);
      for (RuleListener listener : listeners) {
        listener.afterRule(facts.ticket().id(), trace);
      }
    }
    return new RuleRun(facts.ticket().id(), facts.at(), ruleSet.name(), ruleSet.version(), dryRun,
        traces, state.toOutcome());
  }

  private RuleTrace fire(Rule rule, TicketFacts facts, DesiredState state,
      RoutingContext context) {
    List<Seen> seen = new ArrayList<>(4);
    try {
      if (!rule.when().test(facts, seen)) {
        return new RuleTrace(rule.id(), rule.mode(), RuleTrace.Result.NOT_MATCHED, seen,
            List.of(), null);
      }
      ActionContext actionContext = new ActionContext(facts, rule, state, router, context, seen);
      List<ActionEffect> effects = new ArrayList<>(rule.actions().size());
      for (Action action : rule.actions()) {
        effects.add(new ActionEffect(action.type(), action.value(), action.apply(actionContext)));
      }
      return new RuleTrace(rule.id(), rule.mode(), RuleTrace.Result.MATCHED, seen, effects, null);
    } catch (RuntimeException e) {
      for (RuleListener listener : listeners) {
        listener.onError(facts.ticket().id(), rule.id(), e);
      }
      return new RuleTrace(rule.id(), rule.mode(), RuleTrace.Result.ERROR, seen, List.of(),
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static RuleTrace skipped(Rule rule, RuleTrace.Result result) {
    return new RuleTrace(rule.id(), rule.mode(), result, List.of(), List.of(), null);
  }
}
