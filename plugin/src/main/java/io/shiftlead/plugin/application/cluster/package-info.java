/**
 * Sharing connectors across the members of a cluster with leases in the shared store: which
 * member syncs which connector, renewal, take-over after a member dies, and the fencing check
 * made before every write. Plain Java; the store is behind {@link
 * io.shiftlead.plugin.application.cluster.LeaseStore}.
 */
package io.shiftlead.plugin.application.cluster;
