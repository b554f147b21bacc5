package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.support.Sleeper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

/**
 * The resilience policies of one connector instance, named {@code zendesk:<tenant>} and never shared
 * (style rule 8): an account-wide and an export rate limiter, a retry of rate-limited and transient
 * failures, and a circuit breaker that records transient failures only.
 */
final class ZendeskResilience {
  private static final System.Logger LOG = System.getLogger(ZendeskResilience.class.getName());
  private static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  /** How long a call may wait for a rate-limiter permit before giving up as rate limited. */
  private static final Duration PERMIT_WAIT = Duration.ofSeconds(65);
  /** How long an open circuit refuses calls before letting a few probes through. */
  static final Duration OPEN_STATE = Duration.ofSeconds(30);

  final String name;
  final RateLimiter requests;
  final RateLimiter exports;
  final Retry retry;
  /**
   * For writes: retries only a 429, which Zendesk answers before doing anything. A lost answer,
   * a timeout or a 5xx after the request was sent leaves the outcome unknown; sending the write
   * again could post its note twice, so the error goes up and the plugin's outbox re-checks the
   * ticket's conversation before the next attempt.
   */
  final Retry writeRetry;
  final CircuitBreaker breaker;

  ZendeskResilience(ZendeskSettings settings, Clock clock, Sleeper sleeper) {
    this.name = "zendesk:" + settings.tenant();
    this.requests = limiter(name, settings.requestsPerMinute());
    this.exports = limiter(name + ":export", settings.exportRequestsPerMinute());
    this.retry = Retry.of(name, retryConfig(settings, sleeper, false));
    this.writeRetry = Retry.of(name + ":write", retryConfig(settings, sleeper, true));
    this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
        .slidingWindowSize(20)
        .minimumNumberOfCalls(10)
        .failureRateThreshold(50)
        .waitDurationInOpenState(OPEN_STATE)
        .clock(clock) // the connector's clock, so tests move time instead of sleeping
        .recordException(TransientException.class::isInstance)
        // 4xx, auth and rate-limit answers show the server is up: neither success nor failure
        .ignoreException(e -> !(e instanceof TransientException))
        .build());
  }

  private static RateLimiter limiter(String name, int perMinute) {
    return RateLimiter.of(name, RateLimiterConfig.custom()
        .limitForPeriod(perMinute)
        .limitRefreshPeriod(Duration.ofMinutes(1))
        .timeoutDuration(PERMIT_WAIT)
        .build());
  }

  /**
   * Exponential random back-off; a 429 waits at least its Retry-After. A Retry-After longer than
   * {@code maxRetryWait} is not retried at all (we would wait less than asked): the error goes up
   * with its wait for the plugin to schedule. The wait itself goes through the injected sleeper and
   * Resilience4j is told 0 ms, because its own sleep function is a JVM-wide static.
   */
  private static RetryConfig retryConfig(ZendeskSettings settings, Sleeper sleeper,
      boolean rateLimitOnly) {
    Duration cap = settings.maxRetryWait();
    IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
        INITIAL_BACKOFF, 2.0, 0.5, cap);
    IntervalBiFunction<Object> interval = (attempt, outcome) -> {
      long millis = backoff.apply(attempt);
      if (outcome.isLeft() && outcome.getLeft() instanceof RateLimitedException) {
        millis = Math.max(millis, ((RateLimitedException) outcome.getLeft()).retryAfter().toMillis());
      }
      millis = Math.min(millis, Math.max(cap.toMillis(), 0));
      LOG.log(Level.DEBUG, "zendesk:{0} retry {1} in {2} ms", settings.tenant(), attempt, millis);
      try {
        sleeper.sleep(Duration.ofMillis(millis));
        return 0L;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1L; // stops retrying; the last error is thrown
      }
    };
    return RetryConfig.custom()
        .maxAttempts(settings.maxRetries() + 1)
        .intervalBiFunction(interval)
        .retryOnException(e -> (!rateLimitOnly && e instanceof TransientException)
            || (e instanceof RateLimitedException
                && ((RateLimitedException) e).retryAfter().compareTo(cap) <= 0))
        .build();
  }
}
