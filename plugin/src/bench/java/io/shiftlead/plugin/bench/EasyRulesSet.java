package io.shiftlead.plugin.bench;

import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/** The benchmark rules as Easy Rules rules with Java lambda conditions (its fastest form). */
final class EasyRulesSet {
  private final Rules rules = new Rules();
  private final DefaultRulesEngine engine = new DefaultRulesEngine();

  EasyRulesSet(List<BenchRule> specs) {
    int priority = 0;
    for (BenchRule spec : specs) {
      RuleBuilder builder = new RuleBuilder().name(spec.id()).priority(priority++);
      if (spec.isEscalation()) {
        rules.register(builder
            .when(f -> f.<BenchFacts>get("t").hasAnyWord(spec.anyOfWords()))
            .then(f -> f.<BenchFacts>get("t").escalate(spec.id(), spec.tag())).build());
      } else {
        String channel = spec.channel().wireName();
        String priorityName = spec.priority().wireName();
        rules.register(builder
            .when(f -> {
              BenchFacts t = f.get("t");
              return t.getChannel().equals(channel) && t.getPriority().equals(priorityName)
                  && t.getSubjectLower().contains(spec.keyword());
            })
            .then(f -> f.<BenchFacts>get("t").route(spec.id(), spec.group(), spec.tag()))
            .build());
      }
    }
  }

  BenchFacts evaluate(BenchFacts ticket) {
    Facts facts = new Facts();
    facts.put("t", ticket);
    engine.fire(rules, facts);
    return ticket;
  }
}
