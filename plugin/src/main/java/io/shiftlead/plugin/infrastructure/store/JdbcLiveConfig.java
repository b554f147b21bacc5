package io.shiftlead.plugin.infrastructure.store;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store side of live configuration (V15): the change log of policy and scorecard edits
 * ({@code config_changes}), the shadow-mode switch per kind ({@code evaluation_modes}) and the
 * latest decision a shadowed evaluator would have written back ({@code shadow_decisions}).
 */
public final class JdbcLiveConfig {
  /** At most this many change-log rows per read. */
  public static final int CHANGES_LIMIT = 200;

  /** One change-log row. */
  public record Change(long id, Instant changedAt, String actor, String kind, String fileName,
      String action, String detail) {}

  /** A shadowed decision: what would have been written, and why. */
  public record ShadowDecision(String connector, String ticketId, String kind, Instant decidedAt,
      String decision) {}

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcLiveConfig(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a change; answers its id. */
  public long recordChange(String actor, String kind, String fileName, String action,
      String detail) {
    return jdbc.inConnection(c -> {
      try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO config_changes"
          + " (changed_at, actor, kind, file_name, action, detail) VALUES (?, ?, ?, ?, ?, ?)",
          new String[] {"id"})) {
        s.setObject(1, Jdbc.time(clock.instant()));
        s.setString(2, actor == null || actor.isBlank() ? "anonymous" : actor);
        s.setString(3, kind);
        s.setString(4, fileName);
        s.setString(5, action);
        s.setString(6, detail);
        s.executeUpdate();
        try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  /**
   * The id of the newest change of {@code kind} that swapped a running set (a save or a reload,
   * on any member); 0 when there is none.
   */
  public long lastAppliedChange(String kind) {
    return jdbc.query("SELECT MAX(id) FROM config_changes WHERE kind = ?"
        + " AND action IN ('save', 'reload')", s -> s.setString(1, kind), row -> row.getLong(1))
        .stream().findFirst().orElse(0L);
  }

  /** Whether a change of {@code kind} that swapped a running set lies strictly between two ids. */
  public boolean appliedChangesBetween(String kind, long after, long before) {
    return jdbc.count("SELECT COUNT(*) FROM config_changes WHERE kind = ? AND id > ? AND id < ?"
        + " AND action IN ('save', 'reload')", s -> {
          s.setString(1, kind);
          s.setLong(2, after);
          s.setLong(3, before);
        }) > 0;
  }

  /** The newest changes first; {@code kind} null for every kind. */
  public List<Change> changes(String kind) {
    String where = kind == null ? "" : " WHERE kind = ?";
    return jdbc.query("SELECT id, changed_at, actor, kind, file_name, action, detail"
        + " FROM config_changes" + where + " ORDER BY id DESC", s -> {
          s.setMaxRows(CHANGES_LIMIT);
          if (kind != null) {
            s.setString(1, kind);
          }
        }, row -> new Change(row.getLong("id"), Jdbc.instant(row, "changed_at"),
            row.getString("actor"), row.getString("kind"), row.getString("file_name"),
            row.getString("action"), row.getString("detail")));
  }

  /** Kind to shadow flag, for the kinds ever switched. */
  public Map<String, Boolean> shadowModes() {
    Map<String, Boolean> modes = new HashMap<>();
    jdbc.query("SELECT kind, shadow FROM evaluation_modes", s -> { },
        row -> modes.put(row.getString("kind"), row.getBoolean("shadow")));
    return modes;
  }

  public void saveShadowMode(String kind, boolean shadow, String actor) {
    Instant now = clock.instant();
    int updated = jdbc.update("UPDATE evaluation_modes SET shadow = ?, changed_at = ?,"
        + " changed_by = ? WHERE kind = ?", s -> {
          s.setBoolean(1, shadow);
          s.setObject(2, Jdbc.time(now));
          s.setString(3, actor);
          s.setString(4, kind);
        });
    if (updated == 0) {
      jdbc.update("INSERT INTO evaluation_modes (kind, shadow, changed_at, changed_by)"
          + " VALUES (?, ?, ?, ?)", s -> {
            s.setString(1, kind);
            s.setBoolean(2, shadow);
            s.setObject(3, Jdbc.time(now));
            s.setString(4, actor);
          });
    }
  }

  /**
   * Keeps the latest shadowed decision of a ticket; one writer per connector (its worker), so
   * update-then-insert needs no lock.
   */
  public void recordShadow(String connector, String ticketId, String kind, String decision) {
    Instant now = clock.instant();
    int updated = jdbc.update("UPDATE shadow_decisions SET decided_at = ?, decision = ?"
        + " WHERE connector = ? AND ticket_id = ? AND kind = ?", s -> {
          s.setObject(1, Jdbc.time(now));
          s.setString(2, decision);
          s.setString(3, connector);
          s.setString(4, ticketId);
          s.setString(5, kind);
        });
    if (updated == 0) {
      jdbc.update("INSERT INTO shadow_decisions (connector, ticket_id, kind, decided_at, decision)"
          + " VALUES (?, ?, ?, ?, ?)", s -> {
            s.setString(1, connector);
            s.setString(2, ticketId);
            s.setString(3, kind);
            s.setObject(4, Jdbc.time(now));
            s.setString(5, decision);
          });
    }
  }

  /** The latest shadowed decisions, newest first; null filters match everything. */
  public List<ShadowDecision> shadowDecisions(String connector, String kind) {
    List<String> where = new java.util.ArrayList<>();
    List<String> values = new java.util.ArrayList<>();
    if (connector != null) {
      where.add("connector = ?");
      values.add(connector);
    }
    if (kind != null) {
      where.add("kind = ?");
      values.add(kind);
    }
    return jdbc.query("SELECT connector, ticket_id, kind, decided_at, decision"
        + " FROM shadow_decisions" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY decided_at DESC, ticket_id", s -> {
          s.setMaxRows(CHANGES_LIMIT);
          for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
          }
        }, row -> new ShadowDecision(row.getString("connector"), row.getString("ticket_id"),
            row.getString("kind"), Jdbc.instant(row, "decided_at"), row.getString("decision")));
  }
}
