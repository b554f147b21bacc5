package io.shiftlead.plugin.core.qa;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Minute targets from the QA configuration, optionally per priority; calendar time. A zero or
 * negative target means "none".
 */
public final class FixedReplyTimeTargets implements ReplyTimeTargets {
  private final int firstReplyMinutes;
  private final int nextReplyMinutes;
  private final Map<Priority, Integer> firstReplyByPriority;

  public FixedReplyTimeTargets(int firstReplyMinutes, int nextReplyMinutes) {
    this(firstReplyMinutes, nextReplyMinutes, Map.of());
  }

  public FixedReplyTimeTargets(int firstReplyMinutes, int nextReplyMinutes,
      Map<Priority, Integer> firstReplyByPriority) {
    this.firstReplyMinutes = firstReplyMinutes;
    this.nextReplyMinutes = nextReplyMinutes;
    this.firstReplyByPriority = firstReplyByPriority.isEmpty()
        ? Map.of() : new EnumMap<>(firstReplyByPriority);
  }

  @Override
  public Optional<Duration> firstReply(Ticket ticket) {
    int minutes = ticket.priority() == null ? firstReplyMinutes
        : firstReplyByPriority.getOrDefault(ticket.priority(), firstReplyMinutes);
    return minutes(minutes);
  }

  @Override
  public Optional<Duration> nextReply(Ticket ticket) {
    return minutes(nextReplyMinutes);
  }

  private static Optional<Duration> minutes(int minutes) {
    return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
  }
}
