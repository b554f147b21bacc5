package io.shiftlead.plugin.core.evaluation;

import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in evaluator until the rules engine arrives: writes each ticket's first-reply time, in
 * calendar minutes from creation to the first public agent reply, into a custom field, and posts
 * one internal note explaining it. Tickets without an agent reply yet are left alone.
 */
public final class FirstReplyTimeEvaluator implements Evaluator {
  public static final String ID = "first-reply-time";

  private final String fieldKey;

  public FirstReplyTimeEvaluator(String fieldKey) {
    this.fieldKey = fieldKey;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Ticket ticket) {
    if (ticket.deleted()) {
      return Evaluation.nothing(ID, "ticket is deleted");
    }
    Optional<Comment> firstReply = ticket.comments().stream()
        .filter(Comment::isPublicAgentReply)
        .min(Comparator.comparing(Comment::createdAt));
    if (firstReply.isEmpty()) {
      return Evaluation.nothing(ID, "no public agent reply yet");
    }
    Comment reply = firstReply.get();
    long minutes = Math.max(0, Duration.between(ticket.createdAt(), reply.createdAt()).toMinutes());
    String reason = "first public agent reply at " + reply.createdAt() + " by agent "
        + reply.author().id() + ", " + minutes + " min after the ticket was created at "
        + ticket.createdAt() + " (calendar time)";
    String note = "Shiftlead: first reply time " + minutes + " min.\nWhy: " + reason + ".";
    return new Evaluation(ID, Map.of(fieldKey, minutes), null, null, null, null, null, note,
        List.of(reason));
  }
}
