package io.shiftlead.plugin.core.routing;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An agent as routing sees them.
 *
 * @param skills {@code key:value} strings such as {@code language:pt} or {@code tier:gold}
 * @param capacity the most open tickets this agent should carry; 0 or less means no limit
 * @param away true while the agent is on leave or off shift: routing gives them nothing
 */
public record Agent(
    String id, String name, Set<String> groups, Set<String> skills, int capacity, boolean away) {

  public Agent {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    groups = groups == null ? Set.of() : Set.copyOf(groups);
    // lower case: tickets' skills are read case-insensitively (language:PT is language:pt)
    skills = skills == null ? Set.of() : skills.stream().map(s -> s.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  public boolean hasCapacity(int openTickets) {
    return capacity <= 0 || openTickets < capacity;
  }
}
