package io.shiftlead.plugin.core.routing;

import java.util.Objects;
import java.util.Set;

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
    skills = skills == null ? Set.of() : Set.copyOf(skills);
  }

  public boolean hasCapacity(int openTickets) {
    return capacity <= 0 || openTickets < capacity;
  }
}
