package io.shiftlead.testfixtures.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommentsAndReadsTest {

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

  @Test
  void commentsPageByCursorUntilHasMoreIsFalse() {
    long id = ticketWithComments(4);
    List<Long> paged = new ArrayList<>();
    JsonNode page = client.getJson("/api/v2/tickets/" + id + "/comments.json?page%5Bsize%5D=2&include=users");
    while (true) {
      page.get("comments").forEach(c -> paged.add(c.get("id").asLong()));
      assertThat(page.get("users")).isNotEmpty();
      if (!page.get("meta").get("has_more").asBoolean()) {
        break;
      }
      page = client.getJson(page.get("links").get("next").asText());
    }

    assertThat(paged).containsExactlyElementsOf(
        sandbox.comments(id).stream().map(c -> c.id()).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void commentsWithoutPageSizeComeOffsetStyleWithAllZendeskFields() {
    long id = ticketWithComments(2);
    JsonNode body = client.getJson("/api/v2/tickets/" + id + "/comments");

    assertThat(body.get("next_page").isNull()).isTrue();
    assertThat(body.get("comments")).hasSize(sandbox.comments(id).size());
    JsonNode comment = body.get("comments").get(0);
    assertThat(comment.fieldNames()).toIterable().contains("id", "type", "author_id", "body", "html_body",
        "plain_body", "public", "attachments", "audit_id", "via", "metadata", "created_at");
    assertThat(comment.get("type").asText()).isEqualTo("Comment");
    assertThat(comment.get("html_body").asText()).startsWith("<div class=\"zd-comment\"");
  }

  @Test
  void deletedAndUnknownTicketsAre404() {
    long deleted = sandbox.ticketIds().stream()
        .filter(id -> "deleted".equals(sandbox.ticket(id).status())).findFirst().orElseThrow();

    var response = client.get("/api/v2/tickets/" + deleted + ".json");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(SandboxClient.json(response).get("error").asText()).isEqualTo("RecordNotFound");
    assertThat(client.get("/api/v2/tickets/" + deleted + "/comments.json").statusCode()).isEqualTo(404);
    assertThat(client.get("/api/v2/tickets/999999.json").statusCode()).isEqualTo(404);
  }

  @Test
  void singleTicketComesWrapped() {
    long id = sandbox.ticketIds().get(0);
    assertThat(client.getJson("/api/v2/tickets/" + id + ".json").get("ticket").get("id").asLong()).isEqualTo(id);
  }

  @Test
  void satisfactionRatingsPageAndFilterByStartTime() {
    JsonNode all = client.getJson("/api/v2/satisfaction_ratings.json?page%5Bsize%5D=100");
    int total = all.get("satisfaction_ratings").size();
    assertThat(total).isPositive();
    JsonNode first = all.get("satisfaction_ratings").get(0);
    assertThat(first.fieldNames()).toIterable().contains("id", "url", "assignee_id", "group_id",
        "requester_id", "ticket_id", "score", "comment", "reason", "created_at", "updated_at");

    int paged = 0;
    JsonNode page = client.getJson("/api/v2/satisfaction_ratings.json?page%5Bsize%5D=3");
    while (true) {
      paged += page.get("satisfaction_ratings").size();
      if (!page.get("meta").get("has_more").asBoolean()) {
        break;
      }
      page = client.getJson(page.get("links").get("next").asText());
    }
    assertThat(paged).isEqualTo(total);

    long late = Instant.parse(all.get("satisfaction_ratings").get(total - 1).get("created_at").asText())
        .getEpochSecond();
    JsonNode filtered = client.getJson("/api/v2/satisfaction_ratings.json?start_time=" + late);
    assertThat(filtered.get("satisfaction_ratings")).allSatisfy(r ->
        assertThat(Instant.parse(r.get("created_at").asText()).getEpochSecond()).isGreaterThanOrEqualTo(late));
  }

  @Test
  void ticketFieldsListTheWritableFieldsAndTheProductDropdown() {
    JsonNode fields = client.getJson("/api/v2/ticket_fields.json").get("ticket_fields");
    List<String> summary = new ArrayList<>();
    fields.forEach(f -> summary.add(f.get("id").asLong() + ":" + f.get("type").asText() + ":" + f.get("key").asText()));

    assertThat(summary).containsExactly("360000000101:integer:first_reply_minutes",
        "360000000102:text:shiftlead_status", "360000000103:tagger:product",
        "360000000104:text:sla_next_due", "360000000105:text:sla_state",
        "360000000106:integer:qa_score", "360000000107:text:qa_result");
    assertThat(fields.get(2).get("custom_field_options")).isNotEmpty();
  }

  private static long ticketWithComments(int atLeast) {
    return sandbox.ticketIds().stream()
        .filter(id -> !"deleted".equals(sandbox.ticket(id).status()))
        .filter(id -> sandbox.comments(id).size() >= atLeast)
        .findFirst().orElseThrow();
  }
}
