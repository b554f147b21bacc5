package io.shiftlead.plugin.infrastructure.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaMetric;
import io.shiftlead.plugin.core.sla.SlaMetricState;
import io.shiftlead.plugin.core.sla.SlaState;
import io.shiftlead.plugin.core.sla.TicketSla;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented example policies, read from YAML, drive the calculator end to end. */
class PoliciesFromYamlTest {
  private final SlaCalculator calc = new SlaCalculator(new SlaPolicyReader().readFiles(List.of(
      Path.of("..", "docs", "examples", "sla", "calendars.yaml"),
      Path.of("..", "docs", "examples", "sla", "policies.yaml"))));

  private static Ticket ticket(String group, List<String> tags, Instant created) {
    Person customer = Person.of("c", AuthorRole.CUSTOMER);
    return new Ticket("42", "test", "s", TicketStatus.NEW, Priority.NORMAL, Channel.EMAIL, created,
        created, customer, null, group, tags, null,
        List.of(new Comment("c1", customer, true, created, "help")),
        List.of(new StatusChange(created, null, TicketStatus.NEW)), null, false, 1);
  }

  @Test
  void theEuropeanPolicyCountsBusinessHoursAroundTheLunchBreak() {
    // Mon 2026-06-15 11:30 Berlin: 30 min before lunch, then 13:00 + 3h30 = 16:30 (14:30Z).
    Ticket t = ticket("support-eu", List.of(), Instant.parse("2026-06-15T09:30:00Z"));
    TicketSla sla = calc.compute(t, Instant.parse("2026-06-15T10:30:00Z"));
    SlaMetricState first = sla.metric(SlaMetric.FIRST_REPLY).orElseThrow();
    assertThat(sla.policy()).isEqualTo("Europe standard");
    assertThat(first.elapsedMinutes()).isEqualTo(30);
    assertThat(first.dueAt()).isEqualTo(Instant.parse("2026-06-15T14:30:00Z"));
    // at_risk: 20% -> 48 min before the due instant.
    assertThat(first.atRiskAt()).isEqualTo(Instant.parse("2026-06-15T13:42:00Z"));
    assertThat(first.state()).isEqualTo(SlaState.OK);
  }

  @Test
  void aVipTagWinsOverTheGroupBecauseItsPolicyComesFirst() {
    Ticket t = ticket("support-eu", List.of("vip"), Instant.parse("2026-06-15T09:30:00Z"));
    TicketSla sla = calc.compute(t, Instant.parse("2026-06-15T12:00:00Z"));
    assertThat(sla.policy()).isEqualTo("VIP customers");
    assertThat(sla.metric(SlaMetric.FIRST_REPLY).orElseThrow().state())
        .isEqualTo(SlaState.BREACHED); // 2h calendar, used up at 11:30Z
    assertThat(sla.escalationsDue()).extracting(e -> e.level()).containsExactly(1);
  }
}
