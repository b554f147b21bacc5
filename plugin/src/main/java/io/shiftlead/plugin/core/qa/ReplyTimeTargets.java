package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Duration;
import java.util.Optional;

/**
 * The reply-time targets a ticket is held to. The SLA engine will implement this from the ticket's
 * policy (business hours included); until then {@link FixedReplyTimeTargets} applies minute
 * targets in calendar time. Empty means "no target": the check is N/A.
 */
public interface ReplyTimeTargets {

  Optional<Duration> firstReply(Ticket ticket);

  Optional<Duration> nextReply(Ticket ticket);

  /**
   * The time that counts between two instants; calendar time by default, business time once the
   * SLA engine supplies its calendar.
   */
  default Duration elapsed(Ticket ticket, java.time.Instant from, java.time.Instant to) {
    return Duration.between(from, to);
  }
}
