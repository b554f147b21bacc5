package io.shiftlead.testfixtures.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.testfixtures.generator.StatusChange;
import io.shiftlead.testfixtures.generator.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v2/tickets/{id}/audits.json}: the seeded and the live status history. */
class AuditsTest {

  private static SandboxHelpdesk sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(120));
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** Every audit of a ticket, following the cursor with the given page size. */
  private static List<JsonNode> audits(long id, int pageSize) {
    List<JsonNode> audits = new ArrayList<>();
    JsonNode page = client.getJson("/api/v2/tickets/" + id + "/audits.json?page%5Bsize%5D=" + pageSize);
    while (true) {
      page.get("audits").forEach(audits::add);
      if (!page.get("meta").get("has_more").asBoolean()) {
        return audits;
      }
      page = client.getJson(page.get("links").get("next").asText());
    }
  }

  /** "created:new", then "at:from>to" for each status Change event, in audit order. */
  private static List<String> statusEvents(List<JsonNode> audits) {
    List<String> out = new ArrayList<>();
    for (JsonNode audit : audits) {
      for (JsonNode event : audit.get("events")) {
        if (!"status".equals(event.path("field_name").asText())) {
          continue;
        }
        if ("Create".equals(event.get("type").asText())) {
          out.add("created:" + event.get("value").asText());
        } else {
          out.add(audit.get("created_at").asText() + ":" + event.get("previous_value").asText()
              + ">" + event.get("value").asText());
        }
      }
    }
    return out;
  }

  private static Ticket seededWithChanges(int atLeast, Set<String> through) {
    return sandbox.dataset().tickets().stream()
        .filter(t -> !"deleted".equals(t.status()) && t.statusChanges().size() >= atLeast)
        .filter(t -> t.statusChanges().stream().anyMatch(c -> through.contains(c.to())))
        .findFirst().orElseThrow();
  }

  @Test
  void aSeededTicketsAuditsReplayItsGeneratedStatusChangesAcrossCursorPages() {
    Ticket seed = seededWithChanges(3, Set.of("pending", "hold"));

    List<JsonNode> audits = audits(seed.id(), 2);

    List<String> expected = new ArrayList<>();
    expected.add("created:" + seed.statusChanges().get(0).from());
    for (StatusChange c : seed.statusChanges()) {
      expected.add(c.at().toString() + ":" + c.from() + ">" + c.to());
    }
    assertThat(statusEvents(audits)).containsExactlyElementsOf(expected);
    List<String> times = audits.stream().map(a -> a.get("created_at").asText()).toList();
    assertThat(times).isSorted();
    assertThat(audits.get(0).fieldNames()).toIterable()
        .contains("id", "ticket_id", "created_at", "author_id", "metadata", "via", "events");
  }

  @Test
  void everyCommentAppearsOnceAsACommentEventOfTheAuditItNames() {
    Ticket seed = seededWithChanges(2, Set.of("open"));

    List<JsonNode> audits = audits(seed.id(), 100);

    List<Long> commentIds = new ArrayList<>();
    for (JsonNode audit : audits) {
      for (JsonNode event : audit.get("events")) {
        if ("Comment".equals(event.get("type").asText())) {
          commentIds.add(event.get("id").asLong());
          assertThat(event.get("audit_id").asLong()).isEqualTo(audit.get("id").asLong());
        }
      }
    }
    assertThat(commentIds).containsExactlyElementsOf(
        sandbox.comments(seed.id()).stream().map(c -> c.id()).toList());
  }

  @Test
  void statusChangesMadeThroughTheApiAndByARequesterReplyAreAudited() {
    long id = sandbox.ticketIds().stream()
        .filter(t -> "open".equals(sandbox.ticket(t).status())).findFirst().orElseThrow();

    client.put("/api/v2/tickets/" + id + ".json", "{\"ticket\":{\"status\":\"pending\"}}");
    sandbox.touch(id, "Any news?");

    List<String> events = statusEvents(audits(id, 100));
    assertThat(events.subList(events.size() - 2, events.size()))
        .satisfiesExactly(
            e -> assertThat(e).endsWith(":open>pending"),
            e -> assertThat(e).endsWith(":pending>open"));
  }

  @Test
  void aDeletedTicketHasNoAudits() {
    long deleted = sandbox.ticketIds().stream()
        .filter(id -> "deleted".equals(sandbox.ticket(id).status())).findFirst().orElseThrow();

    assertThat(client.get("/api/v2/tickets/" + deleted + "/audits.json").statusCode()).isEqualTo(404);
  }
}
