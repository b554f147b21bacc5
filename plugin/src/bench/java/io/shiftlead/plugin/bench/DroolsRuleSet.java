package io.shiftlead.plugin.bench;

import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/** The benchmark rules as generated DRL, run per ticket in a stateless session. */
final class DroolsRuleSet {
  private final StatelessKieSession session;

  DroolsRuleSet(List<BenchRule> specs) {
    String drl = "package io.shiftlead.plugin.bench.drl;\n"
        + "import io.shiftlead.plugin.bench.BenchFacts;\n"
        + "import java.util.Arrays;\n"
        + specs.stream().map(DroolsRuleSet::rule).collect(Collectors.joining("\n"));
    KieBase base = new KieHelper().addContent(drl, ResourceType.DRL).build();
    session = base.newStatelessKieSession();
  }

  private static String rule(BenchRule spec) {
    if (spec.isEscalation()) {
      String words = spec.anyOfWords().stream().map(w -> "\"" + w + "\"")
          .collect(Collectors.joining(", "));
      return "rule \"" + spec.id() + "\"\nwhen\n  $t : BenchFacts( hasAnyWord(Arrays.asList("
          + words + ")) )\nthen\n  $t.escalate(\"" + spec.id() + "\", \"" + spec.tag()
          + "\");\nend\n";
    }
    return "rule \"" + spec.id() + "\"\nwhen\n  $t : BenchFacts( channel == \""
        + spec.channel().wireName() + "\", priority == \"" + spec.priority().wireName()
        + "\", subjectLower.contains(\"" + spec.keyword() + "\") )\nthen\n  $t.route(\""
        + spec.id() + "\", \"" + spec.group() + "\", \"" + spec.tag() + "\");\nend\n";
  }

  BenchFacts evaluate(BenchFacts ticket) {
    session.execute(ticket);
    return ticket;
  }
}
