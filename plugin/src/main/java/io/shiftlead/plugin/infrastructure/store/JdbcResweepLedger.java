package io.shiftlead.plugin.infrastructure.store;

import io.shiftlead.plugin.application.ResweepLedger;
import io.shiftlead.plugin.application.ResweepPolicy.Sweep;
import java.util.Optional;

/** The last re-sweep per connector in {@code connector_resweeps} (V16). */
public final class JdbcResweepLedger implements ResweepLedger {
  private final Jdbc jdbc;

  public JdbcResweepLedger(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Sweep> last(String connector) {
    return jdbc.query("SELECT last_sweep_at, last_sweep_from FROM connector_resweeps"
            + " WHERE connector = ?", s -> s.setString(1, connector),
        row -> new Sweep(Jdbc.instant(row, "last_sweep_at"), Jdbc.instant(row, "last_sweep_from")))
        .stream().findFirst();
  }

  @Override
  public void record(String connector, Sweep sweep) {
    // only the connector's worker (in a cluster: the lease holder) writes its row
    int updated = jdbc.update("UPDATE connector_resweeps SET last_sweep_at = ?, last_sweep_from = ?"
        + " WHERE connector = ?", s -> {
          s.setObject(1, Jdbc.time(sweep.at()));
          setFrom(s, 2, sweep);
          s.setString(3, connector);
        });
    if (updated == 0) {
      jdbc.update("INSERT INTO connector_resweeps (connector, last_sweep_at, last_sweep_from)"
          + " VALUES (?, ?, ?)", s -> {
            s.setString(1, connector);
            s.setObject(2, Jdbc.time(sweep.at()));
            setFrom(s, 3, sweep);
          });
    }
  }

  private static void setFrom(java.sql.PreparedStatement s, int index, Sweep sweep)
      throws java.sql.SQLException {
    if (sweep.from() == null) {
      s.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(index, Jdbc.time(sweep.from()));
    }
  }
}
