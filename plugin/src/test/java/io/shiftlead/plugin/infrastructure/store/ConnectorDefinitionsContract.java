package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's connector definitions and change log on H2 and PostgreSQL (V12). */
abstract class ConnectorDefinitionsContract {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private Database database;
  private JdbcConnectorDefinitions definitions;

  abstract Database openFreshStore();

  @BeforeEach
  void open() {
    database = openFreshStore();
    definitions = new JdbcConnectorDefinitions(database.jdbc(), clock);
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aDefinitionIsStoredChangedAndDeletedEachWithOneChangeLogEntry() {
    assertThat(definitions.insert("acme", "zendesk", 30, Map.of("baseUrl", "https://a.test"),
        "v1:0000abcd:c2VhbGVk", "token:ops", "type zendesk, baseUrl=https://a.test")).isTrue();
    assertThat(definitions.insert("acme", "zendesk", 30, Map.of(), null, "token:ops", "again"))
        .as("the name is taken").isFalse();
    clock.advance(Duration.ofMinutes(5));
    assertThat(definitions.update("acme", 60, Map.of("baseUrl", "https://b.test"), null,
        "token:lead", "changed: baseUrl=https://b.test")).isTrue();
    assertThat(definitions.update("nope", 60, Map.of(), null, "token:lead", "x")).isFalse();

    var stored = definitions.find("acme").orElseThrow();
    assertThat(stored.type()).isEqualTo("zendesk");
    assertThat(stored.pollIntervalSeconds()).isEqualTo(60);
    assertThat(stored.settings()).containsExactly(Map.entry("baseUrl", "https://b.test"));
    assertThat(stored.secrets()).isNull();
    assertThat(stored.createdBy()).isEqualTo("token:ops");
    assertThat(stored.updatedBy()).isEqualTo("token:lead");
    assertThat(stored.updatedAt()).isEqualTo(stored.createdAt().plus(Duration.ofMinutes(5)));

    definitions.replaceSecrets("acme", "v1:1111abcd:bmV3");
    assertThat(definitions.find("acme").orElseThrow().secrets()).isEqualTo("v1:1111abcd:bmV3");
    clock.advance(Duration.ofMinutes(1));
    assertThat(definitions.delete("acme", "token:ops")).isTrue();
    assertThat(definitions.delete("acme", "token:ops")).isFalse();
    assertThat(definitions.all()).isEmpty();

    var log = definitions.audit(10);
    assertThat(log).extracting(JdbcConnectorDefinitions.AuditEntry::action)
        .containsExactly("connector.deleted", "connector.updated", "connector.created");
    assertThat(log.get(2).detail()).isEqualTo("type zendesk, baseUrl=https://a.test");
    assertThat(log.get(1).actor()).isEqualTo("token:lead");
    assertThat(log.get(0).subject()).isEqualTo("acme");
  }
}
