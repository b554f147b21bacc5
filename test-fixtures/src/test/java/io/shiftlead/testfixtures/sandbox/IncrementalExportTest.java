package io.shiftlead.testfixtures.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncrementalExportTest {

  private SandboxHelpdesk sandbox;
  private SandboxClient client;

  @BeforeEach
  void start() {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(230));
    client = new SandboxClient(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void exportPagesThroughEveryTicketToEndOfStreamInTheZendeskEnvelope() {
    JsonNode page = client.getJson("/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=100");
    List<Long> ids = new ArrayList<>();
    int pages = 1;
    while (true) {
      assertThat(page.fieldNames()).toIterable().contains("tickets", "after_url", "after_cursor",
          "before_url", "before_cursor", "end_of_stream");
      assertThat(page.get("before_cursor").isNull()).isTrue();
      page.get("tickets").forEach(t -> ids.add(t.get("id").asLong()));
      if (page.get("end_of_stream").asBoolean()) {
        break;
      }
      page = client.getJson(page.get("after_url").asText());
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    assertThat(ids).hasSize(230).doesNotHaveDuplicates();
    assertThat(new HashSet<>(ids)).isEqualTo(new HashSet<>(sandbox.ticketIds()));
  }

  @Test
  void ticketsCarryZendeskFieldsAndDeletedOnesSayDeleted() {
    JsonNode tickets = client.getJson("/api/v2/incremental/tickets/cursor.json?start_time=0").get("tickets");

    JsonNode first = tickets.get(0);
    assertThat(first.get("id").isNumber()).isTrue();
    assertThat(first.get("generated_timestamp").isNumber()).isTrue();
    assertThat(first.get("via").get("channel").isTextual()).isTrue();
    assertThat(first.get("custom_fields").get(0).has("id")).isTrue();
    Set<String> statuses = new HashSet<>();
    tickets.forEach(t -> statuses.add(t.get("status").asText()));
    assertThat(statuses).contains("deleted", "open", "closed");
    long previous = 0;
    for (JsonNode t : tickets) {
      assertThat(t.get("generated_timestamp").asLong()).isGreaterThanOrEqualTo(previous);
      previous = t.get("generated_timestamp").asLong();
    }
  }

  @Test
  void caughtUpCursorStaysUsableAndReturnsOnlyTicketsChangedSince() {
    String cursor = drain("/api/v2/incremental/tickets/cursor.json?start_time=0");

    JsonNode idle = client.getJson("/api/v2/incremental/tickets/cursor.json?cursor=" + cursor);
    assertThat(idle.get("tickets")).isEmpty();
    assertThat(idle.get("end_of_stream").asBoolean()).isTrue();
    assertThat(idle.get("after_cursor").asText()).isEqualTo(cursor);

    long id = openTicket();
    client.put("/api/v2/tickets/" + id + ".json", "{\"ticket\":{\"additional_tags\":[\"probe\"]}}");
    JsonNode changed = client.getJson("/api/v2/incremental/tickets/cursor.json?cursor=" + cursor);

    assertThat(changed.get("tickets")).hasSize(1);
    assertThat(changed.get("tickets").get(0).get("id").asLong()).isEqualTo(id);
    assertThat(changed.get("tickets").get(0).get("tags").toString()).contains("probe");
    assertThat(changed.get("end_of_stream").asBoolean()).isTrue();
  }

  @Test
  void startTimeSelectsTicketsByGeneratedTimestamp() {
    long cut = sandbox.dataset().baseInstant().minus(Duration.ofDays(7)).getEpochSecond();
    JsonNode page = client.getJson("/api/v2/incremental/tickets/cursor.json?start_time=" + cut);

    assertThat(page.get("tickets")).isNotEmpty()
        .allSatisfy(t -> assertThat(t.get("generated_timestamp").asLong()).isGreaterThanOrEqualTo(cut));
    long expected = sandbox.ticketIds().stream()
        .filter(id -> sandbox.ticket(id).generatedTimestamp() >= cut).count();
    assertThat(page.get("tickets")).hasSize((int) expected);
  }

  @Test
  void sideloadsUsersAndCommentCounts() {
    JsonNode page = client.getJson(
        "/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=5&include=users,comment_count");

    assertThat(page.get("tickets")).allSatisfy(t -> assertThat(t.has("comment_count")).isTrue());
    Set<Long> userIds = new HashSet<>();
    page.get("users").forEach(u -> userIds.add(u.get("id").asLong()));
    page.get("tickets").forEach(t -> assertThat(userIds).contains(t.get("requester_id").asLong()));
    assertThat(page.get("users").get(0).get("role").asText()).isIn("end-user", "agent", "admin");
    assertThat(page.get("after_url").asText()).contains("include=users%2Ccomment_count");
  }

  @Test
  void rejectsMissingStartAndForeignCursorsWith400() {
    assertThat(client.get("/api/v2/incremental/tickets/cursor.json").statusCode()).isEqualTo(400);
    assertThat(client.get("/api/v2/incremental/tickets/cursor.json?cursor=bm9wZQ").statusCode()).isEqualTo(400);
  }

  @Test
  void exportLagHidesChangesYoungerThanTheLag() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    try (SandboxHelpdesk lagged = SandboxHelpdesk.start(SandboxOptions.defaults()
        .withTicketCount(30).withExportLagSeconds(60).withClock(clock))) {
      SandboxClient laggedClient = new SandboxClient(lagged);
      String cursor = laggedClient.getJson("/api/v2/incremental/tickets/cursor.json?start_time=0")
          .get("after_cursor").asText();
      long id = lagged.ticketIds().stream()
          .filter(t -> !Set.of("closed", "deleted").contains(lagged.ticket(t).status()))
          .findFirst().orElseThrow();
      laggedClient.put("/api/v2/tickets/" + id, "{\"ticket\":{\"tags\":[\"x\"]}}");

      assertThat(laggedClient.getJson("/api/v2/incremental/tickets/cursor.json?cursor=" + cursor)
          .get("tickets")).isEmpty();
      clock.advance(Duration.ofSeconds(61));
      assertThat(laggedClient.getJson("/api/v2/incremental/tickets/cursor.json?cursor=" + cursor)
          .get("tickets")).hasSize(1);
    }
  }

  private String drain(String firstUrl) {
    JsonNode page = client.getJson(firstUrl);
    while (!page.get("end_of_stream").asBoolean()) {
      page = client.getJson(page.get("after_url").asText());
    }
    return page.get("after_cursor").asText();
  }

  private long openTicket() {
    return sandbox.ticketIds().stream()
        .filter(id -> "open".equals(sandbox.ticket(id).status()))
        .findFirst().orElseThrow();
  }
}
