package io.shiftlead.plugin.core.rules;

import io.shiftlead.plugin.core.routing.Router;
import io.shiftlead.plugin.core.routing.RoutingContext;
import java.util.List;

/**
 * What an action may read and write while one rule fires.
 *
 * @param routing a throw-away copy during a dry run, so round-robin turns do not advance
 * @param seen the comparisons that made this rule match, for {@code {{reasons}}}
 */
public record ActionContext(TicketFacts facts, Rule rule, DesiredState state, Router router,
    RoutingContext routing, List<Seen> seen) {}
