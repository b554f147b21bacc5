/**
 * The SLA engine: business calendars, policies, per-metric clocks measured from a ticket's history,
 * escalation levels and the due-time index a scheduler sleeps on. Plain Java with an injected
 * {@link java.time.Clock}; every number is recomputed from the ticket, so a replay at the same
 * instant gives the same states as the server.
 */
package io.shiftlead.plugin.core.sla;
