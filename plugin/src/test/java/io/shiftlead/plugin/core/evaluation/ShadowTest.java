package io.shiftlead.plugin.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ShadowTest {
  private static final Ticket TICKET = new Ticket("7", "t", "s", TicketStatus.OPEN, null,
      Channel.EMAIL, Instant.EPOCH, Instant.EPOCH, Person.of("u", AuthorRole.CUSTOMER), null,
      null, List.of(), Map.of(), List.of(), List.of(), List.of(), false, 0);
  private static final Evaluation DECISION = new Evaluation("sla",
      Map.of("sla_state", "breached"), Set.of("sla_breached"), null, Priority.HIGH, null, null,
      "Shiftlead SLA breach:\n- resolution", List.of("resolution breached"),
      List.of(new OutboundNotification("k", "https://hooks.example/x", Map.of())));

  private final AtomicBoolean on = new AtomicBoolean();
  private final List<String> recorded = new ArrayList<>();
  private final Shadow shadow = new Shadow(new Evaluator() {
    @Override
    public String id() {
      return "sla";
    }

    @Override
    public Evaluation evaluate(Ticket ticket) {
      return DECISION;
    }
  }, on::get, (ticketId, evaluatorId, wouldWrite) -> recorded.add(ticketId + " " + evaluatorId
      + ": " + wouldWrite));

  @Test
  void switchedOffTheDecisionPassesUnchanged() {
    assertThat(shadow.evaluate(TICKET)).isSameAs(DECISION);
    assertThat(recorded).isEmpty();
  }

  @Test
  void switchedOnTheDecisionIsRecordedAndAsksForNothing() {
    on.set(true);

    Evaluation shadowed = shadow.evaluate(TICKET);

    assertThat(shadowed.decidesNothing()).isTrue();
    assertThat(shadowed.notifications()).isEmpty();
    assertThat(shadowed.reasons()).first().asString()
        .startsWith("shadow mode, not written back: fields {sla_state=breached}")
        .contains("priority HIGH", "tags added [sla_breached]",
            "note \"Shiftlead SLA breach: …\"", "1 webhook call(s)");
    assertThat(shadowed.reasons()).contains("resolution breached");
    assertThat(recorded).singleElement().asString().startsWith("7 sla: fields {sla_state=breached}");
  }
}
