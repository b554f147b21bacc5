package io.shiftlead.plugin.application.cluster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides which connectors this member syncs. Every {@link LeaseSettings#renewInterval()} ({@link
 * #run()}): heartbeat, renew the leases held, give up those above the fair share (connectors
 * divided by live members, rounded up), and take free or expired ones up to it. A member that
 * dies stops renewing; once its heartbeat and leases expire the others count one member less and
 * take its connectors.
 *
 * <p>Threads: {@link #run()} on one scheduler thread; {@link #holds(String)} and {@link
 * #fence(String)} from the workers.
 */
public final class LeaseCoordinator implements Runnable {
  private static final Logger LOG = Logger.getLogger(LeaseCoordinator.class.getName());

  private final LeaseStore store;
  private final LeaseSettings settings;
  /** Sorted; connectors added or removed at run time (admin console) change it. */
  private final Set<String> connectors;
  private final Clock clock;
  private final Map<String, Lease> held = new ConcurrentHashMap<>();

  public LeaseCoordinator(LeaseStore store, LeaseSettings settings, List<String> connectors,
      Clock clock) {
    this.store = store;
    this.settings = settings;
    this.connectors = new java.util.concurrent.ConcurrentSkipListSet<>(connectors);
    this.clock = clock;
  }

  public String memberId() {
    return settings.memberId();
  }

  @Override
  public void run() {
    try {
      tick();
    } catch (RuntimeException e) {
      // the store is away: keep what is held until it expires locally (holds() checks the time)
      LOG.log(Level.WARNING, "cluster: lease round failed ({0}); leases held expire unless"
          + " renewed", e.getMessage());
    }
  }

  /** One round: heartbeat, renew, rebalance. */
  public void tick() {
    Instant now = clock.instant();
    Instant until = now.plus(settings.leaseDuration());
    store.heartbeat(settings.memberId(), now);
    for (Lease lease : new ArrayList<>(held.values())) {
      if (!connectors.contains(lease.connector())) { // removed while this round ran
        held.remove(lease.connector());
        store.release(lease, now);
        continue;
      }
      if (store.renew(lease, now, until)) {
        held.put(lease.connector(), new Lease(lease.connector(), lease.owner(), lease.epoch(),
            until));
      } else {
        held.remove(lease.connector());
        LOG.warning(() -> "cluster: lost the lease of " + lease.connector() + " (epoch "
            + lease.epoch() + "); another member syncs it now");
      }
    }
    int live = Math.max(1, store.liveMembers(now.minus(settings.leaseDuration())));
    int share = (connectors.size() + live - 1) / live;
    // above the share: hand the last ones over (the others take them on their next round)
    List<String> mine = new ArrayList<>(new TreeSet<>(held.keySet()));
    for (int i = mine.size() - 1; i >= share; i--) {
      Lease lease = held.remove(mine.get(i));
      store.release(lease, now);
      LOG.info(() -> "cluster: handed " + lease.connector() + " over (" + live
          + " members, share " + share + ")");
    }
    if (held.size() >= share) {
      return;
    }
    Map<String, Lease> current = new TreeMap<>();
    store.leases().forEach(l -> current.put(l.connector(), l));
    for (String connector : connectors) {
      if (held.size() >= share) {
        break;
      }
      Lease lease = current.get(connector);
      if (held.containsKey(connector) || (lease != null && lease.liveAt(now))) {
        continue;
      }
      Optional<Lease> taken = store.tryAcquire(connector, settings.memberId(), now, until);
      taken.ifPresent(t -> {
        held.put(connector, t);
        LOG.info(() -> "cluster: " + settings.memberId() + " syncs " + connector + " (epoch "
            + t.epoch() + (lease == null ? "" : ", was " + lease.owner()) + ")");
      });
    }
  }

  /**
   * A connector added at run time takes part in the next round (this member may then take it up
   * to its fair share).
   */
  public void addConnector(String connector) {
    connectors.add(connector);
  }

  /** A connector removed at run time: no longer leased; a lease this member holds is given up. */
  public void removeConnector(String connector) {
    connectors.remove(connector);
    Lease lease = held.remove(connector);
    if (lease != null) {
      try {
        store.release(lease, clock.instant());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cluster: could not release the lease of {0} ({1}); it expires by"
            + " itself", new Object[] {connector, e.getMessage()});
      }
    }
  }

  /** Whether this member holds the connector's lease now (by its own clock; no store call). */
  public boolean holds(String connector) {
    Lease lease = held.get(connector);
    return lease != null && lease.liveAt(clock.instant());
  }

  /** The connectors this member holds now. */
  public Set<String> held() {
    Set<String> result = new TreeSet<>();
    held.keySet().forEach(c -> {
      if (holds(c)) {
        result.add(c);
      }
    });
    return result;
  }

  /**
   * The check made before each write: true only while the store still shows this member's lease
   * with the epoch it acquired. A member that was paused past its lease is refused even if its own
   * bookkeeping has not noticed yet.
   */
  public BooleanSupplier fence(String connector) {
    return () -> {
      Lease lease = held.get(connector);
      return lease != null && lease.liveAt(clock.instant()) && store.holds(lease, clock.instant());
    };
  }

  /** Clean shutdown: gives every lease up and leaves, so the others take over at once. */
  public void releaseAll() {
    Instant now = clock.instant();
    try {
      for (Lease lease : new ArrayList<>(held.values())) {
        store.release(lease, now);
      }
      store.leave(settings.memberId());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cluster: could not release the leases ({0}); they expire by"
          + " themselves", e.getMessage());
    }
    held.clear();
  }
}
