package io.shiftlead.testfixtures.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v2/incremental/ticket_events.json}: Zendesk's time-based ticket event export. */
class TicketEventExportTest {
  private SandboxHelpdesk sandbox;
  private SandboxClient client;

  @BeforeEach
  void start() {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(400));
    client = new SandboxClient(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void pagingByEndTimeYieldsEveryCommentOfEveryLiveTicketOnceInTimeOrder() {
    Map<Long, Set<Long>> comments = new HashMap<>();
    Set<Long> audits = new HashSet<>();
    long start = 0;
    long previous = -1;
    int pages = 0;
    while (true) {
      JsonNode page = client.getJson("/api/v2/incremental/ticket_events.json?start_time=" + start
          + "&include=comment_events");
      pages++;
      assertThat(page.fieldNames()).toIterable()
          .contains("ticket_events", "next_page", "count", "end_of_stream", "end_time");
      assertThat(page.get("count").asInt()).isEqualTo(page.get("ticket_events").size());
      for (JsonNode event : page.get("ticket_events")) {
        assertThat(event.get("event_type").asText()).isEqualTo("Audit");
        assertThat(event.get("timestamp").asLong()).isGreaterThanOrEqualTo(previous);
        previous = event.get("timestamp").asLong();
        if (!audits.add(event.get("id").asLong())) {
          continue; // the boundary second repeats, as on Zendesk
        }
        for (JsonNode child : event.get("child_events")) {
          if ("Comment".equals(child.get("event_type").asText())) {
            assertThat(child.has("body") && child.has("public") && child.has("author_id")
                && child.has("created_at")).isTrue();
            comments.computeIfAbsent(event.get("ticket_id").asLong(), id -> new HashSet<>())
                .add(child.get("id").asLong());
          }
        }
      }
      assertThat(page.get("next_page").asText())
          .endsWith("start_time=" + page.get("end_time").asLong() + "&include=comment_events");
      if (page.get("end_of_stream").asBoolean()) {
        break;
      }
      start = page.get("end_time").asLong();
    }
    assertThat(pages).isGreaterThan(1);
    for (long id : sandbox.ticketIds()) {
      if (!"deleted".equals(sandbox.ticket(id).status())) {
        assertThat(comments.getOrDefault(id, Set.of())).as("comments of %d", id)
            .hasSize(sandbox.comments(id).size());
      }
    }
  }

  @Test
  void withoutTheCommentEventsSideloadOnlyFieldChangesAreListed() {
    JsonNode page = client.getJson("/api/v2/incremental/ticket_events.json?start_time=0");
    for (JsonNode event : page.get("ticket_events")) {
      for (JsonNode child : event.get("child_events")) {
        assertThat(child.get("event_type").asText()).isIn("Create", "Change");
      }
    }
    assertThat(page.get("ticket_events").get(0).get("child_events").findValuesAsText("status"))
        .isNotEmpty();
  }

  @Test
  void theExportBudgetAnswers429WithRetryAfterOnceUsedUp() {
    sandbox.limitExports(2);
    assertThat(client.get("/api/v2/incremental/ticket_events.json?start_time=0").statusCode())
        .isEqualTo(200);
    assertThat(client.get("/api/v2/incremental/tickets/cursor.json?start_time=0").statusCode())
        .isEqualTo(200);

    var refused = client.get("/api/v2/incremental/ticket_events.json?start_time=0");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(client.get("/api/v2/tickets/" + sandbox.ticketIds().get(0) + ".json").statusCode())
        .isEqualTo(200);
  }
}
