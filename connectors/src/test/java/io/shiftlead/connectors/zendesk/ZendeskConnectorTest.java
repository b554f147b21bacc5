package io.shiftlead.connectors.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Zendesk-specific HTTP behaviour beyond the shared contract. */
class ZendeskConnectorTest {
  private final ZendeskWireMockFixture fixture = new ZendeskWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void everyRequestCarriesBasicTokenAuthAndTheUserAgent() throws Exception {
    try (ZendeskConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        "agent@example.com/token:test-api-token-5f2c".getBytes(StandardCharsets.UTF_8));
    fixture.server().verify(getRequestedFor(urlPathEqualTo("/api/v2/incremental/tickets/cursor.json"))
        .withHeader("Authorization", equalTo(expected))
        .withHeader("User-Agent", equalTo("Shiftlead/0.1"))
        .withQueryParam("per_page", equalTo("1000"))
        .withQueryParam("include", equalTo("users,comment_count"))
        .withQueryParam("start_time", equalTo("1711929600")));
  }

  @Test
  void theFirstPageKeepsTheLatestCopyOfARepeatedTicketAndPointsAtTheAfterCursor() throws Exception {
    try (ZendeskConnector connector = fixture.connector()) {
      Page<Ticket> page = connector.pullTickets(Cursor.BEGINNING);

      assertThat(page.items()).extracting(Ticket::id).containsExactly("35436", "35437", "35439");
      assertThat(page.items().get(0).status().wireName()).isEqualTo("pending");
      assertThat(page.next().value()).isEqualTo("MTU3NjYxMzUzOS4wfHw0Njd8");
      assertThat(page.endOfStream()).isFalse();
      assertThat(connector.rateLimitRemaining()).isEqualTo(699);
    }
  }

  @Test
  void aRateLimitWithoutRetryAfterWaitsTheDefaultSixtySeconds() throws Exception {
    fixture.addScenario("rate_limited_once_without_retry_after", Map.of());
    try (ZendeskConnector connector = fixture.connector()) {
      assertThat(connector.pullTickets(Cursor.BEGINNING).items()).isNotEmpty();
    }
    assertThat(fixture.waitsRequested()).first().isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aRetryAfterLongerThanTheCapIsNotWaitedForButRaised() {
    fixture.with(ZendeskSettings.MAX_RETRY_WAIT_SECONDS, "5");
    fixture.addScenario("rate_limited_once", Map.of());
    try (ZendeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(Cursor.BEGINNING))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }
    assertThat(fixture.waitsRequested()).isEmpty();
  }

  @Test
  void aTruncatedPageIsRetriedMaxRetriesTimesThenRaisedAsTransient() {
    fixture.addScenario("truncated_page1", Map.of());
    try (ZendeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(Cursor.BEGINNING)).isInstanceOf(TransientException.class);
    }
    assertThat(fixture.server().findAll(getRequestedFor(urlPathEqualTo("/api/v2/incremental/tickets/cursor.json"))))
        .hasSize(4);
    assertThat(fixture.waitsRequested()).hasSize(3)
        .allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(120)));
  }

  @Test
  void fetchTicketReadsTheTicketAndItsWholeConversation() throws Exception {
    try (ZendeskConnector connector = fixture.connector()) {
      Ticket ticket = connector.fetchTicket("35436").orElseThrow();

      assertThat(ticket.comments()).hasSize(4);
      assertThat(ticket.requester().name()).isEqualTo("María José Núñez");
    }
  }

  @Test
  void applySendsFieldsPriorityGroupAssigneeAndTheNoteInOnePut() throws Exception {
    TicketUpdate update = new TicketUpdate("35436", Map.of("shiftlead_status", "escalated"), null, null,
        Priority.URGENT, "360000222", "381000001",
        new io.shiftlead.connectors.spi.model.InternalNote("Escalated.", "acme:35436:rule-7"), false);
    try (ZendeskConnector connector = fixture.connector()) {
      assertThat(connector.apply(update).succeeded()).isTrue();
    }
    fixture.server().verify(1, putRequestedFor(urlPathEqualTo("/api/v2/tickets/35436.json"))
        .withRequestBody(matchingJsonPath("$.ticket.custom_fields[0].id", equalTo("360000000102")))
        .withRequestBody(matchingJsonPath("$.ticket.custom_fields[0].value", equalTo("escalated")))
        .withRequestBody(matchingJsonPath("$.ticket.priority", equalTo("urgent")))
        .withRequestBody(matchingJsonPath("$.ticket.group_id", equalTo("360000222")))
        .withRequestBody(matchingJsonPath("$.ticket.assignee_id", equalTo("381000001")))
        .withRequestBody(matchingJsonPath("$.ticket.comment.public", equalTo("false")))
        .withRequestBody(matchingJsonPath("$.ticket.comment.body",
            equalTo("Escalated.\n\n[shiftlead:acme:35436:rule-7]"))));
  }

  @Test
  void tagChangesOnOneTicketAreASafeUpdateOfTheMergedTagList() throws Exception {
    TicketUpdate update = new TicketUpdate("35436", null, Set.of("sla_breached"), Set.of("vip"), null,
        null, null, null, false);
    try (ZendeskConnector connector = fixture.connector()) {
      connector.apply(update);
    }
    List<LoggedRequest> puts = fixture.server().findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/35436.json")));
    assertThat(puts).singleElement().satisfies(put -> assertThat(put.getBodyAsString())
        .contains("\"tags\":[\"billing\",\"escalated\",\"sla_breached\"]")
        .contains("\"safe_update\":true")
        .contains("\"updated_stamp\":\"2024-05-01T10:00:00Z\""));
  }

  @Test
  void aSafeUpdateConflictReadsTheTicketAgainAndRetries() throws Exception {
    fixture.server().stubFor(put(urlPathEqualTo("/api/v2/tickets/35436.json")).atPriority(1)
        .inScenario("conflict").whenScenarioStateIs("Started").willSetStateTo("retried")
        .willReturn(aResponse().withStatus(409).withBody("{\"error\":\"UpdateConflict\"}")));
    TicketUpdate update = new TicketUpdate("35436", null, Set.of("sla_breached"), null, null, null, null,
        null, false);
    try (ZendeskConnector connector = fixture.connector()) {
      assertThat(connector.apply(update).succeeded()).isTrue();
    }
    fixture.server().verify(2, getRequestedFor(urlPathEqualTo("/api/v2/tickets/35436.json")));
    fixture.server().verify(2, putRequestedFor(urlPathEqualTo("/api/v2/tickets/35436.json")));
  }

  @Test
  void anUnknownCustomFieldKeyIsAPermanentErrorNamingTheSetting() {
    TicketUpdate update = new TicketUpdate("35436", Map.of("nope", 1), null, null, null, null, null, null, false);
    try (ZendeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.apply(update))
          .isInstanceOf(io.shiftlead.connectors.spi.error.PermanentException.class)
          .hasMessageContaining("customFields");
    }
  }

  @Test
  void aBatchSendsPerTicketBodiesWithTagDeltasAndPollsTheJobUntilDone() throws Exception {
    List<TicketUpdate> updates = List.of(
        new TicketUpdate("35436", null, Set.of("a"), Set.of("b"), null, null, null, null, false),
        new TicketUpdate("35437", null, null, null, Priority.LOW, null, null, null, false),
        new TicketUpdate("35440", null, null, null, Priority.LOW, null, null, null, false));
    List<UpdateResult> results;
    try (ZendeskConnector connector = fixture.connector()) {
      results = connector.applyBatch(updates);
    }
    assertThat(results).extracting(UpdateResult::succeeded).containsExactly(true, true, false);
    assertThat(results.get(2).error()).hasMessageContaining("closed prevents ticket update");
    fixture.server().verify(putRequestedFor(urlPathEqualTo("/api/v2/tickets/update_many.json"))
        .withRequestBody(matchingJsonPath("$.tickets[0].id", equalTo("35436")))
        .withRequestBody(matchingJsonPath("$.tickets[0].additional_tags[0]", equalTo("a")))
        .withRequestBody(matchingJsonPath("$.tickets[0].remove_tags[0]", equalTo("b"))));
    fixture.server().verify(2, getRequestedFor(urlPathMatching("/api/v2/job_statuses/.*")));
    assertThat(fixture.waitsRequested()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void surveyCursorsCarryTheAfterCursorMidListingAndATimeAtTheEnd() throws Exception {
    try (ZendeskConnector connector = fixture.connector()) {
      var first = connector.pullSurveys(Cursor.BEGINNING);
      var second = connector.pullSurveys(first.next());

      assertThat(first.endOfStream()).isFalse();
      assertThat(first.next().value()).startsWith("st=1711929600;after=");
      assertThat(second.endOfStream()).isTrue();
      assertThat(second.next().value()).isEqualTo("st=" + java.time.Instant.parse("2024-05-02T08:00:00Z").getEpochSecond());
    }
  }

  @Test
  void capabilitiesReportNoWebhooksWithoutASecret() {
    fixture.with(ZendeskSettings.WEBHOOK_SECRET, "");
    try (ZendeskConnector connector = fixture.connector()) {
      assertThat(connector.capabilities().webhooks()).isFalse();
      assertThat(connector.webhooks()).isEmpty();
      assertThat(connector.capabilities().maxBatchSize()).isEqualTo(100);
    }
  }
}
