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

  /** At most this many values in one {@code IN (...)} list. */
  static final int IN_CHUNK = 500;

  /** {@code values} in lists of at most {@link #IN_CHUNK}, for {@code IN (...)} queries. */
  static <T> List<List<T>> chunks(List<T> values) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < values.size(); from += IN_CHUNK) {
      chunks.add(values.subList(from, Math.min(from + IN_CHUNK, values.size())));
    }
    return chunks;
  }

  /** {@code ?, ?, ...}: {@code n} placeholders. */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
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
