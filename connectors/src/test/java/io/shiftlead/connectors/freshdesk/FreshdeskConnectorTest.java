package io.shiftlead.connectors.freshdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.SettingDefinition;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Freshdesk-specific behaviour beyond the shared contract, over the same WireMock fixtures. */
class FreshdeskConnectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FreshdeskWireMockFixture fixture = new FreshdeskWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void anUpdateWritesFreshdeskNumbersAndCfNamesInOnePut() throws Exception {
    TicketUpdate update = new TicketUpdate("101", Map.of("first_reply_minutes", 17), null, null,
        Priority.URGENT, "7002", "6003", null, false);

    try (FreshdeskConnector connector = fixture.connector()) {
      assertThat(connector.apply(update).succeeded()).isTrue();
    }

    JsonNode body = onlyPut("101");
    assertThat(body.path("priority").asInt()).isEqualTo(4);
    assertThat(body.path("group_id").asLong()).isEqualTo(7002);
    assertThat(body.path("responder_id").asLong()).isEqualTo(6003);
    assertThat(body.path("custom_fields").path("cf_first_reply_minutes").asInt()).isEqualTo(17);
    assertThat(body.has("tags")).isFalse();
    assertThat(fixture.server().findAll(getRequestedFor(urlPathEqualTo("/api/v2/tickets/101")))).isEmpty();
  }

  @Test
  void tagChangesReadTheTicketAndWriteTheMergedSetBecausePutReplacesTags() throws Exception {
    TicketUpdate update = new TicketUpdate("101", null, Set.of("sla_breach"), Set.of("vip"), null,
        null, null, null, false);

    try (FreshdeskConnector connector = fixture.connector()) {
      connector.apply(update);
    }

    assertThat(fixture.server().findAll(getRequestedFor(urlPathEqualTo("/api/v2/tickets/101")))).hasSize(1);
    assertThat(onlyPut("101").path("tags")).extracting(JsonNode::asText)
        .containsExactly("billing", "sla_breach");
  }

  @Test
  void tagChangesThatChangeNothingSendNoPut() throws Exception {
    TicketUpdate update = new TicketUpdate("101", null, Set.of("vip"), Set.of("absent"), null,
        null, null, null, false);

    try (FreshdeskConnector connector = fixture.connector()) {
      connector.apply(update);
    }

    assertThat(fixture.server().findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/101")))).isEmpty();
  }

  @Test
  void theNoteIsPostedAsPrivateHtmlWithItsBodyEscapedAndTheMarkerLast() throws Exception {
    InternalNote note = new InternalNote("SLA <first reply> & more\nsecond line", "t1:101:sla-9");

    try (FreshdeskConnector connector = fixture.connector()) {
      connector.apply(new TicketUpdate("101", null, null, null, null, null, null, note, false));
    }

    assertThat(fixture.notesPostedTo("101")).singleElement().isEqualTo(
        "SLA &lt;first reply&gt; &amp; more<br>second line<br><br>[shiftlead:t1:101:sla-9]");
    assertThat(fixture.server().findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/101")))).isEmpty();
  }

  @Test
  void aRecheckThatDoesNotFindTheMarkerReadsTheConversationAndPostsTheNote() throws Exception {
    InternalNote note = new InternalNote("Escalated", "t1:101:sla-3");

    UpdateResult result;
    try (FreshdeskConnector connector = fixture.connector()) {
      result = connector.apply(new TicketUpdate("101", null, null, null, null, null, null, note, true));
    }

    assertThat(result.noteAlreadyPresent()).isFalse();
    assertThat(fixture.server().findAll(
        getRequestedFor(urlPathEqualTo("/api/v2/tickets/101/conversations")))).hasSize(2);
    assertThat(fixture.notesPostedTo("101")).hasSize(1);
  }

  @Test
  void aNoteWhoseOutcomeIsUnknownIsNotPostedAgainBlindlyButRaisedAsTransient() {
    fixture.server().stubFor(post(urlPathEqualTo("/api/v2/tickets/101/notes")).atPriority(1)
        .willReturn(aResponse().withStatus(504).withBody("gateway timeout")));
    InternalNote note = new InternalNote("Escalated", "t1:101:sla-4");

    try (FreshdeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.apply(
          new TicketUpdate("101", null, null, null, Priority.HIGH, null, null, note, false)))
          .isInstanceOf(TransientException.class);
    }

    assertThat(fixture.notesPostedTo("101")).hasSize(1);
    assertThat(fixture.waitsRequested()).isEmpty();
  }

  @Test
  void aRateLimitedNoteWasNotAppliedAndIsRetriedAfterTheWait() throws Exception {
    fixture.server().stubFor(post(urlPathEqualTo("/api/v2/tickets/101/notes")).atPriority(1)
        .inScenario("note-429").whenScenarioStateIs(STARTED).willSetStateTo("served")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
    InternalNote note = new InternalNote("Escalated", "t1:101:sla-5");

    try (FreshdeskConnector connector = fixture.connector()) {
      assertThat(connector.apply(new TicketUpdate("101", null, null, null, null, null, null, note,
          false)).succeeded()).isTrue();
    }

    assertThat(fixture.notesPostedTo("101")).hasSize(2);
    assertThat(fixture.waitsRequested()).singleElement()
        .satisfies(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
  }

  @Test
  void anUnmappedCustomFieldKeyIsRefusedBeforeAnythingIsSent() {
    TicketUpdate update = new TicketUpdate("101", Map.of("unknown_key", 1), null, null, null, null,
        null, null, false);

    try (FreshdeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.apply(update)).isInstanceOf(PermanentException.class)
          .hasMessageContaining("unknown_key").hasMessageContaining("customFields");
    }
    assertThat(fixture.server().findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/101")))).isEmpty();
  }

  @Test
  void aNonNumericTicketIdIsPermanent() {
    try (FreshdeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.fetchTicket("abc")).isInstanceOf(PermanentException.class);
    }
  }

  @Test
  void theListQueryAsksForTheOldestChangeFirstWithRequesterAndDescriptionAndOneSecondOverlap()
      throws Exception {
    try (FreshdeskConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }

    LoggedRequest first = fixture.server().findAll(getRequestedFor(urlPathEqualTo("/api/v2/tickets"))).get(0);
    assertThat(first.queryParameter("updated_since").firstValue()).isEqualTo("2024-03-31T23:59:59Z");
    assertThat(first.queryParameter("order_by").firstValue()).isEqualTo("updated_at");
    assertThat(first.queryParameter("order_type").firstValue()).isEqualTo("asc");
    assertThat(first.queryParameter("per_page").firstValue()).isEqualTo("3");
    assertThat(first.queryParameter("page").firstValue()).isEqualTo("1");
    assertThat(first.queryParameter("include").firstValue()).isEqualTo("requester,description");
  }

  @Test
  void theOverlappingTicketOfTheRestartedWindowIsNotReturnedTwice() throws Exception {
    try (FreshdeskConnector connector = fixture.connector()) {
      Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
      Page<Ticket> second = connector.pullTickets(first.next());

      assertThat(first.items()).extracting(Ticket::id).containsExactly("101", "102", "103");
      assertThat(second.items()).extracting(Ticket::id).containsExactly("104", "105", "106", "107");
    }
  }

  @Test
  void aPollAfterTheEndRestartsEachPassAtItsNewestChange() throws Exception {
    try (FreshdeskConnector connector = fixture.connector()) {
      Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
      Page<Ticket> end = connector.pullTickets(first.next());
      fixture.server().resetRequests();

      Page<Ticket> again = connector.pullTickets(end.next());

      assertThat(again.items()).isEmpty();
      assertThat(again.endOfStream()).isTrue();
    }
    List<String> windows = fixture.server().findAll(getRequestedFor(urlPathEqualTo("/api/v2/tickets")))
        .stream().map(r -> r.queryParameter("updated_since").firstValue()
            + (r.queryParameter("filter").isPresent() ? " " + r.queryParameter("filter").firstValue() : ""))
        .collect(Collectors.toList());
    assertThat(windows).containsExactly("2024-05-01T13:59:59Z", "2024-05-01T12:29:59Z deleted",
        "2024-05-01T12:44:59Z spam");
  }

  @Test
  void aPageSharingOneInstantFollowsTheNextLinksPageNumber() throws Exception {
    String sameInstant = "2024-05-01T09:59:59Z";
    String body = fixture.read("__files/tickets/list_page1.json")
        .replace("2024-05-01T11:00:00Z", "2024-05-01T10:00:00Z")
        .replace("2024-05-01T12:00:00Z", "2024-05-01T10:00:00Z");
    fixture.server().stubFor(get(urlPathEqualTo("/api/v2/tickets")).atPriority(1)
        .withQueryParam("updated_since", equalTo(sameInstant)).withQueryParam("page", equalTo("1"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withHeader("Link", "<https://acme.freshdesk.com/api/v2/tickets?page=2>; rel=\"next\"")
            .withBody(body)));
    fixture.server().stubFor(get(urlPathEqualTo("/api/v2/tickets")).atPriority(1)
        .withQueryParam("updated_since", equalTo(sameInstant)).withQueryParam("page", equalTo("2"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(fixture.read("__files/tickets/list_page1.json")
                .replace("\"id\": 101", "\"id\": 111").replace("\"id\": 102", "\"id\": 112")
                .replace("\"id\": 103", "\"id\": 113"))));
    TicketCursor stuck = TicketCursor.start(java.time.Instant.parse("2024-05-01T10:00:00Z"));

    try (FreshdeskConnector connector = fixture.with(FreshdeskSettings.START_TIME, "2024-05-01T10:00:00Z")
        .connector()) {
      Page<Ticket> first = connector.pullTickets(new Cursor(stuck.format()));
      assertThat(first.endOfStream()).isFalse();
      assertThat(TicketCursor.parse(first.next().value()).position().page()).isEqualTo(2);

      Page<Ticket> second = connector.pullTickets(first.next());
      assertThat(second.items()).extracting(Ticket::id).startsWith("111");
    }
  }

  @Test
  void theRateLimitHeadersAreCaptured() throws Exception {
    try (FreshdeskConnector connector = fixture.connector()) {
      assertThat(connector.rateLimitRemaining()).isEqualTo(-1);
      connector.fetchTicket("101");
      assertThat(connector.rateLimitRemaining()).isEqualTo(198);
    }
  }

  @Test
  void aRetryAfterLongerThanTheMaximumWaitIsNotWaitedForButRaised() {
    fixture.with(FreshdeskSettings.MAX_RETRY_WAIT_SECONDS, "5");
    fixture.givenRateLimitedOnce();

    try (FreshdeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(Cursor.BEGINNING))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }
    assertThat(fixture.waitsRequested()).isEmpty();
  }

  @Test
  void aRateLimitWithoutRetryAfterWaitsTheDefaultMinute() throws Exception {
    fixture.addScenario("rate_limited_once_without_retry_after", Map.of());

    try (FreshdeskConnector connector = fixture.connector()) {
      assertThat(connector.pullTickets(Cursor.BEGINNING).items()).isNotEmpty();
    }
    assertThat(fixture.waitsRequested()).anySatisfy(
        wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(60)));
  }

  @Test
  void fetchingATicketReturnsItWithItsPagedConversation() throws Exception {
    try (FreshdeskConnector connector = fixture.connector()) {
      Ticket ticket = connector.fetchTicket("101").orElseThrow();

      assertThat(ticket.comments()).hasSize(4);
      assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
    }
  }

  @Test
  void surveysRestartFromTheNewestRatingOnceCaughtUp() throws Exception {
    try (FreshdeskConnector connector = fixture.connector()) {
      Page<SurveyResponse> first = connector.pullSurveys(Cursor.BEGINNING);
      Page<SurveyResponse> last = connector.pullSurveys(first.next());

      assertThat(first.endOfStream()).isFalse();
      assertThat(last.endOfStream()).isTrue();
      assertThat(SurveyCursor.parse(last.next().value()))
          .isEqualTo(new SurveyCursor(java.time.Instant.parse("2024-05-02T10:00:00Z"), 1));
    }
  }

  @Test
  void aCursorOfAnotherAdapterIsRefusedAsPermanent() {
    try (FreshdeskConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(new Cursor("MTU3NjYxMzUzOS4wfHw0Njd8")))
          .isInstanceOf(PermanentException.class);
      assertThatThrownBy(() -> connector.pullSurveys(new Cursor("st=1714557600")))
          .isInstanceOf(PermanentException.class);
    }
  }

  @Test
  void capabilitiesSayOneUpdatePerCallAndTheListLimit() {
    try (FreshdeskConnector connector = fixture.connector()) {
      assertThat(connector.capabilities().maxBatchSize()).isEqualTo(1);
      assertThat(connector.capabilities().rateLimits().requestsPerMinute()).isEqualTo(200);
      assertThat(connector.capabilities().rateLimits().exportRequestsPerMinute()).isEqualTo(100);
      assertThat(connector.capabilities().rateLimits().updatesPerTicketPerWindow()).isEqualTo(80);
      assertThat(connector.capabilities().surveys()).isTrue();
      assertThat(connector.capabilities().webhooks()).isTrue();
    }
  }

  @Test
  void withoutAWebhookSecretWebhooksAreOff() {
    try (FreshdeskConnector connector = fixture.with(FreshdeskSettings.WEBHOOK_SECRET, "").connector()) {
      assertThat(connector.capabilities().webhooks()).isFalse();
      assertThat(connector.webhooks()).isEmpty();
    }
  }

  @Test
  void theFactoryIsFoundByServiceLoaderAndMarksItsSecrets() {
    HelpdeskConnectorFactory factory = StreamSupport.stream(
            ServiceLoader.load(HelpdeskConnectorFactory.class).spliterator(), false)
        .filter(f -> f.id().equals("freshdesk")).findFirst().orElseThrow();

    assertThat(factory.settings()).filteredOn(SettingDefinition::secret)
        .extracting(SettingDefinition::key).containsExactlyInAnyOrder("apiKey", "webhookSecret");
    assertThat(factory.settings()).extracting(SettingDefinition::key).contains("baseUrl",
        "requestsPerMinute", "startTime", "pageSize", "customFields", "maxRetries",
        "maxRetryWaitSeconds", "callTimeoutSeconds", "webhookReplayWindowSeconds");
  }

  private JsonNode onlyPut(String ticketId) throws Exception {
    List<LoggedRequest> puts =
        fixture.server().findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/" + ticketId)));
    assertThat(puts).hasSize(1);
    return JSON.readTree(puts.get(0).getBodyAsString());
  }
}
