package io.shiftlead.plugin.core.routing;

/**
 * Everything routing reads and the memory it writes. {@link #dryRun()} gives a copy whose writes
 * vanish: the engine's side-effect-free {@code check} routes with it.
 */
public record RoutingContext(Roster roster, RoutingState state, AgentLoad load) {

  public static RoutingContext inMemory(Roster roster) {
    return new RoutingContext(roster, new InMemoryRoutingState(), new InMemoryAgentLoad());
  }

  public RoutingContext dryRun() {
    AgentLoad readOnly = load::openTickets;
    return new RoutingContext(roster, InMemoryRoutingState.overlay(state), readOnly);
  }
}
