package io.shiftlead.plugin.infrastructure.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store's connection pool, migrated with Flyway on open. H2 (embedded file) by default,
 * PostgreSQL when the JDBC URL says so.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Opens the pool and migrates the schema.
   *
   * @throws StoreException naming the URL (never the password) when the store is unreachable
   */
  public static Database open(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    // data sources instead of DriverManager: the WAR's class loader sees the drivers, the
    // DriverManager of the server may not
    config.setDataSource(dataSource(url, user, password));
    config.setPoolName("shiftlead-store");
    config.setMaximumPoolSize(8);
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(pool)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreException("store " + redacted(url) + ": migration failed: " + e.getMessage(), e);
    }
    return new Database(pool);
  }

  private static DataSource dataSource(String url, String user, String password) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(durable(url));
      h2.setUser(user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(url);
      if (user != null && !user.isBlank()) {
        pg.setUser(user);
      }
      if (password != null && !password.isBlank()) {
        pg.setPassword(password);
      }
      return pg;
    }
    throw new IllegalArgumentException("store.url: only jdbc:h2: and jdbc:postgresql: URLs are"
        + " supported, got " + url);
  }

  /**
   * H2 keeps committed transactions in memory for up to 500 ms by default; a killed process loses
   * them, and with them the outbox's record that a note was sent. Commits must reach the file.
   */
  static String durable(String h2Url) {
    boolean inMemory = h2Url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
    return inMemory || h2Url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")
        ? h2Url : h2Url + ";WRITE_DELAY=0";
  }

  /** The URL fit for a log line: a password given in it is masked. */
  public static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** Whether the store answers a trivial query now. */
  public boolean isReachable() {
    try (var connection = pool.getConnection()) {
      return connection.isValid(2);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  public Jdbc jdbc() {
    return new Jdbc(pool);
  }

  @Override
  public void close() {
    pool.close();
  }
}
