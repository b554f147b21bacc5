package io.shiftlead.plugin.core.routing;

import java.util.List;
import java.util.Optional;

/**
 * The agent this requester had last time while that agent is available in the group, otherwise
 * the least loaded agent, who becomes the requester's agent from now on.
 */
final class StickyStrategy implements RoutingStrategy {

  @Override
  public Optional<Agent> choose(String group, List<Agent> available, RoutingRequest request,
      RoutingContext context) {
    String requester = request.requesterId();
    Optional<Agent> previous = requester == null ? Optional.empty()
        : context.state().lastAgentFor(requester)
            .flatMap(id -> available.stream().filter(a -> a.id().equals(id)).findFirst());
    Optional<Agent> chosen = previous.isPresent() ? previous
        : LeastLoadedStrategy.leastLoaded(available, context.load());
    if (requester != null) {
      chosen.ifPresent(agent -> context.state().remember(requester, agent.id()));
    }
    return chosen;
  }
}
