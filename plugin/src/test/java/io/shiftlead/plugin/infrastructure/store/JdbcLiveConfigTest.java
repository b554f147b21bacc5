package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The V15 tables on H2 and, with {@code -Dshiftlead.pg.url}, on PostgreSQL. */
class JdbcLiveConfigTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"),
      ZoneOffset.UTC);
  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private JdbcLiveConfig open(String store) throws Exception {
    if (store.equals("h2")) {
      database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
          "");
    } else {
      String url = System.getProperty("shiftlead.pg.url", "");
      assumeTrue(url.startsWith("jdbc:postgresql:"), "no PostgreSQL configured");
      String schema = "l_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      database = Database.open(url + "&currentSchema=" + schema, null, null);
    }
    return new JdbcLiveConfig(database.jdbc(), CLOCK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void changesComeNewestFirstWithWhoAndWhatAndFilterByKind(String store) throws Exception {
    JdbcLiveConfig live = open(store);
    live.recordChange("ops", "sla", "policies.yaml", "save", "policies [Gold]");
    live.recordChange(null, "qa", null, "reload", "scorecards [demo]");

    assertThat(live.changes(null)).extracting(JdbcLiveConfig.Change::actor)
        .containsExactly("anonymous", "ops");
    assertThat(live.changes("sla")).singleElement().satisfies(c -> {
      assertThat(c.fileName()).isEqualTo("policies.yaml");
      assertThat(c.changedAt()).isEqualTo(CLOCK.instant());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void shadowSwitchesAndDecisionsKeepTheLatestValue(String store) throws Exception {
    JdbcLiveConfig live = open(store);
    live.saveShadowMode("sla", true, "ops");
    live.saveShadowMode("sla", false, "ops");
    live.saveShadowMode("qa", true, "ops");
    live.recordShadow("zd", "1", "sla", "fields {sla_state=ok}");
    live.recordShadow("zd", "1", "sla", "fields {sla_state=breached}");
    live.recordShadow("zd", "1", "qa", "fields {qa_score=80}");

    assertThat(live.shadowModes()).containsEntry("sla", false).containsEntry("qa", true);
    assertThat(live.shadowDecisions("zd", "sla")).singleElement()
        .satisfies(d -> assertThat(d.decision()).isEqualTo("fields {sla_state=breached}"));
    assertThat(live.shadowDecisions(null, null)).hasSize(2);
  }

  @Test
  void aFreshStoreHasNoShadowSwitchOn() throws Exception {
    assertThat(open("h2").shadowModes()).isEmpty();
  }
}
