package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A note body with {@code {{placeholders}}}. Only values rules cannot change are offered: a note
 * quoting the priority a rule just changed would read differently on the next evaluation, and the
 * pipeline (which posts each distinct note once) would post it again, a write-back loop.
 */
public record NoteTemplate(String text) {
  public static final Set<String> PLACEHOLDERS = Set.of("ticket.id", "ticket.subject",
      "ticket.channel", "requester.name", "requester.email", "requester.organization", "rule.id",
      "rule.description", "reasons");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z._]+)\\s*}}");

  public NoteTemplate {
    if (text == null || text.isBlank()) {
      throw new RuleDefinitionException("an empty note", "write the note's text");
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        throw new RuleDefinitionException("unknown placeholder {{" + m.group(1) + "}}",
            "use one of " + PLACEHOLDERS.stream().sorted().toList()
                + " (values rules can change are left out so notes do not re-post)");
      }
    }
  }

  public String render(ActionContext context) {
    Ticket ticket = context.facts().ticket();
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), ticket, context)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(String name, Ticket ticket, ActionContext context) {
    switch (name) {
      case "ticket.id": return ticket.id();
      case "ticket.subject": return orEmpty(ticket.subject());
      case "ticket.channel": return ticket.channel() == null ? "" : ticket.channel().wireName();
      case "requester.name": return person(ticket, Person::name);
      case "requester.email": return person(ticket, Person::email);
      case "requester.organization": return person(ticket, Person::organization);
      case "rule.id": return context.rule().id();
      case "rule.description": return orEmpty(context.rule().description());
      default: return reasons(context.seen());
    }
  }

  /** The conditions that held, without the values seen (those change as the ticket ages). */
  static String reasons(List<Seen> seen) {
    String held = seen.stream().filter(Seen::result).map(Seen::condition).distinct()
        .collect(Collectors.joining("; "));
    return held.isEmpty() ? "always" : held;
  }

  private static String person(Ticket ticket, Function<Person, String> part) {
    return ticket.requester() == null ? "" : orEmpty(part.apply(ticket.requester()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
