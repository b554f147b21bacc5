package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.plugin.application.cluster.LeaseCoordinator;
import io.shiftlead.plugin.application.cluster.LeaseSettings;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ConnectorConfig;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcLeaseStore;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/** Builds the lease coordinator of a cluster member from the {@code cluster:} settings. */
final class ClusterWiring {
  private static final Logger LOG = Logger.getLogger(ClusterWiring.class.getName());

  private ClusterWiring() {}

  static LeaseCoordinator coordinator(ShiftleadConfig config, Jdbc jdbc, Clock clock) {
    ShiftleadConfig.ClusterConfig cluster = config.cluster();
    String member = cluster.memberId() != null ? cluster.memberId() : defaultMemberId();
    LeaseCoordinator coordinator = new LeaseCoordinator(new JdbcLeaseStore(jdbc),
        new LeaseSettings(member, Duration.ofSeconds(cluster.leaseSeconds()),
            Duration.ofSeconds(cluster.renewSeconds())),
        config.connectors().stream().map(ConnectorConfig::name).toList(), clock);
    LOG.info(() -> "cluster member " + member + ": leases of " + cluster.leaseSeconds()
        + " s renewed every " + cluster.renewSeconds() + " s");
    return coordinator;
  }

  /**
   * One daemon thread for the lease rounds. Not the container's managed executor: its few threads
   * run the connectors' syncs, which last minutes during a backfill, and a renewal that waits for
   * one loses the lease.
   */
  static java.util.concurrent.ScheduledExecutorService leaseThread() {
    return java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "shiftlead-cluster-leases");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Host name, process id and a random suffix: unique even for two members on one host. */
  static String defaultMemberId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "host";
    }
    return host + ":" + ProcessHandle.current().pid() + ":"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
