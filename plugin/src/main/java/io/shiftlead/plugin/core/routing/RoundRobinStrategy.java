package io.shiftlead.plugin.core.routing;

import java.util.List;
import java.util.Optional;

/**
 * Takes turns around the group's whole ring (every member in id order), skipping members who are
 * not available, and remembers where it stopped. Walking the full ring rather than the available
 * list keeps turns fair when an agent comes back from leave.
 */
final class RoundRobinStrategy implements RoutingStrategy {

  @Override
  public Optional<Agent> choose(String group, List<Agent> available, RoutingRequest request,
      RoutingContext context) {
    List<Agent> ring = context.roster().members(group);
    int start = Math.floorMod(context.state().position(group), ring.size());
    for (int step = 0; step < ring.size(); step++) {
      int index = (start + step) % ring.size();
      Agent candidate = ring.get(index);
      if (available.contains(candidate)) {
        context.state().setPosition(group, index + 1);
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
