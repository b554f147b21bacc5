package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A quick sanity check of the real {@link ZendeskConnector} against the sandbox in its default (Zendesk) mode. */
class ZendeskAgainstSandboxTest {

  @Test
  void pullsEveryTicketThenWritesBackOnceAndTheChangeIsVisible() throws Exception {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(80));
        ZendeskConnector connector = new ZendeskConnectorFactory().create(settings(sandbox),
            Clock.systemUTC(), wait -> { })) {
      Map<String, Ticket> pulled = new LinkedHashMap<>();
      PullUntilEnd.into(connector, Cursor.BEGINNING, pulled);

      assertThat(pulled.keySet()).containsAll(sandbox.ticketIds().stream()
          .filter(id -> !"deleted".equals(sandbox.ticket(id).status()))
          .map(String::valueOf).collect(Collectors.toSet()));

      long id = sandbox.ticketIds().stream()
          .filter(t -> Set.of("open", "pending").contains(sandbox.ticket(t).status()))
          .findFirst().orElseThrow();
      int commentsBefore = sandbox.ticket(id).commentCount();
      InternalNote note = new InternalNote("Escalated by Shiftlead", "e2e-zd-0001");
      TicketUpdate update = new TicketUpdate(String.valueOf(id), Map.of("shiftlead_status", "at_risk"),
          Set.of("sla_breach"), Set.of(), null, null, null, note, false);

      UpdateResult applied = connector.apply(update);
      UpdateResult again = connector.apply(update.withRecheckNote(true));

      assertThat(applied.succeeded()).isTrue();
      assertThat(again.succeeded()).isTrue();
      assertThat(again.noteAlreadyPresent()).isTrue();
      assertThat(sandbox.ticket(id).commentCount()).isEqualTo(commentsBefore + 1);
      assertThat(sandbox.ticket(id).customField(CustomField.SHIFTLEAD_STATUS_ID)).isEqualTo("at_risk");
      assertThat(sandbox.ticket(id).tags()).contains("sla_breach");
      assertThat(sandbox.comments(id).get(commentsBefore).body()).contains(note.marker());
    }
  }

  @Test
  void everyPulledTicketCarriesTheStatusHistoryTheSandboxGenerated() throws Exception {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(60));
        ZendeskConnector connector = new ZendeskConnectorFactory().create(settings(sandbox),
            Clock.systemUTC(), wait -> { })) {
      Map<String, Ticket> pulled = new LinkedHashMap<>();
      PullUntilEnd.into(connector, Cursor.BEGINNING, pulled);

      int withPauses = 0;
      for (io.shiftlead.testfixtures.generator.Ticket seed : sandbox.dataset().tickets()) {
        if ("deleted".equals(seed.status())) {
          continue;
        }
        List<String> expected = new ArrayList<>();
        expected.add(seed.createdAt() + " null>" + (seed.statusChanges().isEmpty() ? seed.status()
            : seed.statusChanges().get(0).from()));
        seed.statusChanges().forEach(c -> expected.add(c.at() + " " + c.from() + ">" + c.to()));
        List<String> actual = pulled.get(String.valueOf(seed.id())).statusChanges().stream()
            .map(c -> c.at() + " " + (c.from() == null ? "null" : zendesk(c.from())) + ">" + zendesk(c.to()))
            .toList();
        assertThat(actual).as("ticket %d", seed.id()).containsExactlyElementsOf(expected);
        if (seed.statusChanges().stream().anyMatch(c -> Set.of("pending", "hold").contains(c.to()))) {
          withPauses++;
        }
      }
      assertThat(withPauses).isPositive();
    }
  }

  private static String zendesk(TicketStatus status) {
    return status == TicketStatus.ON_HOLD ? "hold" : status.wireName();
  }

  private static ConnectorSettings settings(SandboxHelpdesk sandbox) {
    Map<String, String> values = SandboxSettings.of(sandbox);
    values.put(ZendeskSettings.PAGE_SIZE, "30");
    values.put(ZendeskSettings.EXPORT_REQUESTS_PER_MINUTE, "1000");
    values.put(ZendeskSettings.CUSTOM_FIELDS, "first_reply_minutes:" + CustomField.FIRST_REPLY_MINUTES_ID
        + ",shiftlead_status:" + CustomField.SHIFTLEAD_STATUS_ID);
    values.put(ZendeskSettings.CALL_TIMEOUT_SECONDS, "10");
    return new ConnectorSettings("sandbox", values);
  }
}
