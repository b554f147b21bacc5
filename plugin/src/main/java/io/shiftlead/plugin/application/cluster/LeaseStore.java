package io.shiftlead.plugin.application.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store's side of the leases ({@code connector_leases}) and of the members' heartbeats
 * ({@code cluster_members}). Every operation is atomic in the store, so two members never both
 * acquire the same connector.
 */
public interface LeaseStore {
  /** Records that {@code member} is alive at {@code now}. */
  void heartbeat(String member, Instant now);

  /** Members whose last heartbeat is after {@code since}. */
  int liveMembers(Instant since);

  /** Removes a member that shuts down cleanly, so the others take its share at once. */
  void leave(String member);

  /** Every connector's lease, held or expired. */
  List<Lease> leases();

  /**
   * Takes the lease of a connector nobody holds (no lease yet, or expired at {@code now}), with a
   * new epoch.
   *
   * @return the lease taken; empty when another member holds it
   */
  Optional<Lease> tryAcquire(String connector, String member, Instant now, Instant expiresAt);

  /** Extends a lease this member holds with this epoch; false when it is no longer ours. */
  boolean renew(Lease lease, Instant now, Instant expiresAt);

  /** Gives a lease up (it expires now); a no-op when it is no longer ours. */
  void release(Lease lease, Instant now);

  /** The fencing check: this member still holds the connector with this epoch at {@code now}. */
  boolean holds(Lease lease, Instant now);
}
