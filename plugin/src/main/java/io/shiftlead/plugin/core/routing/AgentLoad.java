package io.shiftlead.plugin.core.routing;

/**
 * How many open tickets each agent carries. The pipeline backs it with its store; routing only
 * reads it, and tells it about an assignment it has just committed so that a batch of tickets
 * routed in one sync spreads out before the helpdesk reports the new counts.
 */
public interface AgentLoad {

  int openTickets(String agentId);

  /** Called once per committed assignment; never during a dry run. */
  default void assigned(String agentId) {}
}
