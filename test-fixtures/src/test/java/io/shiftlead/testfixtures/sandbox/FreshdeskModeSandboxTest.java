package io.shiftlead.testfixtures.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.testfixtures.MutableClock;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.generator.Role;
import io.shiftlead.testfixtures.generator.Ticket;
import io.shiftlead.testfixtures.generator.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Freshdesk API v2 shapes of a FRESHDESK-mode sandbox, through plain HTTP. */
class FreshdeskModeSandboxTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
  private static final String LIST = "/api/v2/tickets?updated_since=2026-01-01T00:00:00Z"
      + "&order_by=updated_at&order_type=asc&per_page=40&page=1&include=requester,description";

  private SandboxHelpdesk sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private SandboxHelpdesk start(SandboxOptions options) {
    sandbox = SandboxHelpdesk.start(options.withVendor(Vendor.FRESHDESK).withTicketCount(100));
    return sandbox;
  }

  @Test
  void authIsTheApiKeyAsUserNameWithAnyPassword() {
    start(SandboxOptions.defaults());

    HttpResponse<String> none = send("GET", "/api/v2/tickets/1", null, null);
    HttpResponse<String> zendeskStyle = send("GET", LIST, null,
        basic(sandbox.options().email() + "/token:" + sandbox.options().apiToken()));
    HttpResponse<String> anyPassword = send("GET", LIST, null, basic(sandbox.options().apiToken() + ":whatever"));

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(json(none).path("code").asText()).isEqualTo("invalid_credentials");
    assertThat(zendeskStyle.statusCode()).isEqualTo(401);
    assertThat(anyPassword.statusCode()).isEqualTo(200);
  }

  @Test
  void theTicketListPagesInUpdatedOrderWithEmbedsAndALinkHeader() {
    start(SandboxOptions.defaults());
    List<JsonNode> all = new ArrayList<>();
    String url = LIST;
    HttpResponse<String> response = null;
    for (int page = 0; url != null && page < 10; page++) {
      response = get(url);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("X-RateLimit-Used-CurrentRequest")).hasValue("3");
      assertThat(response.headers().firstValue("X-RateLimit-Total")).isPresent();
      assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
      json(response).forEach(all::add);
      url = next(response);
    }

    long live = sandbox.dataset().tickets().stream().filter(t -> !"deleted".equals(t.status())).count();
    assertThat(all).hasSize((int) live);
    assertThat(all.stream().map(t -> t.path("id").asLong()).collect(Collectors.toSet())).hasSize((int) live);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).path("updated_at").asText())
          .isGreaterThanOrEqualTo(all.get(i - 1).path("updated_at").asText());
    }
    JsonNode first = all.get(0);
    Ticket seed = seed(first.path("id").asLong());
    User requester = sandbox.dataset().user(seed.requesterId()).orElseThrow();
    assertThat(first.path("requester").path("email").asText()).isEqualTo(requester.email());
    assertThat(first.path("description_text").asText()).isEqualTo(seed.comments().get(0).body());
    assertThat(first.path("description").asText()).startsWith("<div>");
    assertThat(first.path("custom_fields").has("cf_first_reply_minutes")).isTrue();
    assertThat(first.path("custom_fields").has("cf_shiftlead_status")).isTrue();
    assertThat(first.path("custom_fields").has("cf_product")).isTrue();
    assertThat(first.path("status").asInt()).isBetween(2, 5);
    assertThat(first.path("priority").asInt()).isBetween(1, 4);
    assertThat(next(response)).as("no Link on the last page").isNull();
  }

  @Test
  void deletedTicketsOnlyInTheDeletedFilterAndSpamIsEmpty() {
    start(SandboxOptions.defaults());
    Set<Long> deleted = sandbox.dataset().tickets().stream().filter(t -> "deleted".equals(t.status()))
        .map(Ticket::id).collect(Collectors.toSet());

    JsonNode trash = json(get("/api/v2/tickets?updated_since=2026-01-01T00:00:00Z&filter=deleted&per_page=100"));
    JsonNode spam = json(get("/api/v2/tickets?updated_since=2026-01-01T00:00:00Z&filter=spam"));

    Set<Long> listed = new HashSet<>();
    trash.forEach(t -> {
      listed.add(t.path("id").asLong());
      assertThat(t.path("deleted").asBoolean()).isTrue();
    });
    assertThat(listed).isEqualTo(deleted);
    assertThat(spam).isEmpty();
    assertThat(get("/api/v2/tickets?filter=watching").statusCode()).isEqualTo(400);
    assertThat(json(get("/api/v2/tickets?updated_since=2026-01-01&filter=deleted&per_page=100")))
        .hasSize(deleted.size());
    assertThat(get("/api/v2/tickets?updated_since=yesterday").statusCode()).isEqualTo(400);
    if (!deleted.isEmpty()) {
      HttpResponse<String> gone = get("/api/v2/tickets/" + deleted.iterator().next());
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).isEmpty();
    }
  }

  @Test
  void oneTicketItsConversationsAndTheRatings() {
    start(SandboxOptions.defaults());
    Ticket seed = sandbox.dataset().tickets().stream()
        .filter(t -> t.comments().size() >= 3 && !"deleted".equals(t.status())).findFirst().orElseThrow();

    JsonNode ticket = json(get("/api/v2/tickets/" + seed.id() + "?include=requester"));
    JsonNode conversations = json(get("/api/v2/tickets/" + seed.id() + "/conversations?per_page=100"));
    HttpResponse<String> paged = get("/api/v2/tickets/" + seed.id() + "/conversations?per_page=1&page=1");
    JsonNode ratings = json(get(
        "/api/v2/surveys/satisfaction_ratings?created_since=2026-01-01T00:00:00Z&per_page=100"));

    assertThat(ticket.path("id").asLong()).isEqualTo(seed.id());
    assertThat(ticket.path("requester").path("id").asLong()).isEqualTo(seed.requesterId());
    assertThat(ticket.path("custom_fields").path("cf_first_reply_minutes").isNull()
        ? null : ticket.path("custom_fields").path("cf_first_reply_minutes").asLong())
        .isEqualTo(seed.customFields().get(CustomField.FIRST_REPLY_MINUTES_ID));
    assertThat(conversations).hasSize(seed.comments().size() - 1);
    for (int i = 0; i < conversations.size(); i++) {
      JsonNode entry = conversations.get(i);
      assertThat(entry.path("id").asLong()).isEqualTo(seed.comments().get(i + 1).id());
      assertThat(entry.path("private").asBoolean()).isEqualTo(!seed.comments().get(i + 1).isPublic());
      assertThat(entry.path("body_text").asText()).isEqualTo(seed.comments().get(i + 1).body());
    }
    assertThat(next(paged)).contains("page=2").contains("per_page=1");
    long rated = sandbox.dataset().tickets().stream()
        .filter(t -> t.satisfactionRating() != null && !"deleted".equals(t.status())).count();
    assertThat(ratings).hasSize((int) rated);
    ratings.forEach(r -> assertThat(r.path("ratings").path("default_question").asInt()).isIn(103, -103));
    assertThat(get("/api/v2/tickets/99999999").statusCode()).isEqualTo(404);
  }

  @Test
  void anUpdateSetsCfFieldsReplacesTagsAndTakesFreshdeskNumbers() {
    start(SandboxOptions.defaults());
    Ticket seed = sandbox.dataset().tickets().stream()
        .filter(t -> Set.of("open", "new").contains(t.status())).findFirst().orElseThrow();
    User agent = sandbox.dataset().usersWithRole(Role.AGENT).get(0);
    String body = "{\"custom_fields\":{\"cf_first_reply_minutes\":17,\"cf_shiftlead_status\":\"at_risk\","
        + "\"cf_product\":\"product_pro\"},\"tags\":[\"only_this\"],\"priority\":4,\"status\":3,"
        + "\"group_id\":" + agent.groupId() + ",\"responder_id\":" + agent.id() + "}";

    HttpResponse<String> response = send("PUT", "/api/v2/tickets/" + seed.id(), body, auth());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode ticket = json(response);
    assertThat(ticket.path("priority").asInt()).isEqualTo(4);
    assertThat(ticket.path("status").asInt()).isEqualTo(3);
    assertThat(ticket.path("responder_id").asLong()).isEqualTo(agent.id());
    assertThat(ticket.path("custom_fields").path("cf_shiftlead_status").asText()).isEqualTo("at_risk");
    TicketView view = sandbox.ticket(seed.id());
    assertThat(view.tags()).containsExactly("only_this");
    assertThat(view.priority()).isEqualTo("urgent");
    assertThat(view.status()).isEqualTo("pending");
    assertThat(view.customField(CustomField.FIRST_REPLY_MINUTES_ID)).isEqualTo(17L);
    assertThat(view.customField(CustomField.PRODUCT_ID)).isEqualTo("product_pro");
    assertThat(view.assigneeId()).isEqualTo(agent.id());
  }

  @Test
  void invalidUpdatesAnswerFreshdesksValidationShape() {
    start(SandboxOptions.defaults());
    long id = sandbox.dataset().tickets().stream().filter(t -> !"deleted".equals(t.status()))
        .findFirst().orElseThrow().id();

    JsonNode priority = json(send("PUT", "/api/v2/tickets/" + id, "{\"priority\":7}", auth()));
    JsonNode field = json(send("PUT", "/api/v2/tickets/" + id, "{\"custom_fields\":{\"cf_nope\":1}}", auth()));
    JsonNode type = json(send("PUT", "/api/v2/tickets/" + id,
        "{\"custom_fields\":{\"cf_first_reply_minutes\":\"soon\"}}", auth()));
    HttpResponse<String> unknown = send("PUT", "/api/v2/tickets/99999999", "{\"priority\":1}", auth());

    assertThat(priority.path("description").asText()).isEqualTo("Validation failed");
    assertThat(priority.path("errors").get(0).path("field").asText()).isEqualTo("priority");
    assertThat(field.path("errors").get(0).path("code").asText()).isEqualTo("invalid_field");
    assertThat(type.path("errors").get(0).path("code").asText()).isEqualTo("datatype_mismatch");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void aPrivateNoteIsAppendedAsAConversationAndShowsOnTheAdminPage() {
    start(SandboxOptions.defaults());
    Ticket seed = sandbox.dataset().tickets().stream().filter(t -> !"deleted".equals(t.status()))
        .findFirst().orElseThrow();

    HttpResponse<String> created = send("POST", "/api/v2/tickets/" + seed.id() + "/notes",
        "{\"body\":\"<p>Checked by Shiftlead</p>\",\"private\":true}", auth());

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode note = json(created);
    assertThat(note.path("private").asBoolean()).isTrue();
    assertThat(note.path("user_id").asLong()).isEqualTo(sandbox.dataset().apiUser().id());
    JsonNode conversations = json(get("/api/v2/tickets/" + seed.id() + "/conversations?per_page=100"));
    assertThat(conversations.get(conversations.size() - 1).path("id").asLong()).isEqualTo(note.path("id").asLong());
    assertThat(conversations.get(conversations.size() - 1).path("body_text").asText()).contains("Checked by Shiftlead");
    JsonNode adminPage = json(send("GET", "/sandbox/tickets/" + seed.id(), null, null));
    JsonNode admin = adminPage.path("ticket");
    assertThat(admin.path("comments").get(admin.path("comments").size() - 1).path("public").asBoolean()).isFalse();
    assertThat(adminPage.path("freshdesk").path("id").asLong()).isEqualTo(seed.id());
    assertThat(adminPage.path("freshdesk").path("status").asInt()).isBetween(2, 5);
    assertThat(adminPage.path("freshdesk").path("custom_fields").has("cf_shiftlead_status")).isTrue();
    JsonNode summary = json(send("GET", "/sandbox", null, null));
    assertThat(summary.path("vendor").asText()).isEqualTo("freshdesk");
    assertThat(summary.path("last_updates").get(0).path("source").asText()).isEqualTo("freshdesk note");
  }

  @Test
  void closedTicketsRefuseUpdatesAndNotesWhenReadOnly() {
    start(SandboxOptions.defaults().withClosedTicketsReadOnly(true));
    long closed = sandbox.dataset().tickets().stream().filter(t -> "closed".equals(t.status()))
        .findFirst().orElseThrow().id();

    HttpResponse<String> put = send("PUT", "/api/v2/tickets/" + closed, "{\"priority\":4}", auth());
    HttpResponse<String> note = send("POST", "/api/v2/tickets/" + closed + "/notes", "{\"body\":\"x\"}", auth());

    assertThat(put.statusCode()).isEqualTo(400);
    assertThat(json(put).path("errors").get(0).path("field").asText()).isEqualTo("status");
    assertThat(note.statusCode()).isEqualTo(400);
    assertThat(sandbox.updatesApplied()).isZero();
  }

  @Test
  void overThePerMinuteLimitAnswers429WithRetryAfter() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    start(SandboxOptions.defaults().withRequestsPerMinute(4).withClock(clock));

    HttpResponse<String> first = get("/api/v2/tickets/1");
    HttpResponse<String> list = get(LIST); // 3 credits: the budget is used up
    HttpResponse<String> limited = get("/api/v2/tickets/1");
    clock.advance(java.time.Duration.ofSeconds(61));
    HttpResponse<String> later = get("/api/v2/tickets/1");

    assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("3");
    assertThat(list.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(json(limited).path("code").asText()).isEqualTo("rate_limit_exceeded");
    assertThat(later.statusCode()).isNotEqualTo(429);
    assertThat(sandbox.rateLimitedResponses()).isEqualTo(1);
  }

  private Ticket seed(long id) {
    return sandbox.dataset().tickets().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  private String auth() {
    return basic(sandbox.options().apiToken() + ":X");
  }

  private static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String pathOrUrl) {
    return send("GET", pathOrUrl, null, auth());
  }

  private HttpResponse<String> send(String method, String pathOrUrl, String body, String authorization) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : sandbox.baseUrl() + pathOrUrl;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String next(HttpResponse<String> response) {
    String link = response.headers().firstValue("Link").orElse(null);
    if (link == null) {
      return null;
    }
    Matcher matcher = NEXT.matcher(link);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.statusCode() + " " + response.body(), e);
    }
  }
}
