package io.shiftlead.plugin.core.qa.checks;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.Outcome;
import io.shiftlead.plugin.core.qa.QaCheck;
import io.shiftlead.plugin.core.qa.ReplyTimeTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every public agent reply came within its target: the first reply counted from the ticket's
 * creation, later ones from the first customer message still waiting for an answer. A customer
 * message not answered yet is left to the SLA engine (it needs the current time; this check is
 * pure). In per-reply mode only the graded replies are measured.
 */
public final class ResponsivenessCheck implements QaCheck {
  public static final String ID = "responsiveness";

  private final ReplyTimeTargets targets;

  public ResponsivenessCheck(ReplyTimeTargets targets) {
    this.targets = targets;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult check(Conversation conversation) {
    if (!conversation.hasReplies()) {
      return CheckResult.na(ID, "no public agent reply");
    }
    Ticket ticket = conversation.ticket();
    Set<String> graded = conversation.replies().stream().map(r -> r.id())
        .collect(Collectors.toSet());
    List<Evidence> measured = new ArrayList<>();
    boolean late = false;
    boolean first = true;
    Instant waitingSince = ticket.createdAt();
    List<Comment> comments = new ArrayList<>(ticket.comments());
    comments.sort(Comparator.comparing(Comment::createdAt));
    for (Comment comment : comments) {
      if (!comment.isPublic()) {
        continue;
      }
      if (comment.author().role() == AuthorRole.CUSTOMER) {
        waitingSince = waitingSince == null ? comment.createdAt() : waitingSince;
      } else if (comment.author().role() == AuthorRole.AGENT) {
        Optional<Duration> target = first ? targets.firstReply(ticket) : targets.nextReply(ticket);
        if (waitingSince != null && target.isPresent() && graded.contains(comment.id())) {
          Duration took = targets.elapsed(ticket, waitingSince, comment.createdAt());
          boolean over = took.compareTo(target.get()) > 0;
          late |= over;
          measured.add(new Evidence(comment.id(), "", (first ? "first" : "next") + " reply after "
              + took.toMinutes() + " min, target " + target.get().toMinutes() + " min"
              + (over ? " (missed)" : " (met)")));
        }
        first = false;
        waitingSince = null;
      }
    }
    if (measured.isEmpty()) {
      return CheckResult.na(ID, "no reply-time target applies");
    }
    return new CheckResult(ID, late ? Outcome.FAIL : Outcome.PASS, 1.0, measured);
  }
}
