package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.application.SlaKpiRepository;
import io.shiftlead.plugin.core.sla.SlaKpiInput;
import io.shiftlead.plugin.core.sla.SlaMetric;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** {@code sla_kpi_inputs} (V4): update, else insert; one writer per connector. */
public final class JdbcSlaKpiRepository implements SlaKpiRepository {
  private static final String UPDATE = "UPDATE sla_kpi_inputs SET completed_at = ?, policy = ?,"
      + " achieved = ?, measured_seconds = ?, target_seconds = ?, business_hours = ?,"
      + " recorded_at = ? WHERE connector = ? AND ticket_id = ? AND metric = ? AND started_at = ?";
  private static final String INSERT = "INSERT INTO sla_kpi_inputs (completed_at, policy,"
      + " achieved, measured_seconds, target_seconds, business_hours, recorded_at, connector,"
      + " ticket_id, metric, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Jdbc jdbc;
  private final Clock clock;

  public JdbcSlaKpiRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void upsert(String connector, List<SlaKpiInput> inputs) {
    if (inputs.isEmpty()) {
      return;
    }
    jdbc.inTransaction(c -> {
      for (SlaKpiInput input : inputs) {
        if (write(c, UPDATE, connector, input) == 0) {
          write(c, INSERT, connector, input);
        }
      }
      return null;
    });
  }

  private int write(Connection c, String sql, String connector, SlaKpiInput k)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, Jdbc.time(k.completedAt()));
      s.setString(2, k.policy());
      s.setBoolean(3, k.achieved());
      s.setLong(4, k.measured().toSeconds());
      s.setLong(5, k.target().toSeconds());
      s.setBoolean(6, k.businessHours());
      s.setObject(7, Jdbc.time(clock.instant()));
      s.setString(8, connector);
      s.setString(9, k.ticketId());
      s.setString(10, k.metric().wireName());
      s.setObject(11, Jdbc.time(k.startedAt()));
      return s.executeUpdate();
    }
  }

  @Override
  public List<SlaKpiInput> find(String connector, String ticketId) {
    return jdbc.query("SELECT * FROM sla_kpi_inputs WHERE connector = ? AND ticket_id = ?"
        + " ORDER BY metric, started_at", s -> {
          s.setString(1, connector);
          s.setString(2, ticketId);
        }, row -> new SlaKpiInput(row.getString("ticket_id"),
            SlaMetric.fromWire(row.getString("metric")), row.getString("policy"),
            row.getBoolean("achieved"), Duration.ofSeconds(row.getLong("measured_seconds")),
            Duration.ofSeconds(row.getLong("target_seconds")), row.getBoolean("business_hours"),
            Jdbc.instant(row, "started_at"), Jdbc.instant(row, "completed_at")));
  }
}
