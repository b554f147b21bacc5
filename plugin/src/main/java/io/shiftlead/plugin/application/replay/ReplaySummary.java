package io.shiftlead.plugin.application.replay;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts over a replay: tickets per rule, per group and agent assigned, escalations, bad lines. */
public final class ReplaySummary {
  private long tickets;
  private long ticketsWithActions;
  private long badLines;
  private final Map<String, Long> ticketsPerRule = new TreeMap<>();
  private final Map<String, Long> ticketsPerGroup = new TreeMap<>();
  private final Map<String, Long> ticketsPerAgent = new TreeMap<>();
  private long escalations;

  public void add(List<ReplayAction> actions) {
    tickets++;
    if (!actions.isEmpty()) {
      ticketsWithActions++;
    }
    actions.stream().map(ReplayAction::rule).distinct()
        .forEach(rule -> ticketsPerRule.merge(rule, 1L, Long::sum));
    for (ReplayAction action : actions) {
      switch (action.type()) {
        case "assign_group" -> ticketsPerGroup.merge(String.valueOf(action.value()), 1L, Long::sum);
        case "assign_agent" -> ticketsPerAgent.merge(String.valueOf(action.value()), 1L, Long::sum);
        case "escalate" -> escalations++;
        default -> { }
      }
    }
  }

  public void badLine() {
    badLines++;
  }

  public long badLines() {
    return badLines;
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(tickets).append(" tickets replayed, ").append(ticketsWithActions)
        .append(" with actions, ").append(badLines).append(" bad lines skipped\n");
    section(out, "tickets per rule", ticketsPerRule);
    section(out, "tickets per group assigned", ticketsPerGroup);
    section(out, "tickets per agent assigned", ticketsPerAgent);
    out.append("escalations: ").append(escalations).append('\n');
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Map<String, Long> counts) {
    out.append(title).append(':').append(counts.isEmpty() ? " none\n" : "\n");
    counts.forEach((key, count) -> out.append("  ").append(key).append(": ").append(count)
        .append('\n'));
  }
}
