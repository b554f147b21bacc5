package io.shiftlead.plugin.application.cluster;

import java.time.Duration;

/**
 * @param memberId this member's id in the store (unique per running process)
 * @param leaseDuration how long a lease and a heartbeat stay valid without renewal: a dead member's
 *     connectors move after at most this plus one renewal interval
 * @param renewInterval how often leases are renewed and the share is rebalanced; well below the
 *     lease duration so a slow store call does not lose a lease
 */
public record LeaseSettings(String memberId, Duration leaseDuration, Duration renewInterval) {
  public LeaseSettings {
    if (memberId == null || memberId.isBlank()) {
      throw new IllegalArgumentException("memberId: required");
    }
    if (renewInterval.isZero() || renewInterval.isNegative()
        || renewInterval.multipliedBy(2).compareTo(leaseDuration) > 0) {
      throw new IllegalArgumentException("renewInterval must be positive and at most half the"
          + " lease duration, got " + renewInterval + " for a lease of " + leaseDuration);
    }
  }
}
