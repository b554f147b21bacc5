package io.shiftlead.plugin.application.cluster;

import java.time.Instant;

/**
 * One connector's lease as the store holds it.
 *
 * @param epoch the fencing token: raised every time the lease changes hands, so a member that lost
 *     the lease (paused, cut off) is refused when it tries to write with its old epoch
 */
public record Lease(String connector, String owner, long epoch, Instant expiresAt) {
  public boolean liveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
