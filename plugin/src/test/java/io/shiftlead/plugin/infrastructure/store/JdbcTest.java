package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class JdbcTest {
  @Test
  void aTransactionInterruptedByAnErrorIsRolledBackNotCommitted() {
    try (Database database = Database.open("jdbc:h2:mem:" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1", "sa", "")) {
      Jdbc jdbc = database.jdbc();

      assertThatThrownBy(() -> jdbc.inTransaction(c -> {
        try (var s = c.createStatement()) {
          s.executeUpdate("INSERT INTO connector_state (connector, pages_pulled) VALUES ('x', 0)");
        }
        throw new StackOverflowError("as an Error in the middle of the work");
      })).isInstanceOf(StackOverflowError.class);

      assertThat(jdbc.count("SELECT COUNT(*) FROM connector_state", s -> {})).isZero();
    }
  }
}
