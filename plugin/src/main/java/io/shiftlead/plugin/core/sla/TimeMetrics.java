package io.shiftlead.plugin.core.sla;

import java.time.Duration;

/**
 * Reported (not targeted) times, Zendesk's definitions: requester wait is time in new, open and
 * on-hold (the customer is waiting on us); agent work is time in new and open. Both in calendar
 * time and in business time of the ticket's policy calendar (24x7 without a policy).
 */
public record TimeMetrics(Duration requesterWaitCalendar, Duration requesterWaitBusiness,
    Duration agentWorkCalendar, Duration agentWorkBusiness) {}
