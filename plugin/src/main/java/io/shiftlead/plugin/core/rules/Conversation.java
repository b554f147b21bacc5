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
 * What rules count and search in a ticket's history, derived once per evaluation.
 *
 * @param body the public comments' text, oldest first, lower-cased for case-insensitive search
 * @param customerRepliesSinceAgentReply public customer comments after the latest public agent
 *     reply; before any agent reply, the customer's comments after the opening one
 * @param timesReopened status changes out of solved or closed back into a working status
 */
public record Conversation(
    String body,
    String subject,
    Set<String> tags,
    int customerRepliesSinceAgentReply,
    int timesReopened,
    int commentCount,
    Optional<SurveyResponse> latestCsat) {

  static Conversation of(Ticket ticket) {
    List<Comment> comments = ticket.comments().stream()
        .sorted(Comparator.comparing(Comment::createdAt)).toList();
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
    int reopened = (int) ticket.statusChanges().stream().filter(Conversation::isReopen).count();
    Optional<SurveyResponse> csat = ticket.surveys().stream()
        .filter(s -> s.kind() == SurveyKind.CSAT && s.at() != null)
        .max(Comparator.comparing(SurveyResponse::at));
    int count = ticket.comments().isEmpty() ? Math.max(0, ticket.commentCount())
        : ticket.comments().size();
    return new Conversation(body.toString().toLowerCase(Locale.ROOT),
        ticket.subject() == null ? "" : ticket.subject().toLowerCase(Locale.ROOT),
        ticket.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()),
        sinceAgent, reopened, count, csat);
  }

  private static boolean isReopen(StatusChange change) {
    boolean wasDone = change.from() == TicketStatus.SOLVED || change.from() == TicketStatus.CLOSED;
    boolean nowWorking = change.to() != TicketStatus.SOLVED && change.to() != TicketStatus.CLOSED;
    return wasDone && nowWorking;
  }
}
