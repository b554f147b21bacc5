package io.shiftlead.plugin.core.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the KPIs need of one ticket, derived once whenever the ticket is stored (see {@link
 * TicketFacts#of}). Times are calendar minutes, rounded down. Null means "not yet" or "unknown".
 *
 * @param firstReplyAt the first public agent reply after creation (see docs/kpis.md for what
 *     counts as a reply)
 * @param solvedAt the last time the ticket went solved or closed, when it is solved or closed now
 * @param resolutionMinutes full resolution time: {@code solvedAt - createdAt}
 * @param handleMinutes approximated handle time: minutes in the agent-side statuses (new, open)
 *     until solved; replaced by the SLA engine's agent work time once that is wired
 * @param oneTouch solved, at most one public agent reply, never reopened
 * @param slaFirstReplyMet null when no first-reply SLA cycle finished
 * @param qaScore the ticket's QA score in 0..100, null until QA is wired
 */
public record TicketFact(
    String connector,
    String ticketId,
    Instant createdAt,
    Instant firstReplyAt,
    Long firstReplyMinutes,
    Instant solvedAt,
    Long resolutionMinutes,
    Long handleMinutes,
    int reopens,
    int agentReplies,
    boolean oneTouch,
    String assignee,
    String group,
    String channel,
    String priority,
    String organization,
    String status,
    boolean deleted,
    List<String> tags,
    Boolean slaFirstReplyMet,
    Boolean slaResolutionMet,
    Double qaScore) {

  public TicketFact {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(createdAt, "createdAt");
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** Solved or closed now (and not deleted). */
  public boolean solved() {
    return solvedAt != null;
  }

  /** In the backlog: neither solved, closed nor deleted. */
  public boolean unsolved() {
    return !deleted && solvedAt == null;
  }
}
