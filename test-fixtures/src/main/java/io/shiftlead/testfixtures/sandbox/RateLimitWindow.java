package io.shiftlead.testfixtures.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The account-wide request budget: a fixed one-minute window that opens with the first request
 * after the previous window ended, like Zendesk's per-minute limit. A limit of 0 never throttles
 * but still reports headers, with {@link #UNLIMITED_ADVERTISED} as the advertised limit.
 */
final class RateLimitWindow {

  static final int UNLIMITED_ADVERTISED = 100_000;
  private static final Duration WINDOW = Duration.ofMinutes(1);

  /** The outcome for one request: whether it may run, what to advertise, how long to wait. */
  record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {}

  private final int limit;
  private final Clock clock;
  private Instant windowStart;
  private int used;

  RateLimitWindow(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  synchronized Decision acquire() {
    return acquire(1);
  }

  /** Takes {@code credits} from the window (Freshdesk charges embeds extra). */
  synchronized Decision acquire(int credits) {
    Instant now = clock.instant();
    if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
      windowStart = now;
      used = 0;
    }
    int advertised = limit == 0 ? UNLIMITED_ADVERTISED : limit;
    if (limit > 0 && used >= limit) {
      long wait = Duration.between(now, windowStart.plus(WINDOW)).toMillis();
      return new Decision(false, advertised, 0, Math.max(1, (wait + 999) / 1000));
    }
    used += credits;
    return new Decision(true, advertised, Math.max(0, advertised - used), 0);
  }

  /** Headers for a response that did not consume budget (e.g. a 401). */
  synchronized Decision peek() {
    int advertised = limit == 0 ? UNLIMITED_ADVERTISED : limit;
    boolean open = windowStart != null && clock.instant().isBefore(windowStart.plus(WINDOW));
    return new Decision(true, advertised, Math.max(0, advertised - (open ? used : 0)), 0);
  }
}
