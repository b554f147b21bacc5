package io.shiftlead.testfixtures.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthRateLimitAndAdminTest {

  @Test
  void requestsWithoutOrWithWrongCredentialsGet401() {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(10))) {
      SandboxClient client = new SandboxClient(sandbox);

      HttpResponse<String> anonymous = client.getWithoutAuth("/api/v2/ticket_fields.json");
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(SandboxClient.json(anonymous).get("error").asText()).isEqualTo("Couldn't authenticate you");

      SandboxClient wrong = new SandboxClient(sandbox) {
        @Override
        String authorization() {
          return "Basic " + java.util.Base64.getEncoder().encodeToString(
              (sandbox.options().email() + "/token:wrong").getBytes());
        }
      };
      assertThat(wrong.get("/api/v2/ticket_fields.json").statusCode()).isEqualTo(401);
      assertThat(client.get("/api/v2/ticket_fields.json").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void overTheAccountLimitRequestsGet429WithRetryAfterAndHeadersCountDown() {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(
        SandboxOptions.defaults().withTicketCount(10).withRequestsPerMinute(5))) {
      SandboxClient client = new SandboxClient(sandbox);
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> ok = client.get("/api/v2/ticket_fields.json");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("X-Rate-Limit")).contains("5");
        assertThat(ok.headers().firstValue("X-Rate-Limit-Remaining")).contains(String.valueOf(4 - i));
      }

      HttpResponse<String> limited = client.get("/api/v2/ticket_fields.json");

      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
      assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
      assertThat(limited.headers().firstValue("X-Rate-Limit-Remaining")).contains("0");
      assertThat(sandbox.rateLimitedResponses()).isEqualTo(1);
      assertThat(sandbox.requestsServed()).isEqualTo(6);
    }
  }

  @Test
  void injectedFaultsAnswerTheNextRequestsThenStop() {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(10))) {
      SandboxClient client = new SandboxClient(sandbox);
      sandbox.failNext(2, 503, 7);

      HttpResponse<String> first = client.get("/api/v2/ticket_fields.json");
      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(first.headers().firstValue("Retry-After")).contains("7");
      assertThat(client.get("/api/v2/ticket_fields.json").statusCode()).isEqualTo(503);
      assertThat(client.get("/api/v2/ticket_fields.json").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void adminPagesShowCountersAndTouchSimulatesACustomerReply() {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(60))) {
      SandboxClient client = new SandboxClient(sandbox);
      long id = sandbox.ticketIds().stream()
          .filter(t -> Set.of("pending", "solved").contains(sandbox.ticket(t).status()))
          .findFirst().orElseThrow();
      String cursor = client.getJson("/api/v2/incremental/tickets/cursor.json?start_time=0")
          .get("after_cursor").asText();

      HttpResponse<String> touched = client.post("/sandbox/tickets/" + id + "/touch", "{\"body\":\"Still broken!\"}");

      assertThat(touched.statusCode()).isEqualTo(200);
      assertThat(sandbox.ticket(id).status()).isEqualTo("open");
      JsonNode next = client.getJson("/api/v2/incremental/tickets/cursor.json?cursor=" + cursor);
      assertThat(next.get("tickets").get(0).get("id").asLong()).isEqualTo(id);
      JsonNode adminTicket = SandboxClient.json(client.getWithoutAuth("/sandbox/tickets/" + id)).get("ticket");
      JsonNode comments = adminTicket.get("comments");
      assertThat(comments.get(comments.size() - 1).get("body").asText()).isEqualTo("Still broken!");
      JsonNode summary = SandboxClient.json(client.getWithoutAuth("/sandbox"));
      assertThat(summary.get("requests_served").asLong()).isEqualTo(2);
      assertThat(summary.get("last_updates").get(0).get("source").asText()).isEqualTo("touch");
      assertThat(summary.get("tickets").has("open")).isTrue();
    }
  }

  @Test
  void fiveHundredTicketSandboxStartsInUnderASecond() {
    SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(50)).close(); // warm the JVM
    long started = System.nanoTime();
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(SandboxOptions.defaults())) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(sandbox.ticketIds()).hasSize(500);
      assertThat(millis).isLessThan(1000);
    }
  }
}
