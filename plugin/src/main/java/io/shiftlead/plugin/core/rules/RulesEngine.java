package io.shiftlead.plugin.core.rules;

import io.shiftlead.plugin.core.routing.Router;
import io.shiftlead.plugin.core.routing.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a rule set over one ticket's facts in one pass. Every rule sees the ticket as read (no
 * chaining: a rule never reacts to another rule's value within a run, so a run cannot loop), and
 * a run only states a desired state, which the write-back planner diffs against the ticket.
 * A failing condition counts as "not matched" and is reported, as in Easy Rules.
 *
 * <p>Speed without losing the explanation: a rule whose condition starts with tests of choice
 * fields (channel, priority, status...) gets the remembered trace of a failed test from its
 * {@link RuleGuard} instead of a fresh one; traces of disabled and skipped rules are built once.
 *
 * <p>Thread-safe when the routing context is.
 */
public final class RulesEngine {
  private final RuleSet ruleSet;
  private final Router router = new Router();
  private final RoutingContext routing;
  private final List<RuleListener> listeners;
  // per rule, in ruleSet order: what does not change from one ticket to the next
  private final Rule[] rules;
  private final RuleGuard[] guards;
  private final boolean[] stops;
  private final RuleTrace[] disabled;
  private final RuleTrace[] skippedAfterStop;

  public RulesEngine(RuleSet ruleSet, RoutingContext routing, List<RuleListener> listeners) {
    this.ruleSet = ruleSet;
    this.routing = routing;
    this.listeners = List.copyOf(listeners);
    this.rules = ruleSet.rules().toArray(Rule[]::new);
    this.guards = new RuleGuard[rules.length];
    this.stops = new boolean[rules.length];
    this.disabled = new RuleTrace[rules.length];
    this.skippedAfterStop = new RuleTrace[rules.length];
    for (int i = 0; i < rules.length; i++) {
      guards[i] = RuleGuard.of(rules[i]);
      stops[i] = rules[i].stops();
      disabled[i] = skipped(rules[i], RuleTrace.Result.DISABLED);
      skippedAfterStop[i] = skipped(rules[i], RuleTrace.Result.SKIPPED_AFTER_STOP);
    }
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
    RuleTrace[] traces = new RuleTrace[rules.length];
    boolean stopped = false;
    RoutingContext shadowRouting = null;
    for (int i = 0; i < rules.length; i++) {
      Rule rule = rules[i];
      RuleTrace trace;
      if (rule.mode() == RuleMode.DISABLED) {
        trace = disabled[i];
      } else if (stopped && rule.mode() == RuleMode.ENABLED) {
        trace = skippedAfterStop[i];
      } else if (rule.mode() == RuleMode.SHADOW) {
        // a scratch state and dry routing: traced like the real thing, contributes nothing
        shadowRouting = shadowRouting != null ? shadowRouting
            : dryRun ? context : context.dryRun();
        trace = fire(i, facts, new DesiredState(facts.ticket()), shadowRouting);
      } else {
        trace = fire(i, facts, state, context);
        stopped = trace.matched() && stops[i];
      }
      traces[i] = trace;
      for (RuleListener listener : listeners) {
        listener.afterRule(facts.ticket().id(), trace);
      }
    }
    return new RuleRun(facts.ticket().id(), facts.at(), ruleSet.name(), ruleSet.version(), dryRun,
        Arrays.asList(traces), state.toOutcome());
  }

  private RuleTrace fire(int index, TicketFacts facts, DesiredState state,
      RoutingContext context) {
    Rule rule = rules[index];
    RuleGuard guard = guards[index];
    List<Seen> seen = new ArrayList<>(4);
    try {
      boolean matched;
      RuleTrace failed = guard == null ? RuleGuard.TEST_IN_FULL : guard.failedTrace(facts, seen);
      if (failed == RuleGuard.TEST_IN_FULL) {
        matched = rule.when().test(facts, seen);
      } else if (failed != null) {
        return failed; // a guard test failed: the same trace as always for that value
      } else {
        matched = true;
        for (Condition c : guard.rest()) {
          if (!c.test(facts, seen)) {
            matched = false;
            break;
          }
        }
      }
      if (!matched) {
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
