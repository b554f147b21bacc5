package io.shiftlead.plugin.application;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shiftlead.plugin.infrastructure.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The same pipeline tests on a real PostgreSQL. {@code .ci/run} starts one and passes its URL as
 * {@code -Dshiftlead.pg.url=jdbc:postgresql://127.0.0.1:PORT/DB?user=U&password=P}; without it the
 * class is skipped (and says so).
 */
class SyncServiceOnPostgresTest extends SyncServiceContract {
  static String url() {
    String url = System.getProperty("shiftlead.pg.url", "");
    assumeTrue(url.startsWith("jdbc:postgresql:"),
        "no PostgreSQL configured (-Dshiftlead.pg.url); .ci/run provides one");
    return url;
  }

  @Override
  Database openFreshStore() {
    String url = url();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the test PostgreSQL at " + url, e);
    }
    return Database.open(url + "&currentSchema=" + schema, null, null);
  }
}
