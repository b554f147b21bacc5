package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The current cycle of a metric, found in the conversation and status history: where its clock
 * started and (if it did) why it stopped. Only events up to the evaluation instant count.
 *
 * @param end -1 while the cycle is open
 */
record MetricWindow(long start, String startWhy, long end, String endWhy) {

  boolean isOpen() {
    return end < 0;
  }

  /** Each metric's cycle, or null when the metric has not started (e.g. no customer follow-up). */
  static MetricWindow find(SlaMetric metric, Ticket ticket, List<Comment> comments,
      StatusTimeline tl, long at) {
    long created = ticket.createdAt().toEpochMilli();
    switch (metric) {
      case FIRST_REPLY:
        return closeAt(created, "ticket created", firstAgentReplyAtOrAfter(comments, created), tl);
      case RESOLUTION: {
        long done = tl.doneSince(at);
        return done < 0 ? new MetricWindow(created, "ticket created", -1, null)
            : new MetricWindow(created, "ticket created", done, "solved");
      }
      case NEXT_REPLY:
        return nextReply(comments, tl);
      case PERIODIC_UPDATE:
        return periodicUpdate(comments, tl);
      default:
        throw new IllegalArgumentException(metric.toString());
    }
  }

  private static MetricWindow nextReply(List<Comment> comments, StatusTimeline tl) {
    boolean replied = false;
    long waitingSince = -1;
    MetricWindow last = null;
    for (Comment c : comments) {
      long t = c.createdAt().toEpochMilli();
      if (c.author().role() == AuthorRole.CUSTOMER && replied && waitingSince < 0) {
        waitingSince = t; // the oldest unanswered customer message starts the clock
      } else if (c.isPublicAgentReply()) {
        if (waitingSince >= 0) {
          last = new MetricWindow(waitingSince, "customer message", t, "agent replied");
          waitingSince = -1;
        }
        replied = true;
      }
    }
    if (waitingSince >= 0) {
      return closeAt(waitingSince, "customer message", -1, tl);
    }
    return last;
  }

  private static MetricWindow periodicUpdate(List<Comment> comments, StatusTimeline tl) {
    // Only the latest gap matters for the badge: earlier gaps ended with the reply that started it.
    long lastReply = -1;
    for (Comment c : comments) {
      if (c.isPublicAgentReply()) {
        lastReply = c.createdAt().toEpochMilli();
      }
    }
    return lastReply < 0 ? null : closeAt(lastReply, "agent reply", -1, tl);
  }

  /** A cycle ends at the stop event or when the ticket is solved, whichever comes first. */
  private static MetricWindow closeAt(long start, String startWhy, long stop, StatusTimeline tl) {
    long solved = tl.firstDoneAtOrAfter(start);
    if (stop >= 0 && (solved < 0 || stop <= solved)) {
      return new MetricWindow(start, startWhy, stop, "agent replied");
    }
    if (solved >= 0) {
      return new MetricWindow(start, startWhy, solved, "solved");
    }
    return new MetricWindow(start, startWhy, -1, null);
  }

  private static long firstAgentReplyAtOrAfter(List<Comment> comments, long t) {
    for (Comment c : comments) {
      if (c.isPublicAgentReply() && c.createdAt().toEpochMilli() >= t) {
        return c.createdAt().toEpochMilli();
      }
    }
    return -1;
  }

  /** The public comments up to the instant, oldest first: shared by the metrics of one ticket. */
  static List<Comment> publicUpTo(Ticket ticket, long at) {
    List<Comment> out = new ArrayList<>(ticket.comments().size());
    boolean sorted = true;
    long previous = Long.MIN_VALUE;
    for (Comment c : ticket.comments()) {
      long t = c.createdAt().toEpochMilli();
      if (c.isPublic() && t <= at) {
        out.add(c);
        sorted &= t >= previous;
        previous = t;
      }
    }
    if (!sorted) {
      out.sort(Comparator.comparing(Comment::createdAt));
    }
    return out;
  }
}
