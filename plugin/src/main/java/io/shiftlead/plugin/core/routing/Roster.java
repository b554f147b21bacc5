package io.shiftlead.plugin.core.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agents routing may choose from and the groups rules may name. Groups without agents (a
 * managers queue worked by hand) are declared so that rules naming them still validate.
 */
public final class Roster {
  private final Map<String, Agent> agents = new LinkedHashMap<>();
  private final Set<String> groups = new TreeSet<>();
  private final Map<String, List<Agent>> members = new HashMap<>();

  public Roster(List<Agent> agents, Set<String> extraGroups) {
    // sorted by id so that round-robin positions do not depend on the order of the config file
    agents.stream().sorted(Comparator.comparing(Agent::id)).forEach(a -> {
      if (this.agents.putIfAbsent(a.id(), a) != null) {
        throw new IllegalArgumentException("agent " + a.id() + " is listed twice");
      }
      groups.addAll(a.groups());
    });
    groups.addAll(extraGroups);
    // computed once: routing asks for a group's ring on every ticket
    for (String group : groups) {
      members.put(group, this.agents.values().stream()
          .filter(a -> a.groups().contains(group)).toList());
    }
  }

  public static Roster empty() {
    return new Roster(List.of(), Set.of());
  }

  public boolean isEmpty() {
    return agents.isEmpty() && groups.isEmpty();
  }

  public Optional<Agent> agent(String id) {
    return Optional.ofNullable(id == null ? null : agents.get(id));
  }

  public boolean knowsGroup(String group) {
    return groups.contains(group);
  }

  public Set<String> groups() {
    return Set.copyOf(groups);
  }

  /** Every member of a group, away or not, in id order (the round-robin ring). */
  public List<Agent> members(String group) {
    return members.getOrDefault(group, List.of());
  }

  public List<Agent> agents() {
    return List.copyOf(agents.values());
  }
}
