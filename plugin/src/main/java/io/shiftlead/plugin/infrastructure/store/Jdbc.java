package io.shiftlead.plugin.infrastructure.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The few JDBC chores every repository repeats, with SQLExceptions turned into StoreExceptions. */
public final class Jdbc {
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  int update(String sql, Binder binder) {
    return inConnection(c -> {
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        binder.bind(statement);
        return statement.executeUpdate();
      }
    });
  }

  <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    return inConnection(c -> {
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        binder.bind(statement);
        try (ResultSet rows = statement.executeQuery()) {
          List<T> result = new ArrayList<>();
          while (rows.next()) {
            result.add(mapper.map(rows));
          }
          return result;
        }
      }
    });
  }

  interface KeyBinder {
    void bind(PreparedStatement statement, String key) throws SQLException;
  }

  /**
   * Runs {@code sql} once per key on one statement in one connection: an index lookup each. Not an
   * {@code IN (...)} list: H2 does not use a composite index past its first column for one, and
   * scanned a connector's whole table per page of a large backfill.
   */
  <T> List<T> queryEach(String sql, List<String> keys, KeyBinder binder, RowMapper<T> mapper) {
    return inConnection(c -> {
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        List<T> result = new ArrayList<>();
        for (String key : new java.util.LinkedHashSet<>(keys)) {
          binder.bind(statement, key);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              result.add(mapper.map(rows));
            }
          }
        }
        return result;
      }
    });
  }

  long count(String sql, Binder binder) {
    return query(sql, binder, row -> row.getLong(1)).get(0);
  }

  <T> T inConnection(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("store: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} in one transaction, rolled back on failure. */
  <T> T inTransaction(Work<T> work) {
    return inConnection(c -> {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        // an Error too: restoring auto-commit below would otherwise commit the half-done work
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    });
  }

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

}
