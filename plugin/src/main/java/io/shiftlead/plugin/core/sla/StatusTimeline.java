package io.shiftlead.plugin.core.sla;

import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ticket's status over time, from creation up to the evaluation instant, as contiguous segments.
 * Changes after the instant are ignored so that replaying history at an earlier instant gives the
 * numbers the server showed then.
 */
final class StatusTimeline {
  private final long[] starts;
  private final TicketStatus[] statuses;

  private StatusTimeline(long[] starts, TicketStatus[] statuses) {
    this.starts = starts;
    this.statuses = statuses;
  }

  static StatusTimeline of(Ticket ticket, long at) {
    List<StatusChange> changes = ticket.statusChanges();
    if (!isSorted(changes)) {
      changes = new ArrayList<>(changes);
      changes.sort(Comparator.comparing(StatusChange::at));
    }
    long created = ticket.createdAt().toEpochMilli();
    if (changes.isEmpty()) {
      // No history: the current status is all we know, assumed since creation.
      return new StatusTimeline(new long[] {created}, new TicketStatus[] {ticket.status()});
    }
    long[] starts = new long[changes.size() + 1];
    TicketStatus[] statuses = new TicketStatus[changes.size() + 1];
    StatusChange first = changes.get(0);
    starts[0] = created;
    statuses[0] = first.from() != null ? first.from() : first.to();
    int n = 1;
    for (StatusChange c : changes) {
      long t = Math.max(created, c.at().toEpochMilli());
      if (t > at) {
        break;
      }
      if (t == starts[n - 1]) {
        statuses[n - 1] = c.to();
      } else {
        starts[n] = t;
        statuses[n] = c.to();
        n++;
      }
    }
    return new StatusTimeline(java.util.Arrays.copyOf(starts, n),
        java.util.Arrays.copyOf(statuses, n));
  }

  private static boolean isSorted(List<StatusChange> changes) {
    for (int i = 1; i < changes.size(); i++) {
      if (changes.get(i).at().isBefore(changes.get(i - 1).at())) {
        return false;
      }
    }
    return true;
  }

  static boolean isDone(TicketStatus s) {
    return s == TicketStatus.SOLVED || s == TicketStatus.CLOSED;
  }

  int size() {
    return starts.length;
  }

  long start(int i) {
    return starts[i];
  }

  /** Exclusive end of segment i; the last segment is open-ended. */
  long end(int i) {
    return i + 1 < starts.length ? starts[i + 1] : Long.MAX_VALUE;
  }

  TicketStatus status(int i) {
    return statuses[i];
  }

  TicketStatus statusAt(long t) {
    TicketStatus s = statuses[0];
    for (int i = 0; i < starts.length && starts[i] <= t; i++) {
      s = statuses[i];
    }
    return s;
  }

  /** The first instant at or after t when the ticket became solved or closed, or -1. */
  long firstDoneAtOrAfter(long t) {
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] >= t && isDone(statuses[i]) && (i == 0 || !isDone(statuses[i - 1]))) {
        return starts[i];
      }
    }
    return -1;
  }

  /** When the ticket's current run of solved/closed began, or -1 when it is not done at t. */
  long doneSince(long t) {
    int i = starts.length - 1;
    while (i > 0 && starts[i] > t) {
      i--;
    }
    if (!isDone(statuses[i])) {
      return -1;
    }
    while (i > 0 && isDone(statuses[i - 1])) {
      i--;
    }
    return starts[i];
  }
}
