package io.shiftlead.testfixtures.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.testfixtures.MutableClock;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.CustomField;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketUpdateTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private SandboxHelpdesk sandbox;
  private SandboxClient client;

  @BeforeEach
  void start() {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(120).withClock(clock));
    client = new SandboxClient(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void putAppliesFieldsTagsAndInternalNoteAndBumpsTheTicketIntoTheNextExport() {
    long id = updatableTicket();
    TicketView before = sandbox.ticket(id);
    String cursor = client.getJson("/api/v2/incremental/tickets/cursor.json?start_time=0")
        .get("after_cursor").asText();
    long group = sandbox.dataset().groups().get(1).id();
    long agent = sandbox.dataset().users().stream()
        .filter(u -> u.groupId() != null && u.groupId() == group).findFirst().orElseThrow().id();
    clock.advance(Duration.ofMinutes(5));

    HttpResponse<String> response = client.put("/api/v2/tickets/" + id + ".json", "{\"ticket\":{"
        + "\"custom_fields\":[{\"id\":360000000101,\"value\":17},{\"id\":360000000102,\"value\":\"routed\"}],"
        + "\"additional_tags\":[\"shiftlead_routed\"],\"remove_tags\":[\"" + before.tags().get(0) + "\"],"
        + "\"priority\":\"high\",\"status\":\"pending\",\"group_id\":" + group + ",\"assignee_id\":" + agent + ","
        + "\"comment\":{\"body\":\"Routed to Technical by Shiftlead (rule R-7)\",\"public\":false}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = SandboxClient.json(response);
    assertThat(body.get("ticket").get("priority").asText()).isEqualTo("high");
    assertThat(body.get("audit").get("events")).isNotEmpty();
    TicketView after = sandbox.ticket(id);
    assertThat(after.customField(CustomField.FIRST_REPLY_MINUTES_ID)).isEqualTo(17L);
    assertThat(after.customField(CustomField.SHIFTLEAD_STATUS_ID)).isEqualTo("routed");
    assertThat(after.tags()).contains("shiftlead_routed").doesNotContain(before.tags().get(0));
    assertThat(after.status()).isEqualTo("pending");
    assertThat(after.groupId()).isEqualTo(group);
    assertThat(after.assigneeId()).isEqualTo(agent);
    assertThat(after.updatedAt()).isAfter(before.updatedAt());
    Comment note = last(sandbox.comments(id));
    assertThat(note.isPublic()).isFalse();
    assertThat(note.authorId()).isEqualTo(sandbox.dataset().apiUser().id());
    assertThat(sandbox.updatesApplied()).isEqualTo(1);

    JsonNode next = client.getJson("/api/v2/incremental/tickets/cursor.json?cursor=" + cursor);
    assertThat(next.get("tickets")).hasSize(1);
    assertThat(next.get("tickets").get(0).get("id").asLong()).isEqualTo(id);
    assertThat(next.get("tickets").get(0).get("generated_timestamp").asLong())
        .isEqualTo(after.generatedTimestamp());
  }

  @Test
  void tagsReplaceAllTagsAndHtmlNotesKeepTheirHtml() {
    long id = updatableTicket();
    client.put("/api/v2/tickets/" + id, "{\"ticket\":{\"tags\":[\"a\",\"b\"],"
        + "\"comment\":{\"html_body\":\"<p>QA <b>87</b>/100</p>\",\"public\":false}}}");

    assertThat(sandbox.ticket(id).tags()).containsExactly("a", "b");
    Comment note = last(sandbox.comments(id));
    assertThat(note.body()).isEqualTo("QA 87/100");
    assertThat(note.htmlBody()).isEqualTo("<p>QA <b>87</b>/100</p>");
  }

  @Test
  void invalidValuesAre422BrokenJsonIs400UnknownTicketIs404() {
    long id = updatableTicket();

    HttpResponse<String> badPriority = client.put("/api/v2/tickets/" + id, "{\"ticket\":{\"priority\":\"asap\"}}");
    assertThat(badPriority.statusCode()).isEqualTo(422);
    assertThat(SandboxClient.json(badPriority).get("error").asText()).isEqualTo("RecordInvalid");
    assertThat(SandboxClient.json(badPriority).get("details").has("priority")).isTrue();
    assertThat(client.put("/api/v2/tickets/" + id, "{\"ticket\":{\"status\":\"done\"}}").statusCode()).isEqualTo(422);
    assertThat(client.put("/api/v2/tickets/" + id,
        "{\"ticket\":{\"custom_fields\":[{\"id\":360000000103,\"value\":\"nope\"}]}}").statusCode()).isEqualTo(422);
    HttpResponse<String> broken = client.put("/api/v2/tickets/" + id, "{ticket:");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(SandboxClient.json(broken).get("error").asText()).isEqualTo("InvalidJSON");
    assertThat(client.put("/api/v2/tickets/987654", "{\"ticket\":{\"priority\":\"low\"}}").statusCode()).isEqualTo(404);
    assertThat(sandbox.updatesApplied()).isZero();
  }

  @Test
  void closedTicketsAcceptUpdatesByDefaultAndRefuseThemWhenReadOnlyLikeZendesk() {
    long closed = closedTicket(sandbox);
    assertThat(client.put("/api/v2/tickets/" + closed, "{\"ticket\":{\"priority\":\"low\"}}").statusCode())
        .isEqualTo(200);

    try (SandboxHelpdesk strict = SandboxHelpdesk.start(
        SandboxOptions.defaults().withTicketCount(120).withClosedTicketsReadOnly(true))) {
      HttpResponse<String> refused = new SandboxClient(strict)
          .put("/api/v2/tickets/" + closedTicket(strict), "{\"ticket\":{\"priority\":\"low\"}}");
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.body()).contains("closed prevents ticket update");
    }
  }

  private static long closedTicket(SandboxHelpdesk helpdesk) {
    return helpdesk.ticketIds().stream()
        .filter(id -> "closed".equals(helpdesk.ticket(id).status())).findFirst().orElseThrow();
  }

  @Test
  void thirtyOneUpdatesToOneTicketInTenMinutesGetA429UntilTheWindowMoves() {
    long id = updatableTicket();
    for (int i = 0; i < 30; i++) {
      assertThat(client.put("/api/v2/tickets/" + id, "{\"ticket\":{\"additional_tags\":[\"t" + i + "\"]}}")
          .statusCode()).isEqualTo(200);
    }

    HttpResponse<String> limited = client.put("/api/v2/tickets/" + id, "{\"ticket\":{\"priority\":\"low\"}}");
    assertThat(limited.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 600L);
    assertThat(client.put("/api/v2/tickets/" + updatableTicketOtherThan(id), "{\"ticket\":{\"priority\":\"low\"}}")
        .statusCode()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(retryAfter));
    assertThat(client.put("/api/v2/tickets/" + id, "{\"ticket\":{\"priority\":\"low\"}}").statusCode()).isEqualTo(200);
  }

  @Test
  void updateManyQueuesAJobWhoseStatusReportsEachTicket() {
    long first = updatableTicket();
    long second = updatableTicketOtherThan(first);

    JsonNode queued = SandboxClient.json(client.put("/api/v2/tickets/update_many.json",
        "{\"tickets\":[{\"id\":" + first + ",\"additional_tags\":[\"bulk\"]},"
            + "{\"id\":" + second + ",\"priority\":\"urgent\"},{\"id\":424242,\"priority\":\"low\"}]}"))
        .get("job_status");
    assertThat(queued.get("status").asText()).isEqualTo("queued");
    assertThat(queued.get("total").asInt()).isEqualTo(3);
    assertThat(queued.get("id").isTextual()).isTrue();

    JsonNode done = client.getJson("/api/v2/job_statuses/" + queued.get("id").asText() + ".json").get("job_status");
    assertThat(done.get("status").asText()).isEqualTo("completed");
    assertThat(done.get("progress").asInt()).isEqualTo(3);
    JsonNode results = done.get("results");
    assertThat(results.get(0).get("success").asBoolean()).isTrue();
    assertThat(results.get(0).get("status").asText()).isEqualTo("Updated");
    assertThat(results.get(1).get("index").asInt()).isEqualTo(1);
    assertThat(results.get(2).get("success").asBoolean()).isFalse();
    assertThat(results.get(2).get("error").asText()).isEqualTo("TicketNotFound");
    assertThat(sandbox.ticket(first).tags()).contains("bulk");
    assertThat(sandbox.ticket(second).priority()).isEqualTo("urgent");
  }

  @Test
  void updateManyRejectsMoreThanOneHundredTickets() {
    String tickets = java.util.stream.IntStream.range(0, 101)
        .mapToObj(i -> "{\"id\":" + (1001 + i) + ",\"priority\":\"low\"}").collect(Collectors.joining(","));

    assertThat(client.put("/api/v2/tickets/update_many.json", "{\"tickets\":[" + tickets + "]}").statusCode())
        .isEqualTo(400);
  }

  private long updatableTicket() {
    return updatableTicketOtherThan(-1);
  }

  private long updatableTicketOtherThan(long other) {
    return sandbox.ticketIds().stream()
        .filter(id -> id != other)
        .filter(id -> !Set.of("closed", "deleted").contains(sandbox.ticket(id).status()))
        .filter(id -> !sandbox.ticket(id).tags().isEmpty())
        .findFirst().orElseThrow();
  }

  private static Comment last(List<Comment> comments) {
    return comments.get(comments.size() - 1);
  }
}
