package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.application.ResweepPolicy.Sweep;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The last re-sweep per connector (V16), on H2 and PostgreSQL. */
abstract class ResweepLedgerContract {
  private static final Instant T = Instant.parse("2026-11-29T06:00:00Z");
  private Database database;
  private JdbcResweepLedger ledger;

  abstract Database openFreshStore();

  @BeforeEach
  void open() {
    database = openFreshStore();
    ledger = new JdbcResweepLedger(database.jdbc());
  }

  @AfterEach
  void close() {
    if (database != null) { // null when the PostgreSQL variant was skipped
      database.close();
    }
  }

  @Test
  void aBaselineAndThenASweepAreKeptPerConnectorTheLatestReplacingTheFormer() {
    assertThat(ledger.last("acme")).isEmpty();
    ledger.record("acme", Sweep.baseline(T));
    assertThat(ledger.last("acme")).contains(Sweep.baseline(T));

    Sweep sweep = new Sweep(T.plusSeconds(21_600), T.minusSeconds(3600));
    ledger.record("acme", sweep);
    ledger.record("globex", Sweep.baseline(T.plusSeconds(5)));

    assertThat(ledger.last("acme")).contains(sweep);
    assertThat(ledger.last("globex")).contains(Sweep.baseline(T.plusSeconds(5)));
    assertThat(new JdbcResweepLedger(database.jdbc()).last("acme")).as("read back fresh")
        .contains(sweep);
  }
}
