package io.shiftlead.plugin.core.routing;

import java.util.List;
import java.util.Optional;

/**
 * Chooses one agent among those available in a group. The {@link Router} has already removed away
 * and at-capacity agents; a strategy only orders the rest. Strategies are stateless: what they
 * remember goes to {@link RoutingState}, so a dry run can hand them a throw-away state.
 */
public interface RoutingStrategy {

  /**
   * @param available the group's agents who may take a ticket now, in id order, never empty
   * @return the chosen agent, or empty when none fits (skills routing with nobody skilled)
   */
  Optional<Agent> choose(String group, List<Agent> available, RoutingRequest request,
      RoutingContext context);
}
