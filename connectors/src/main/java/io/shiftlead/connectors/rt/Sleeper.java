package io.shiftlead.connectors.rt;

import java.time.Duration;

/**
 * How the adapter waits (retry back-off, Retry-After). Injected so tests record the requested waits
 * instead of sleeping (style rule 16). Kept per adapter, like Zendesk's, so adapters stay independent.
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
