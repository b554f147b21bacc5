package io.shiftlead.plugin.core.routing;

import java.util.Set;

/**
 * One ticket asking for an agent.
 *
 * @param strategy the strategy to choose with
 * @param group the group to choose in
 * @param fallbackGroup tried with the same strategy when {@code group} has nobody available; null
 * @param requesterId for sticky routing; may be null
 * @param requiredSkills {@code key:value} skills the ticket needs (skills routing only)
 * @param currentAssignee the ticket's assignee now, kept when still eligible; may be null
 * @param currentGroup the ticket's group now; may be null
 */
public record RoutingRequest(
    Strategy strategy,
    String group,
    String fallbackGroup,
    String requesterId,
    Set<String> requiredSkills,
    String currentAssignee,
    String currentGroup) {

  public RoutingRequest {
    requiredSkills = requiredSkills == null ? Set.of() : Set.copyOf(requiredSkills);
  }

  /** A request for a ticket whose group does not matter (new tickets, tests). */
  public RoutingRequest(Strategy strategy, String group, String fallbackGroup, String requesterId,
      Set<String> requiredSkills, String currentAssignee) {
    this(strategy, group, fallbackGroup, requesterId, requiredSkills, currentAssignee, null);
  }

  /** The same request without skill requirements, for the fallback group. */
  public RoutingRequest anySkill() {
    return new RoutingRequest(strategy, group, fallbackGroup, requesterId, Set.of(),
        currentAssignee, currentGroup);
  }
}
