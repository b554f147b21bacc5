package io.shiftlead.connectors.support;

import java.time.Duration;

/**
 * How an adapter waits (retry back-off, Retry-After, job polling). Injected so tests record the
 * requested waits instead of sleeping (style rule 16).
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
