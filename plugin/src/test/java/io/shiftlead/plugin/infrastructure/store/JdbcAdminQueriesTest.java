package io.shiftlead.plugin.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.plugin.infrastructure.store.JdbcAdminQueries.AuditFilter;
import io.shiftlead.plugin.infrastructure.store.JdbcAdminQueries.AuditRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcAdminQueriesTest {
  private final Database database =
      Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  private final JdbcAdminQueries queries = new JdbcAdminQueries(database.jdbc());

  @AfterEach
  void close() {
    database.close();
  }

  private void enqueue(String at, String connector, String ticket, String key, String reasons) {
    Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
    new JdbcOutboxRepository(database.jdbc(), clock).enqueue(connector, key,
        new TicketUpdate(ticket, null, Set.of("x"), null, Priority.HIGH, null, null, null, false),
        reasons);
  }

  @BeforeEach
  void entries() {
    enqueue("2026-11-01T10:00:00Z", "zd", "1", "k1", "vip-customer: tags contains vip");
    enqueue("2026-11-02T10:00:00Z", "zd", "2", "k2", "billing_route: tags contains billing");
    enqueue("2026-11-03T10:00:00Z", "fd", "1", "k3", "vip-customer: tags contains vip");
  }

  @Test
  void withoutAFilterEveryEntryComesNewestFirst() {
    assertThat(queries.audit(new AuditFilter(null, "", null, null, null)))
        .extracting(AuditRow::connector, AuditRow::ticketId).containsExactly(
            org.assertj.core.groups.Tuple.tuple("fd", "1"),
            org.assertj.core.groups.Tuple.tuple("zd", "2"),
            org.assertj.core.groups.Tuple.tuple("zd", "1"));
  }

  @Test
  void filtersCombineByConnectorTicketRuleAndTime() {
    assertThat(queries.audit(new AuditFilter("zd", null, null, null, null))).hasSize(2);
    assertThat(queries.audit(new AuditFilter(null, "1", "vip-customer", null, null)))
        .hasSize(2);
    assertThat(queries.audit(new AuditFilter("zd", "1", "vip-customer", null, null)))
        .singleElement().satisfies(r -> {
          assertThat(r.entry().update().priority()).isEqualTo(Priority.HIGH);
          assertThat(r.entry().reasons()).startsWith("vip-customer");
        });
    assertThat(queries.audit(new AuditFilter(null, null, null,
        Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z"))))
        .extracting(AuditRow::ticketId).containsExactly("2");
  }

  @Test
  void likeWildcardsInTheRuleFilterAreTakenLiterally() {
    assertThat(queries.audit(new AuditFilter(null, null, "billing_route", null, null)))
        .hasSize(1);
    assertThat(queries.audit(new AuditFilter(null, null, "%", null, null))).isEmpty();
    assertThat(queries.audit(new AuditFilter(null, null, "vip_customer", null, null))).isEmpty();
  }
}
