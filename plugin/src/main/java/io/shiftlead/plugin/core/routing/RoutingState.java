package io.shiftlead.plugin.core.routing;

import java.util.Optional;

/**
 * The memory routing needs between tickets: the round-robin position per group and the agent each
 * requester last got (sticky). Kept behind an interface so the pipeline can persist it; {@link
 * InMemoryRoutingState} is the default.
 */
public interface RoutingState {

  /** The ring index to start the next round-robin search at, 0 when never used. */
  int position(String group);

  void setPosition(String group, int position);

  Optional<String> lastAgentFor(String requesterId);

  void remember(String requesterId, String agentId);
}
