package io.shiftlead.plugin.core.sla;

import java.time.Instant;
import java.util.List;

/**
 * An escalation level that is due for a breached metric. It fires once: {@link #key()} is stable
 * for the ticket, metric, level and metric cycle, so the caller records it and skips it next time
 * (it also works as the idempotency key of the note it posts).
 *
 * @param cycleStartedAt when the breached metric's cycle started (a new next-reply cycle can
 *     escalate again)
 */
public record EscalationDue(String ticketId, SlaMetric metric, int level, Instant dueAt,
    Instant breachedAt, Instant cycleStartedAt, List<ActionSpec> actions) {

  /**
   * {@code sla:<ticket>:<metric>:L<level>:<cycle start epoch second>}, at most 80 characters of
   * [A-Za-z0-9._:-]. Built on demand: formatting it for every breached ticket of a full scan
   * cost more than measuring the ticket.
   */
  public String key() {
    StringBuilder id = new StringBuilder(ticketId.length());
    for (int i = 0; i < ticketId.length(); i++) {
      char c = ticketId.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      id.append(allowed ? c : '_');
    }
    String suffix = ":" + metric.wireName() + ":L" + level + ":" + cycleStartedAt.getEpochSecond();
    String key = "sla:" + id;
    return key.substring(0, Math.min(key.length(), 80 - suffix.length())) + suffix;
  }
}
