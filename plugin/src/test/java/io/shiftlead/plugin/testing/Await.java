package io.shiftlead.plugin.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Test helper: polls a condition until it holds or a time limit passes. */
public final class Await {
  private Await() {}

  /** As {@link #until(Duration, Duration, Callable)}, polling every 200 ms. */
  public static void until(Duration limit, Callable<Boolean> condition) throws Exception {
    until(limit, Duration.ofMillis(200), condition);
  }

  /**
   * Polls {@code condition} every {@code every} until it answers true. An exception from it counts
   * as "not yet" (a server still starting, an answer not complete yet); when the limit passes, the
   * failure names it.
   */
  public static void until(Duration limit, Duration every, Callable<Boolean> condition)
      throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    Exception last = null;
    while (true) {
      try {
        if (Boolean.TRUE.equals(condition.call())) {
          return;
        }
      } catch (Exception e) {
        last = e;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + limit
            + (last == null ? "" : "; last error: " + last), last);
      }
      Thread.sleep(every.toMillis());
    }
  }
}
