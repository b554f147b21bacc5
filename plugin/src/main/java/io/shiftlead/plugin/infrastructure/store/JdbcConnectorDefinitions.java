package io.shiftlead.plugin.infrastructure.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connectors added from the admin console ({@code connector_definitions}, V12) and the console's
 * change log ({@code admin_audit}). The secrets column holds what the caller gives it, already
 * encrypted; this class never sees a plaintext secret.
 */
public final class JdbcConnectorDefinitions {
  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

  /**
   * One stored connector.
   *
   * @param settings the non-secret settings
   * @param secrets the encrypted envelope of the secret settings; null when it has none
   */
  public record Stored(String name, String type, int pollIntervalSeconds,
      Map<String, String> settings, String secrets, String createdBy, Instant createdAt,
      String updatedBy, Instant updatedAt) {
    @Override
    public String toString() {
      return "Stored[name=" + name + ", type=" + type + ", settings=" + settings.keySet()
          + ", updatedAt=" + updatedAt + "]";
    }
  }

  /** One console change: who did what to which subject; {@code detail} never holds a secret. */
  public record AuditEntry(long id, Instant at, String actor, String action, String subject,
      String detail) {}

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcConnectorDefinitions(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<Stored> all() {
    return jdbc.query("SELECT * FROM connector_definitions ORDER BY created_at, name", s -> { },
        row -> new Stored(row.getString("name"), row.getString("type"),
            row.getInt("poll_interval_seconds"), readMap(row.getString("settings")),
            row.getString("secrets"), row.getString("created_by"),
            Jdbc.instant(row, "created_at"), row.getString("updated_by"),
            Jdbc.instant(row, "updated_at")));
  }

  public Optional<Stored> find(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Inserts a definition and its audit entry in one transaction.
   *
   * @return false when the name is taken
   */
  public boolean insert(String name, String type, int pollIntervalSeconds,
      Map<String, String> settings, String secrets, String actor, String auditDetail) {
    Instant now = clock.instant();
    try {
      return jdbc.inTransaction(c -> {
        try (var s = c.prepareStatement("INSERT INTO connector_definitions (name, type,"
            + " poll_interval_seconds, settings, secrets, created_by, created_at, updated_by,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          s.setString(1, name);
          s.setString(2, type);
          s.setInt(3, pollIntervalSeconds);
          s.setString(4, StoreJson.write(settings));
          s.setString(5, secrets);
          s.setString(6, actor);
          s.setObject(7, Jdbc.time(now));
          s.setString(8, actor);
          s.setObject(9, Jdbc.time(now));
          s.executeUpdate();
        }
        audit(c, now, actor, "connector.created", name, auditDetail);
        return true;
      });
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
        return false;
      }
      throw e;
    }
  }

  /** Replaces a definition's settings and secrets, with its audit entry; false when absent. */
  public boolean update(String name, int pollIntervalSeconds, Map<String, String> settings,
      String secrets, String actor, String auditDetail) {
    Instant now = clock.instant();
    return jdbc.inTransaction(c -> {
      int changed;
      try (var s = c.prepareStatement("UPDATE connector_definitions SET"
          + " poll_interval_seconds = ?, settings = ?, secrets = ?, updated_by = ?, updated_at = ?"
          + " WHERE name = ?")) {
        s.setInt(1, pollIntervalSeconds);
        s.setString(2, StoreJson.write(settings));
        s.setString(3, secrets);
        s.setString(4, actor);
        s.setObject(5, Jdbc.time(now));
        s.setString(6, name);
        changed = s.executeUpdate();
      }
      if (changed == 1) {
        audit(c, now, actor, "connector.updated", name, auditDetail);
      }
      return changed == 1;
    });
  }

  /** Re-encrypted secrets after a key rotation; no audit entry (nothing an admin changed). */
  public void replaceSecrets(String name, String secrets) {
    jdbc.update("UPDATE connector_definitions SET secrets = ? WHERE name = ?", s -> {
      s.setString(1, secrets);
      s.setString(2, name);
    });
  }

  /** Deletes a definition, with its audit entry; false when absent. */
  public boolean delete(String name, String actor) {
    Instant now = clock.instant();
    return jdbc.inTransaction(c -> {
      int changed;
      try (var s = c.prepareStatement("DELETE FROM connector_definitions WHERE name = ?")) {
        s.setString(1, name);
        changed = s.executeUpdate();
      }
      if (changed == 1) {
        audit(c, now, actor, "connector.deleted", name, null);
      }
      return changed == 1;
    });
  }

  /** The latest console changes, newest first. */
  public List<AuditEntry> audit(int limit) {
    return jdbc.query("SELECT * FROM admin_audit ORDER BY at DESC, id DESC LIMIT ?",
        s -> s.setInt(1, limit),
        row -> new AuditEntry(row.getLong("id"), Jdbc.instant(row, "at"), row.getString("actor"),
            row.getString("action"), row.getString("subject"), row.getString("detail")));
  }

  private static void audit(java.sql.Connection c, Instant at, String actor, String action,
      String subject, String detail) throws SQLException {
    try (var s = c.prepareStatement("INSERT INTO admin_audit (at, actor, action, subject, detail)"
        + " VALUES (?, ?, ?, ?, ?)")) {
      s.setObject(1, Jdbc.time(at));
      s.setString(2, actor);
      s.setString(3, action);
      s.setString(4, subject);
      s.setString(5, detail);
      s.executeUpdate();
    }
  }

  private static Map<String, String> readMap(String json) {
    try {
      return StoreJson.MAPPER.readValue(json, MAP);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("stored connector settings are unreadable", e);
    }
  }
}
