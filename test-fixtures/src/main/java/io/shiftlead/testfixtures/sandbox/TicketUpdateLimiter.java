package io.shiftlead.testfixtures.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Zendesk's per-ticket cap: at most 30 updates to one ticket by one user in 10 minutes (the sandbox
 * has one API user, so it is per ticket). Sliding window of the accepted updates' times.
 */
final class TicketUpdateLimiter {

  static final int MAX_UPDATES = 30;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private final Clock clock;
  private final int maxUpdates;
  private final Map<Long, Deque<Instant>> recent = new HashMap<>();

  TicketUpdateLimiter(Clock clock) {
    this(clock, MAX_UPDATES);
  }

  private TicketUpdateLimiter(Clock clock, int maxUpdates) {
    this.clock = clock;
    this.maxUpdates = maxUpdates;
  }

  /** No per-ticket cap (Freshdesk documents none). */
  static TicketUpdateLimiter unlimited(Clock clock) {
    return new TicketUpdateLimiter(clock, Integer.MAX_VALUE);
  }

  /** Records an update to {@code ticketId}; returns 0 if allowed, else the seconds to wait. */
  synchronized long tryUpdate(long ticketId) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(ticketId, id -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
      times.removeFirst();
    }
    if (maxUpdates == Integer.MAX_VALUE) {
      return 0;
    }
    if (times.size() >= maxUpdates) {
      long wait = Duration.between(now, times.peekFirst().plus(WINDOW)).toMillis();
      return Math.max(1, (wait + 999) / 1000);
    }
    times.addLast(now);
    return 0;
  }
}
