package io.shiftlead.plugin.core.routing;

import java.util.List;
import java.util.Optional;

/**
 * Agents holding every skill the ticket needs (its language, product, tier), then the least loaded
 * of them. Nobody skilled means no choice here, so the router moves on to the fallback group, the
 * way Zendesk's skills timeout hands a ticket to any agent.
 */
final class SkillsStrategy implements RoutingStrategy {

  @Override
  public Optional<Agent> choose(String group, List<Agent> available, RoutingRequest request,
      RoutingContext context) {
    List<Agent> skilled = available.stream()
        .filter(a -> a.skills().containsAll(request.requiredSkills())).toList();
    return LeastLoadedStrategy.leastLoaded(skilled, context.load());
  }
}
