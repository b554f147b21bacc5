package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.application.cluster.Lease;
import io.shiftlead.plugin.application.cluster.LeaseStore;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Leases and heartbeats in SQL (V10). Taking a lease is one conditional UPDATE (expired rows
 * only) or one INSERT guarded by the primary key, so of two members racing for a connector exactly
 * one wins, on H2 and on PostgreSQL alike.
 */
public final class JdbcLeaseStore implements LeaseStore {
  private final Jdbc jdbc;

  public JdbcLeaseStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void heartbeat(String member, Instant now) {
    int updated = jdbc.update("UPDATE cluster_members SET last_seen = ? WHERE member_id = ?", s -> {
      s.setObject(1, Jdbc.time(now));
      s.setString(2, member);
    });
    if (updated == 0) {
      insertIgnoringDuplicate("INSERT INTO cluster_members (member_id, joined_at, last_seen)"
          + " VALUES (?, ?, ?)", s -> {
            s.setString(1, member);
            s.setObject(2, Jdbc.time(now));
            s.setObject(3, Jdbc.time(now));
          });
    }
  }

  @Override
  public int liveMembers(Instant since) {
    return (int) jdbc.count("SELECT COUNT(*) FROM cluster_members WHERE last_seen > ?",
        s -> s.setObject(1, Jdbc.time(since)));
  }

  @Override
  public void leave(String member) {
    jdbc.update("DELETE FROM cluster_members WHERE member_id = ?", s -> s.setString(1, member));
  }

  @Override
  public List<Lease> leases() {
    return jdbc.query("SELECT * FROM connector_leases ORDER BY connector", s -> { },
        row -> new Lease(row.getString("connector"), row.getString("owner"),
            row.getLong("epoch"), Jdbc.instant(row, "expires_at")));
  }

  @Override
  public Optional<Lease> tryAcquire(String connector, String member, Instant now,
      Instant expiresAt) {
    int taken = jdbc.update("UPDATE connector_leases SET owner = ?, epoch = epoch + 1,"
        + " acquired_at = ?, expires_at = ? WHERE connector = ? AND expires_at <= ?", s -> {
          s.setString(1, member);
          s.setObject(2, Jdbc.time(now));
          s.setObject(3, Jdbc.time(expiresAt));
          s.setString(4, connector);
          s.setObject(5, Jdbc.time(now));
        });
    if (taken == 0 && !insertIgnoringDuplicate("INSERT INTO connector_leases (connector, owner,"
        + " epoch, acquired_at, expires_at) VALUES (?, ?, 1, ?, ?)", s -> {
          s.setString(1, connector);
          s.setString(2, member);
          s.setObject(3, Jdbc.time(now));
          s.setObject(4, Jdbc.time(expiresAt));
        })) {
      return Optional.empty(); // held by another member
    }
    return jdbc.query("SELECT * FROM connector_leases WHERE connector = ? AND owner = ?", s -> {
      s.setString(1, connector);
      s.setString(2, member);
    }, row -> new Lease(connector, member, row.getLong("epoch"),
        Jdbc.instant(row, "expires_at"))).stream().findFirst();
  }

  @Override
  public boolean renew(Lease lease, Instant now, Instant expiresAt) {
    return jdbc.update("UPDATE connector_leases SET expires_at = ? WHERE connector = ?"
        + " AND owner = ? AND epoch = ? AND expires_at > ?", s -> {
          s.setObject(1, Jdbc.time(expiresAt));
          bind(s, 2, lease);
          s.setObject(5, Jdbc.time(now));
        }) == 1;
  }

  @Override
  public void release(Lease lease, Instant now) {
    jdbc.update("UPDATE connector_leases SET expires_at = ? WHERE connector = ? AND owner = ?"
        + " AND epoch = ?", s -> {
          s.setObject(1, Jdbc.time(now));
          bind(s, 2, lease);
        });
  }

  @Override
  public boolean holds(Lease lease, Instant now) {
    return jdbc.count("SELECT COUNT(*) FROM connector_leases WHERE connector = ? AND owner = ?"
        + " AND epoch = ? AND expires_at > ?", s -> {
          bind(s, 1, lease);
          s.setObject(4, Jdbc.time(now));
        }) == 1;
  }

  private static void bind(PreparedStatement s, int from, Lease lease) throws SQLException {
    s.setString(from, lease.connector());
    s.setString(from + 1, lease.owner());
    s.setLong(from + 2, lease.epoch());
  }

  private boolean insertIgnoringDuplicate(String sql, Jdbc.Binder binder) {
    return jdbc.inConnection(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        binder.bind(s);
        s.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          return false;
        }
        throw e;
      }
    });
  }
}
