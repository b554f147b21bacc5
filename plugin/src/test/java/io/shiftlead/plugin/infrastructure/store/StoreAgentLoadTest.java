package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreAgentLoadTest {
  private final Database database =
      Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

  @AfterEach
  void close() {
    database.close();
  }

  private static Ticket ticket(String id, TicketStatus status, String assignee) {
    return new Ticket(id, "t", "s", status, null, Channel.EMAIL, Instant.EPOCH, Instant.EPOCH,
        Person.of("u", AuthorRole.CUSTOMER), assignee == null ? null
            : Person.of(assignee, AuthorRole.AGENT), null, List.of(), Map.of(), List.of(),
        List.of(), List.of(), false, 0);
  }

  @Test
  void countsTheStoresOpenTicketsPerAgentPlusTheAssignmentsRoutedSince() {
    new JdbcTicketRepository(database.jdbc(), clock).upsertAll("zd", List.of(
        ticket("1", TicketStatus.OPEN, "ana"), ticket("2", TicketStatus.PENDING, "ana"),
        ticket("3", TicketStatus.SOLVED, "ana"), ticket("4", TicketStatus.NEW, "bo"),
        ticket("5", TicketStatus.OPEN, null)));
    StoreAgentLoad load = new StoreAgentLoad(database.jdbc(), "zd", clock);

    assertThat(load.openTickets("ana")).isEqualTo(2);
    assertThat(load.openTickets("bo")).isEqualTo(1);
    load.assigned("bo");
    assertThat(load.openTickets("bo")).isEqualTo(2);
    assertThat(load.openTickets("cy")).isZero();
    assertThat(new StoreAgentLoad(database.jdbc(), "other", clock).openTickets("ana")).isZero();
  }
}
