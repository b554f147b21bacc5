package io.shiftlead.plugin.application.replay;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.rules.BusinessTime;
import io.shiftlead.plugin.core.rules.Outcome;
import io.shiftlead.plugin.core.rules.RuleNote;
import io.shiftlead.plugin.core.rules.RuleRun;
import io.shiftlead.plugin.core.rules.RulesEngine;
import io.shiftlead.plugin.core.rules.TicketFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dry run of a candidate rule set: both the running rules and the candidate are checked (no
 * routing memory advances, nothing is written) over the same tickets at the same instant, and
 * every difference in the desired state they produce is one row: priority, group, assignee, a
 * field, the tags added or removed, the notes. Shadow rules contribute nothing to a desired state
 * in either set, so turning a rule from shadow to enabled shows exactly what it would start doing.
 */
public final class RulesDiff {
  private final RulesEngine current;
  private final RulesEngine candidate;
  private final BusinessTime businessTime;

  /**
   * One difference.
   *
   * @param what {@code priority}, {@code group}, {@code assignee}, {@code field:<name>},
   *     {@code tags added}, {@code tags removed} or {@code notes}
   * @param current what the running rules want ({@code ""} for nothing)
   * @param candidate what the candidate rules want
   * @param rules the rules (of either set) whose actions touch this, for the explanation
   */
  public record Row(String connector, String ticketId, String subject, String what,
      String current, String candidate, List<String> rules) {}

  public RulesDiff(RulesEngine current, RulesEngine candidate, BusinessTime businessTime) {
    this.current = current;
    this.candidate = candidate;
    this.businessTime = businessTime;
  }

  /** The differences for one ticket; empty when both sets want the same. */
  public List<Row> diff(String connector, Ticket ticket, Instant at) {
    if (ticket.deleted()) {
      return List.of();
    }
    TicketFacts facts = TicketFacts.of(ticket, at, businessTime);
    RuleRun before = current.check(facts);
    RuleRun after = candidate.check(facts);
    Outcome a = before.outcome();
    Outcome b = after.outcome();
    List<Row> rows = new ArrayList<>();
    Differ d = new Differ(connector, ticket, before, after, rows);
    d.compare("priority", "set_priority", text(a.priority()), text(b.priority()));
    d.compare("group", "assign_group", text(a.group()), text(b.group()));
    d.compare("assignee", "assign_agent", text(a.assignee()), text(b.assignee()));
    Set<String> fieldNames = new TreeSet<>(a.fields().keySet());
    fieldNames.addAll(b.fields().keySet());
    for (String f : fieldNames) {
      d.compare("field:" + f, "set_field", text(a.fields().get(f)), text(b.fields().get(f)));
    }
    d.compare("tags added", "add_tags", String.join(" ", new TreeSet<>(a.addTags())),
        String.join(" ", new TreeSet<>(b.addTags())));
    d.compare("tags removed", "remove_tags", String.join(" ", new TreeSet<>(a.removeTags())),
        String.join(" ", new TreeSet<>(b.removeTags())));
    d.compare("notes", "add_note", notes(a.notes()), notes(b.notes()));
    return rows;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String notes(List<RuleNote> notes) {
    return String.join(" | ", notes.stream().map(n -> n.ruleId() + ": " + n.body()).toList());
  }

  /** Collects rows, naming the rules whose actions of the matching type fired. */
  private record Differ(String connector, Ticket ticket, RuleRun before, RuleRun after,
      List<Row> rows) {
    void compare(String what, String actionType, String current, String candidate) {
      if (Objects.equals(current, candidate)) {
        return;
      }
      Set<String> rules = new LinkedHashSet<>();
      for (RuleRun run : List.of(before, after)) {
        run.actions().stream().filter(x -> x.type().equals(actionType)).forEach(x -> rules.add(x.rule()));
      }
      rows.add(new Row(connector, ticket.id(), ticket.subject(), what, current, candidate,
          List.copyOf(rules)));
    }
  }
}
