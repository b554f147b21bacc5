/**
 * Assigning a ticket to an agent: a {@link io.shiftlead.plugin.core.routing.Roster} of agents, four
 * strategies (round robin, least loaded, skills, sticky) and a {@link
 * io.shiftlead.plugin.core.routing.Router} that applies the shared policy around them (skip away and
 * at-capacity agents, keep a still-eligible current assignee, try a fallback group). Plain Java: the
 * rotation position and the agents' loads live behind small interfaces the pipeline can persist.
 */
package io.shiftlead.plugin.core.routing;
