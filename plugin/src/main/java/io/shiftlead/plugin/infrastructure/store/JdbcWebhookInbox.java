package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.application.WebhookInbox;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The webhook inbox in SQL; the unique (connector, delivery, ticket) key refuses replays.
 *
 * <p>Group commit: every accepted delivery must be durably stored before its 202, and on H2 each
 * commit is a store write under one lock, so committing each delivery alone capped intake at about
 * 100/s (docs/benchmarks.md, issue 9). Callers queue their row; whoever gets the writer lock
 * inserts every queued row in one transaction and commits once, then wakes the callers whose rows
 * it wrote. {@link #accept} still returns only after its own row's transaction has committed.
 */
public final class JdbcWebhookInbox implements WebhookInbox {
  /** Rows written per transaction at most. */
  static final int MAX_BATCH = 256;
  private static final String INSERT = "INSERT INTO webhook_inbox (connector, delivery_id,"
      + " ticket_id, received_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM webhook_inbox"
      + " WHERE connector = ? AND delivery_id = ? AND ticket_id = ?)";

  private final Jdbc jdbc;
  private final Clock clock;
  final ConcurrentLinkedQueue<?> queued() {
    return queue;
  }

  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  final ReentrantLock writer = new ReentrantLock(); // package-private for the batching test
  private final AtomicLong commits = new AtomicLong();

  /** One caller's row, completed by whichever caller wrote its batch. */
  private static final class Pending {
    final String connector;
    final String deliveryId;
    final String ticketId;
    volatile boolean done;
    boolean inserted;
    RuntimeException failure;

    Pending(String connector, String deliveryId, String ticketId) {
      this.connector = connector;
      this.deliveryId = deliveryId;
      this.ticketId = ticketId;
    }

    String key() {
      return connector + '\u0000' + deliveryId + '\u0000' + ticketId;
    }
  }

  public JdbcWebhookInbox(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean accept(String connector, String deliveryId, String ticketId) {
    Pending mine = new Pending(connector, deliveryId, ticketId);
    queue.add(mine);
    writer.lock();
    try {
      while (!mine.done) {
        writeQueued();
      }
    } finally {
      writer.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.inserted;
  }

  /** Transactions committed by {@link #accept} so far (one per batch). */
  long commits() {
    return commits.get();
  }

  /** Writes up to {@link #MAX_BATCH} queued rows in one transaction; holds the writer lock. */
  private void writeQueued() {
    List<Pending> batch = new ArrayList<>();
    for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      insertAll(batch);
    } catch (StoreException e) {
      if (!uniqueViolation(e)) { // store down or slow: every caller of the batch gets the error
        for (Pending row : batch) {
          row.failure = e;
        }
        return;
      }
      // another cluster member inserted the same key meanwhile: the whole transaction rolled
      // back, so write the rows one by one, each with its own answer
      for (Pending row : batch) {
        try {
          row.inserted = insertOne(row);
        } catch (RuntimeException single) {
          row.failure = single;
        }
      }
    } catch (RuntimeException | Error e) {
      for (Pending row : batch) {
        row.failure = e instanceof RuntimeException r ? r : new StoreException(e.toString(), e);
      }
    } finally {
      for (Pending row : batch) {
        row.done = true;
      }
    }
  }

  private static boolean uniqueViolation(StoreException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (Jdbc.isUniqueViolation(next)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void insertAll(List<Pending> batch) {
    Map<String, Pending> unique = new LinkedHashMap<>();
    for (Pending row : batch) {
      // the same key twice in one batch: the first decides, the second is a replay
      unique.putIfAbsent(row.key(), row);
    }
    List<Pending> rows = new ArrayList<>(unique.values());
    int[] counts = jdbc.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        Object now = Jdbc.time(clock.instant());
        for (Pending row : rows) {
          s.setString(1, row.connector);
          s.setString(2, row.deliveryId);
          s.setString(3, row.ticketId);
          s.setObject(4, now);
          s.setString(5, row.connector);
          s.setString(6, row.deliveryId);
          s.setString(7, row.ticketId);
          s.addBatch();
        }
        return s.executeBatch();
      }
    });
    commits.incrementAndGet();
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).inserted = counts[i] > 0;
    }
  }

  private boolean insertOne(Pending row) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, row.connector);
        s.setString(2, row.deliveryId);
        s.setString(3, row.ticketId);
        s.setObject(4, Jdbc.time(clock.instant()));
        s.setString(5, row.connector);
        s.setString(6, row.deliveryId);
        s.setString(7, row.ticketId);
        return s.executeUpdate() > 0;
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return false;
        }
        throw e;
      }
    });
  }

  @Override
  public List<Item> pending(String connector, int limit) {
    return jdbc.query("SELECT id, ticket_id FROM webhook_inbox WHERE connector = ?"
            + " AND done_at IS NULL ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
        s -> s.setString(1, connector), row -> new Item(row.getLong(1), row.getString(2)));
  }

  @Override
  public void markDone(long id) {
    jdbc.update("UPDATE webhook_inbox SET done_at = ? WHERE id = ?", s -> {
      s.setObject(1, Jdbc.time(clock.instant()));
      s.setLong(2, id);
    });
  }
}
