package io.shiftlead.plugin.application.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shiftlead.plugin.infrastructure.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The lease contract on PostgreSQL; skipped without {@code -Dshiftlead.pg.url}. */
class LeaseOnPostgresTest extends LeaseContract {
  @Override
  Database openFreshStore() {
    String url = System.getProperty("shiftlead.pg.url", "");
    assumeTrue(url.startsWith("jdbc:postgresql:"),
        "no PostgreSQL configured (-Dshiftlead.pg.url); scripts/run-tests provides one");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the test PostgreSQL at " + url, e);
    }
    return Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        null, null);
  }
}
