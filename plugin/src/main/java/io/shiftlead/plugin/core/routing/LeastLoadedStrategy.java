package io.shiftlead.plugin.core.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The available agent with the fewest open tickets; ties go to the lower spare-capacity ratio
 * being higher, then to the id, so the choice is deterministic and replayable.
 */
final class LeastLoadedStrategy implements RoutingStrategy {

  @Override
  public Optional<Agent> choose(String group, List<Agent> available, RoutingRequest request,
      RoutingContext context) {
    return leastLoaded(available, context.load());
  }

  static Optional<Agent> leastLoaded(List<Agent> agents, AgentLoad load) {
    return agents.stream().min(Comparator
        .comparingInt((Agent a) -> load.openTickets(a.id()))
        .thenComparingDouble(a -> a.capacity() <= 0 ? 0 : (double) load.openTickets(a.id())
            / a.capacity())
        .thenComparing(Agent::id));
  }
}
