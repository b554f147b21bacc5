package io.shiftlead.plugin.infrastructure.runtime;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The Payara Data Grid (Hazelcast) this server is a member of, when there is one: looked up in
 * JNDI as {@code payara/Hazelcast} and read by reflection, so the WAR needs no Hazelcast jar and
 * runs unchanged outside Payara or without Hazelcast (ADR 0018). Payara Micro starts a Hazelcast
 * member even with {@code --nocluster}: the view is then a grid of one. Shown in {@code
 * /api/v1/status}; the grid decides nothing: connector leases stay in the store (ADR 0014).
 */
public final class DataGrid {
  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
  static final String JNDI_NAME = "payara/Hazelcast";

  /** A grid member: Hazelcast's member UUID and address, and whether it is this server. */
  public record Member(String uuid, String address, boolean self) {}

  /** The grid as seen from this member, members sorted by address. */
  public record View(String clusterName, List<Member> members) {}

  private final Supplier<Object> lookup;
  private volatile Object instance;
  private volatile boolean absent;

  DataGrid(Supplier<Object> lookup) {
    this.lookup = lookup;
  }

  /** The grid Payara provides through JNDI, if any. */
  static DataGrid fromJndi() {
    return new DataGrid(() -> {
      try {
        return new javax.naming.InitialContext().lookup(JNDI_NAME);
      } catch (javax.naming.NamingException | RuntimeException | LinkageError e) {
        return null;
      }
    });
  }

  /**
   * The grid's members now; empty without a running grid (plain JVM, the CLI, a Hazelcast shut
   * down). Never throws.
   */
  public Optional<View> view() {
    if (absent) {
      return Optional.empty();
    }
    try {
      Object hz = instance;
      if (hz == null) {
        hz = lookup.get();
        if (hz == null) {
          absent = true; // no grid in this server; it does not appear after deployment
          return Optional.empty();
        }
        instance = hz;
      }
      Object lifecycle = call(hz, "com.hazelcast.core.HazelcastInstance", "getLifecycleService");
      if (!(Boolean) call(lifecycle, "com.hazelcast.core.LifecycleService", "isRunning")) {
        return Optional.empty();
      }
      Object cluster = call(hz, "com.hazelcast.core.HazelcastInstance", "getCluster");
      Object local = call(cluster, "com.hazelcast.cluster.Cluster", "getLocalMember");
      List<Member> members = new ArrayList<>();
      for (Object m : (Collection<?>) call(cluster, "com.hazelcast.cluster.Cluster",
          "getMembers")) {
        members.add(new Member(String.valueOf(call(m, "com.hazelcast.cluster.Member", "getUuid")),
            address(call(m, "com.hazelcast.cluster.Member", "getAddress")), m.equals(local)));
      }
      members.sort(Comparator.comparing(Member::address));
      Object config = call(hz, "com.hazelcast.core.HazelcastInstance", "getConfig");
      String name = String.valueOf(call(config, "com.hazelcast.config.Config", "getClusterName"));
      return Optional.of(new View(name, members));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.fine(() -> "data grid not readable: " + e);
      return Optional.empty();
    }
  }

  /** Hazelcast's {@code [127.0.0.1]:6900} as {@code 127.0.0.1:6900}. */
  private static String address(Object address) {
    return String.valueOf(address).replace("[", "").replace("]", "");
  }

  /** Calls a method through its public interface (the implementation classes are not public). */
  private static Object call(Object target, String interfaceName, String method)
      throws ReflectiveOperationException {
    Class<?> type = Class.forName(interfaceName, false, target.getClass().getClassLoader());
    Method m = type.getMethod(method);
    return m.invoke(target);
  }
}
