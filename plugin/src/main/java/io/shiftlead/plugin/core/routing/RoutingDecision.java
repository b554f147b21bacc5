package io.shiftlead.plugin.core.routing;

/**
 * What routing chose, and why in words an admin reads in the trace.
 *
 * @param agentId null when nobody was available: the ticket stays unassigned in {@code group}
 * @param group the group the ticket should sit in (the fallback group when that one was used)
 */
public record RoutingDecision(String agentId, String group, String why) {

  public boolean assigned() {
    return agentId != null;
  }
}
