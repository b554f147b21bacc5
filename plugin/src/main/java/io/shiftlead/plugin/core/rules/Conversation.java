package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What rules count and search in a ticket's history, each derived on first use and then kept for
 * the rest of the evaluation: a rule set that never tests the body does not pay for building it
 * (building all of it eagerly was a visible share of the rules benchmark). Thread-safe:
 * every value is immutable once built and published through a final field or a volatile one; at
 * worst two threads build the same value.
 *
 * <ul>
 *   <li>{@link #body()}: the public comments' text, oldest first, lower-cased for
 *       case-insensitive search
 *   <li>{@link #customerRepliesSinceAgentReply()}: public customer comments after the latest
 *       public agent reply; before any agent reply, the customer's comments after the opening one
 *   <li>{@link #timesReopened()}: status changes out of solved or closed back into a working
 *       status
 * </ul>
 */
public final class Conversation {
  private final Ticket ticket;
  private volatile Replies thread;
  private volatile String subject;
  private volatile Set<String> tags;
  private volatile Optional<SurveyResponse> latestCsat;
  private volatile int timesReopened = -1;

  /** The public text and reply count, built together in one pass over the sorted comments. */
  private record Replies(String body, int customerRepliesSinceAgentReply) {}

  private Conversation(Ticket ticket) {
    this.ticket = ticket;
  }

  static Conversation of(Ticket ticket) {
    return new Conversation(ticket);
  }

  public String body() {
    return thread().body();
  }

  public String subject() {
    String s = subject;
    if (s == null) {
      s = ticket.subject() == null ? "" : ticket.subject().toLowerCase(Locale.ROOT);
      subject = s;
    }
    return s;
  }

  public Set<String> tags() {
    Set<String> t = tags;
    if (t == null) {
      t = ticket.tags().stream().map(tag -> tag.toLowerCase(Locale.ROOT))
          .collect(Collectors.toSet());
      tags = t;
    }
    return t;
  }

  public int customerRepliesSinceAgentReply() {
    return thread().customerRepliesSinceAgentReply();
  }

  public int timesReopened() {
    int n = timesReopened;
    if (n < 0) {
      n = (int) ticket.statusChanges().stream().filter(Conversation::isReopen).count();
      timesReopened = n;
    }
    return n;
  }

  public int commentCount() {
    return ticket.comments().isEmpty() ? Math.max(0, ticket.commentCount())
        : ticket.comments().size();
  }

  public Optional<SurveyResponse> latestCsat() {
    Optional<SurveyResponse> csat = latestCsat;
    if (csat == null) {
      csat = ticket.surveys().stream()
          .filter(s -> s.kind() == SurveyKind.CSAT && s.at() != null)
          .max(Comparator.comparing(SurveyResponse::at));
      latestCsat = csat;
    }
    return csat;
  }

  private Replies thread() {
    Replies t = thread;
    if (t == null) {
      t = readThread(ticket);
      thread = t;
    }
    return t;
  }

  private static Replies readThread(Ticket ticket) {
    List<Comment> comments = sortedByTime(ticket.comments());
    StringBuilder body = new StringBuilder();
    int sinceAgent = 0;
    boolean agentReplied = false;
    boolean first = true;
    for (Comment c : comments) {
      if (c.isPublic()) {
        body.append(c.body()).append('\n');
      }
      if (c.isPublicAgentReply()) {
        sinceAgent = 0;
        agentReplied = true;
      } else if (c.isPublic() && c.author().role() == AuthorRole.CUSTOMER) {
        if (agentReplied || !first) {
          sinceAgent++;
        }
        first = false;
      }
    }
    return new Replies(body.toString().toLowerCase(Locale.ROOT), sinceAgent);
  }

  /** Oldest first, ties in list order; helpdesks already send them in order, so usually no sort. */
  private static List<Comment> sortedByTime(List<Comment> comments) {
    for (int i = 1; i < comments.size(); i++) {
      if (comments.get(i).createdAt().isBefore(comments.get(i - 1).createdAt())) {
        return comments.stream().sorted(Comparator.comparing(Comment::createdAt)).toList();
      }
    }
    return comments;
  }

  private static boolean isReopen(StatusChange change) {
    boolean wasDone = change.from() == TicketStatus.SOLVED || change.from() == TicketStatus.CLOSED;
    boolean nowWorking = change.to() != TicketStatus.SOLVED && change.to() != TicketStatus.CLOSED;
    return wasDone && nowWorking;
  }
}
