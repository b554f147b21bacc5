package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook inbox's group commit (issue 9), on H2 and PostgreSQL. */
abstract class WebhookInboxContract {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"),
      ZoneOffset.UTC);
  private Database database;
  private JdbcWebhookInbox inbox;

  abstract Database openFreshStore();

  @BeforeEach
  void open() {
    database = openFreshStore();
    inbox = new JdbcWebhookInbox(database.jdbc(), CLOCK);
  }

  @AfterEach
  void close() {
    if (database != null) { // null when the PostgreSQL variant was skipped
      database.close();
    }
  }

  @Test
  void aDeliveryIsStoredOnceAndItsReplayIsRefused() {
    assertThat(inbox.accept("acme", "d-1", "42")).isTrue();
    assertThat(inbox.accept("acme", "d-1", "42")).isFalse();
    assertThat(inbox.accept("acme", "d-1", "43")).isTrue();
    assertThat(inbox.accept("globex", "d-1", "42")).isTrue();
    assertThat(inbox.pending("acme", 10)).extracting(i -> i.ticketId()).containsExactly("42", "43");
  }

  @Test
  void concurrentDeliveriesAreEachStoredBeforeTheirAnswer() throws Exception {
    int threads = 16;
    int perThread = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<List<String>> work = () -> {
          List<String> missing = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            String delivery = "d-" + thread + "-" + i;
            if (!inbox.accept("acme", delivery, "7")) {
              missing.add(delivery + " refused");
            } else if (!stored(delivery)) { // answered: its row must be committed already
              missing.add(delivery + " not stored");
            }
          }
          return missing;
        };
        results.add(pool.submit(work));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(count()).isEqualTo(threads * perThread);
  }

  @Test
  void theSameDeliveryRacingFromManyCallersIsTakenExactlyOnce() throws Exception {
    int callers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      for (int round = 0; round < 50; round++) {
        String delivery = "race-" + round;
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
          answers.add(pool.submit(() -> inbox.accept("acme", delivery, "9")));
        }
        int taken = 0;
        for (Future<Boolean> answer : answers) {
          taken += answer.get() ? 1 : 0;
        }
        assertThat(taken).as(delivery).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(count()).isEqualTo(50);
  }

  @Test
  void deliveriesQueuedWhileACommitRunsAreWrittenTogetherInOneTransaction() throws Exception {
    int callers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    List<Future<Boolean>> answers = new ArrayList<>();
    inbox.writer.lock(); // as if another delivery's commit were running
    try {
      for (int c = 0; c < callers; c++) {
        String delivery = "batch-" + c;
        answers.add(pool.submit(() -> inbox.accept("acme", delivery, "5")));
      }
      while (inbox.queued().size() < callers) {
        Thread.onSpinWait();
      }
      assertThat(answers).noneMatch(Future::isDone); // nobody is answered before the commit
    } finally {
      inbox.writer.unlock();
    }
    try {
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(inbox.commits()).isEqualTo(1);
    assertThat(count()).isEqualTo(callers);
  }

  @Test
  void aDeliveryTheStoreCannotTakeIsRefusedWithTheStoreErrorNotAnsweredAsStored() {
    database.close(); // the store is gone

    assertThatThrownBy(() -> inbox.accept("acme", "d-down", "1"))
        .isInstanceOf(StoreException.class);
  }

  private boolean stored(String delivery) {
    return database.jdbc().count("SELECT COUNT(*) FROM webhook_inbox WHERE delivery_id = ?",
        s -> s.setString(1, delivery)) == 1;
  }

  private long count() {
    return database.jdbc().count("SELECT COUNT(*) FROM webhook_inbox", s -> { });
  }
}
