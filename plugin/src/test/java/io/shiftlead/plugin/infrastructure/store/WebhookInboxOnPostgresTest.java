package io.shiftlead.plugin.infrastructure.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The webhook inbox tests on PostgreSQL when {@code -Dshiftlead.pg.url} is set; skipped otherwise. */
class WebhookInboxOnPostgresTest extends WebhookInboxContract {
  @Override
  Database openFreshStore() {
    String url = System.getProperty("shiftlead.pg.url", "");
    assumeTrue(url.startsWith("jdbc:postgresql:"),
        "no PostgreSQL configured (-Dshiftlead.pg.url); .ci/run provides one");
    String schema = "w_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the test PostgreSQL at " + url, e);
    }
    return Database.open(url + "&currentSchema=" + schema, null, null);
  }
}
