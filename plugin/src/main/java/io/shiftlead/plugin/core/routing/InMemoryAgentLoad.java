package io.shiftlead.plugin.core.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Open-ticket counts held in memory: tests, replay, and a start-up value before the store loads. */
public final class InMemoryAgentLoad implements AgentLoad {
  private final Map<String, Integer> open = new ConcurrentHashMap<>();

  public InMemoryAgentLoad set(String agentId, int openTickets) {
    open.put(agentId, openTickets);
    return this;
  }

  @Override
  public int openTickets(String agentId) {
    return open.getOrDefault(agentId, 0);
  }

  @Override
  public void assigned(String agentId) {
    open.merge(agentId, 1, Integer::sum);
  }
}
