package io.shiftlead.plugin.core.kpi;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Derives a {@link TicketFact} from a normalized ticket; the rules are in docs/kpis.md. */
public final class TicketFacts {
  /** Tags helpdesks put on a ticket that was closed by merging it into another. */
  public static final Set<String> MERGE_TAGS = Set.of("closed_by_merge", "merged");
  private static final Set<TicketStatus> DONE = Set.of(TicketStatus.SOLVED, TicketStatus.CLOSED);
  private static final Set<TicketStatus> AGENT_SIDE = Set.of(TicketStatus.NEW, TicketStatus.OPEN);

  private TicketFacts() {}

  public static TicketFact of(String connector, Ticket ticket, SlaOutcomes.Outcome sla,
      Double qaScore) {
    List<Comment> comments = ticket.comments().stream()
        .sorted(Comparator.comparing(Comment::createdAt)).toList();
    // an agent-created ticket: its opening public message is not a reply
    boolean agentOpened = !comments.isEmpty() && comments.get(0).isPublicAgentReply();
    Instant firstReplyAt = null;
    int agentReplies = 0;
    for (int i = agentOpened ? 1 : 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      if (c.isPublic() && c.author().role() == AuthorRole.AGENT) {
        agentReplies++;
        if (firstReplyAt == null && !c.createdAt().isBefore(ticket.createdAt())) {
          firstReplyAt = c.createdAt();
        }
      }
    }
    List<StatusChange> changes = ticket.statusChanges().stream()
        .sorted(Comparator.comparing(StatusChange::at)).toList();
    int reopens = 0;
    Instant lastSolved = null;
    for (StatusChange change : changes) {
      boolean wasDone = change.from() != null && DONE.contains(change.from());
      if (wasDone && !DONE.contains(change.to())) {
        reopens++;
      }
      if (!wasDone && DONE.contains(change.to())) {
        lastSolved = change.at();
      }
    }
    boolean deleted = ticket.deleted() || ticket.tags().stream().anyMatch(MERGE_TAGS::contains);
    Instant solvedAt = null;
    if (!deleted && DONE.contains(ticket.status())) {
      solvedAt = lastSolved != null ? lastSolved
          : ticket.updatedAt() != null ? ticket.updatedAt() : ticket.createdAt();
      if (solvedAt.isBefore(ticket.createdAt())) {
        solvedAt = ticket.createdAt();
      }
    }
    Long handle = solvedAt == null ? null : agentSideMinutes(ticket, changes, solvedAt);
    SlaOutcomes.Outcome outcome = sla == null ? SlaOutcomes.Outcome.NONE : sla;
    return new TicketFact(connector, ticket.id(), ticket.createdAt(), firstReplyAt,
        minutes(ticket.createdAt(), firstReplyAt), solvedAt, minutes(ticket.createdAt(), solvedAt),
        handle, reopens, agentReplies, solvedAt != null && agentReplies <= 1 && reopens == 0,
        ticket.assignee() == null ? null : ticket.assignee().id(), ticket.group(),
        ticket.channel() == null ? null : ticket.channel().wireName(),
        ticket.priority() == null ? null : ticket.priority().wireName(),
        ticket.requester() == null ? null : ticket.requester().organization(),
        ticket.status().wireName(), deleted, ticket.tags(), outcome.firstReply(),
        outcome.resolution(), qaScore);
  }

  /** Minutes spent in new/open between creation and {@code until}, from the status history. */
  private static long agentSideMinutes(Ticket ticket, List<StatusChange> changes, Instant until) {
    TicketStatus current = TicketStatus.NEW;
    Instant since = ticket.createdAt();
    Duration total = Duration.ZERO;
    for (StatusChange change : changes) {
      Instant at = change.at().isBefore(since) ? since : change.at();
      if (at.isAfter(until)) {
        break;
      }
      if (AGENT_SIDE.contains(current)) {
        total = total.plus(Duration.between(since, at));
      }
      current = change.to();
      since = at;
    }
    if (AGENT_SIDE.contains(current) && since.isBefore(until)) {
      total = total.plus(Duration.between(since, until));
    }
    return total.toMinutes();
  }

  private static Long minutes(Instant from, Instant to) {
    return to == null ? null : Math.max(0, Duration.between(from, to).toMinutes());
  }
}
