package io.shiftlead.plugin.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.JdbcLeaseStore;
import io.shiftlead.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Leases and the coordinator on a real store, with a clock the test moves: run on H2 and on
 * PostgreSQL. Two or three coordinators share one store, as cluster members share PostgreSQL.
 */
abstract class LeaseContract {
  private static final Duration LEASE = Duration.ofSeconds(20);
  private static final Duration RENEW = Duration.ofSeconds(5);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T06:00:00Z"));
  private Database database;
  private LeaseStore store;

  abstract Database openFreshStore();

  @BeforeEach
  void open() {
    database = openFreshStore();
    store = new JdbcLeaseStore(database.jdbc());
  }

  @AfterEach
  void close() {
    if (database != null) { // null: skipped (no PostgreSQL)
      database.close();
    }
  }

  private LeaseCoordinator member(String id, List<String> connectors) {
    return new LeaseCoordinator(store, new LeaseSettings(id, LEASE, RENEW), connectors, clock);
  }

  private void rounds(int n, LeaseCoordinator... members) {
    for (int i = 0; i < n; i++) {
      for (LeaseCoordinator m : members) {
        m.tick();
      }
      clock.advance(RENEW);
    }
  }

  @Test
  void onlyOneOfTwoMembersAcquiresAFreeConnector() {
    Instant now = clock.instant();
    var first = store.tryAcquire("acme", "a", now, now.plus(LEASE));
    var second = store.tryAcquire("acme", "b", now, now.plus(LEASE));

    assertThat(first).hasValueSatisfying(l -> assertThat(l.epoch()).isEqualTo(1));
    assertThat(second).isEmpty();
    assertThat(store.holds(first.get(), now)).isTrue();
  }

  @Test
  void anExpiredLeaseIsTakenWithANewEpochAndTheOldHolderIsFencedOff() {
    Instant now = clock.instant();
    Lease old = store.tryAcquire("acme", "a", now, now.plus(LEASE)).orElseThrow();
    Instant later = now.plus(LEASE);

    Lease taken = store.tryAcquire("acme", "b", later, later.plus(LEASE)).orElseThrow();

    assertThat(taken.epoch()).isEqualTo(old.epoch() + 1);
    assertThat(store.holds(old, later)).as("old holder may not write").isFalse();
    assertThat(store.renew(old, later, later.plus(LEASE))).as("old holder may not renew").isFalse();
    store.release(old, later); // a late release by the old holder changes nothing
    assertThat(store.holds(taken, later)).isTrue();
  }

  @Test
  void aRenewedLeaseIsNotTakenAndAReleasedOneIsFreeAtOnce() {
    Instant now = clock.instant();
    Lease lease = store.tryAcquire("acme", "a", now, now.plus(LEASE)).orElseThrow();
    Instant later = now.plus(LEASE.minusSeconds(1));
    assertThat(store.renew(lease, later, later.plus(LEASE))).isTrue();

    assertThat(store.tryAcquire("acme", "b", now.plus(LEASE), now.plus(LEASE).plus(LEASE)))
        .as("renewed").isEmpty();
    store.release(lease, later);
    assertThat(store.tryAcquire("acme", "b", later, later.plus(LEASE))).isPresent();
  }

  @Test
  void twoMembersSplitFourConnectorsTwoEach() {
    List<String> connectors = List.of("c1", "c2", "c3", "c4");
    LeaseCoordinator a = member("a", connectors);
    LeaseCoordinator b = member("b", connectors);

    rounds(3, a, b);

    assertThat(a.held()).hasSize(2);
    assertThat(b.held()).hasSize(2);
    assertThat(a.held()).doesNotContainAnyElementsOf(b.held());
  }

  @Test
  void aMemberAloneTakesEveryConnectorAndHandsHalfOverWhenASecondJoins() {
    List<String> connectors = List.of("c1", "c2");
    LeaseCoordinator a = member("a", connectors);
    rounds(1, a);
    assertThat(a.held()).containsExactly("c1", "c2");

    LeaseCoordinator b = member("b", connectors);
    rounds(3, a, b);

    assertThat(a.held()).containsExactly("c1");
    assertThat(b.held()).containsExactly("c2");
  }

  @Test
  void whenAMemberDiesTheOtherTakesItsConnectorsWithinLeasePlusOneRenewal() {
    List<String> connectors = List.of("c1", "c2");
    LeaseCoordinator a = member("a", connectors);
    LeaseCoordinator b = member("b", connectors);
    rounds(3, a, b);
    String orphan = a.held().iterator().next();
    long epochBefore = store.leases().stream().filter(l -> l.connector().equals(orphan))
        .findFirst().orElseThrow().epoch();
    Instant died = clock.instant();

    // a stops renewing (killed); b goes on
    while (!b.held().contains(orphan)) {
      assertThat(Duration.between(died, clock.instant())).isLessThanOrEqualTo(LEASE.plus(RENEW));
      rounds(1, b);
    }

    assertThat(b.held()).containsExactly("c1", "c2");
    Lease moved = store.leases().stream().filter(l -> l.connector().equals(orphan))
        .findFirst().orElseThrow();
    assertThat(moved.owner()).isEqualTo("b");
    assertThat(moved.epoch()).isGreaterThan(epochBefore);
    assertThat(a.fence(orphan).getAsBoolean()).as("the dead member's fence").isFalse();
    assertThat(a.holds(orphan)).as("its own clock says expired too").isFalse();
  }

  @Test
  void aPausedMemberThatWakesUpAfterLosingItsLeaseIsFencedBeforeItsNextRound() {
    List<String> connectors = List.of("c1");
    LeaseCoordinator a = member("a", connectors);
    LeaseCoordinator b = member("b", connectors);
    rounds(1, a, b);
    assertThat(a.held()).containsExactly("c1");

    clock.advance(LEASE.plus(RENEW)); // a is paused (GC, network) past its lease
    rounds(1, b);
    assertThat(b.held()).containsExactly("c1");

    assertThat(a.fence("c1").getAsBoolean()).isFalse();
    rounds(1, a, b);
    assertThat(a.held()).isEmpty();
    assertThat(b.held()).containsExactly("c1");
  }

  @Test
  void aCleanShutdownHandsTheConnectorsOverOnTheNextRound() {
    List<String> connectors = List.of("c1", "c2", "c3");
    LeaseCoordinator a = member("a", connectors);
    LeaseCoordinator b = member("b", connectors);
    LeaseCoordinator c = member("c", connectors);
    rounds(3, a, b, c);
    assertThat(IntStream.of(a.held().size(), b.held().size(), c.held().size()).boxed())
        .containsOnly(1);

    a.releaseAll();
    rounds(1, b, c);

    assertThat(b.held().size() + c.held().size()).isEqualTo(3);
    assertThat(b.held()).doesNotContainAnyElementsOf(c.held());
  }

  @Test
  void theStoreBeingAwayLetsTheLeaseLapseLocallyWithoutAnException() {
    LeaseCoordinator a = member("a", List.of("c1"));
    rounds(1, a);
    database.close(); // the store goes away

    clock.advance(LEASE);
    a.run(); // logs, does not throw

    assertThat(a.holds("c1")).isFalse();
  }

  @Test
  void aConnectorAddedAtRunTimeIsSharedOutAndARemovedOneIsReleased() {
    LeaseCoordinator a = member("a", List.of("acme"));
    LeaseCoordinator b = member("b", List.of("acme"));
    rounds(3, a, b);

    a.addConnector("console-desk");
    b.addConnector("console-desk");
    rounds(3, a, b);

    assertThat(a.held().size() + b.held().size()).isEqualTo(2);
    assertThat(a.held()).doesNotContainAnyElementsOf(b.held());
    LeaseCoordinator holder = a.held().contains("console-desk") ? a : b;
    LeaseCoordinator other = holder == a ? b : a;

    holder.removeConnector("console-desk");
    other.removeConnector("console-desk");

    assertThat(holder.held()).doesNotContain("console-desk");
    assertThat(store.leases()).noneMatch(l -> l.connector().equals("console-desk")
        && l.liveAt(clock.instant()));
    rounds(2, a, b);
    assertThat(a.held().size() + b.held().size()).isEqualTo(1);
  }
}
