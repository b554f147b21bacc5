package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.Ticket;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a scorecard applies: every non-empty list must contain the ticket's value (channel wire
 * name, group, conversation language); an empty list matches anything. Values compare
 * case-insensitively. The rules engine's full condition language can replace this later; the three
 * keys keep the same names there.
 */
public record ScorecardCondition(Set<String> channels, Set<String> groups, Set<String> languages) {
  public ScorecardCondition {
    channels = lower(channels);
    groups = lower(groups);
    languages = lower(languages);
  }

  public static ScorecardCondition always() {
    return new ScorecardCondition(Set.of(), Set.of(), Set.of());
  }

  public boolean matches(Ticket ticket, String language) {
    return allows(channels, ticket.channel() == null ? null : ticket.channel().wireName())
        && allows(groups, ticket.group()) && allows(languages, language);
  }

  private static boolean allows(Set<String> wanted, String value) {
    return wanted.isEmpty() || (value != null && wanted.contains(value.toLowerCase(Locale.ROOT)));
  }

  private static Set<String> lower(Set<String> values) {
    return values == null ? Set.of()
        : values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
