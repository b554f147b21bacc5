package io.shiftlead.plugin.bench;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.routing.RoutingContext;
import io.shiftlead.plugin.core.routing.Roster;
import io.shiftlead.plugin.core.rules.BusinessTime;
import io.shiftlead.plugin.core.rules.RuleRun;
import io.shiftlead.plugin.core.rules.RuleTrace;
import io.shiftlead.plugin.core.rules.RulesEngine;
import io.shiftlead.plugin.core.rules.TicketFacts;
import io.shiftlead.plugin.infrastructure.rules.RuleSetReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The benchmark rules as an admin would write them: a YAML rule file, read by the same reader and
 * run by the same engine as the server (trace and reasons included).
 */
final class ShiftleadRuleSet {
  private static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");
  private static final BusinessTime ALWAYS = BusinessTime.always(ZoneOffset.UTC);

  private final RulesEngine engine;

  ShiftleadRuleSet(List<BenchRule> specs) {
    Roster roster = new Roster(List.of(), Set.of("Billing", "Technical", "Accounts"));
    engine = new RulesEngine(new RuleSetReader(roster).read("bench.yaml", "bench", yaml(specs)),
        RoutingContext.inMemory(roster));
  }

  static String yaml(List<BenchRule> specs) {
    StringBuilder out = new StringBuilder("version: \"bench-1\"\nrules:\n");
    int order = 0;
    for (BenchRule spec : specs) {
      out.append("  - id: ").append(spec.id()).append("\n    order: ").append(order++)
          .append("\n    when:\n");
      if (spec.isEscalation()) {
        out.append("      {field: body, operator: any_of_words, value: ")
            .append(spec.anyOfWords()).append("}\n    then:\n")
            .append("      - escalate: {priority: urgent}\n");
      } else {
        out.append("      all:\n")
            .append("        - {field: channel, operator: is, value: ")
            .append(spec.channel().wireName()).append("}\n")
            .append("        - {field: priority, operator: is, value: ")
            .append(spec.priority().wireName()).append("}\n")
            .append("        - {field: subject, operator: contains, value: ")
            .append(spec.keyword()).append("}\n    then:\n")
            .append("      - assign_group: ").append(spec.group()).append('\n');
      }
      out.append("      - add_tags: [").append(spec.tag()).append("]\n");
    }
    return out.toString();
  }

  RuleRun evaluate(Ticket ticket) {
    return engine.evaluate(TicketFacts.of(ticket, AT, ALWAYS));
  }

  List<String> firedRules(Ticket ticket) {
    return evaluate(ticket).fired().stream().map(RuleTrace::ruleId).toList();
  }
}
