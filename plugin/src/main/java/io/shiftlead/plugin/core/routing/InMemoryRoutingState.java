package io.shiftlead.plugin.core.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Routing memory in maps; also used as the write layer of a dry run (see {@link #overlay}). */
public final class InMemoryRoutingState implements RoutingState {
  private final Map<String, Integer> positions;
  private final Map<String, String> sticky;
  private final RoutingState below;

  public InMemoryRoutingState() {
    this(null);
  }

  private InMemoryRoutingState(RoutingState below) {
    this.below = below;
    // an overlay lives for one dry run on one thread, and most runs route nothing: small maps
    this.positions = below == null ? new ConcurrentHashMap<>() : new HashMap<>(2);
    this.sticky = below == null ? new ConcurrentHashMap<>() : new HashMap<>(2);
  }

  /**
   * A state that reads through to {@code below} and keeps its own writes: a dry run sees the
   * positions it would have advanced, and the real state is left untouched.
   */
  public static RoutingState overlay(RoutingState below) {
    return new InMemoryRoutingState(below);
  }

  @Override
  public int position(String group) {
    Integer own = positions.get(group);
    return own != null ? own : below == null ? 0 : below.position(group);
  }

  @Override
  public void setPosition(String group, int position) {
    positions.put(group, position);
  }

  @Override
  public Optional<String> lastAgentFor(String requesterId) {
    String own = sticky.get(requesterId);
    return own != null || below == null ? Optional.ofNullable(own) : below.lastAgentFor(requesterId);
  }

  @Override
  public void remember(String requesterId, String agentId) {
    sticky.put(requesterId, agentId);
  }
}
