package io.shiftlead.plugin.core.sla;

import java.time.Instant;
import java.util.List;

/**
 * An escalation level that is due for a breached metric. It fires once: {@code key} is stable for
 * the ticket, metric, level and metric cycle, so the caller records it and skips it next time
 * (it also works as the idempotency key of the note it posts).
 */
public record EscalationDue(String ticketId, SlaMetric metric, int level, Instant dueAt,
    Instant breachedAt, List<ActionSpec> actions, String key) {}
