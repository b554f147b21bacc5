package io.shiftlead.connectors.jsm;

import java.time.Duration;

/**
 * How the adapter waits (retry back-off, Retry-After). Injected so tests record the requested waits
 * instead of sleeping (style rule 16). A copy of the Zendesk one: adapters do not depend on each other.
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
