package io.shiftlead.connectors.jsm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the adapter sends and how it pages, beyond the shared contract. */
class JsmConnectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEARCH = "/rest/api/3/search/jql";

  private final JsmWireMockFixture fixture = new JsmWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void everyRequestCarriesBasicAuthOfEmailAndTokenAndTheUserAgent() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }
    String basic = "Basic " + Base64.getEncoder().encodeToString(
        (JsmWireMockFixture.EMAIL + ":" + JsmWireMockFixture.API_TOKEN).getBytes(StandardCharsets.UTF_8));

    assertThat(fixture.server().findAll(anyRequestedFor(anyUrl()))).isNotEmpty().allSatisfy(r -> {
      assertThat(r.getHeader("Authorization")).isEqualTo(basic);
      assertThat(r.getHeader("User-Agent")).isEqualTo("Shiftlead/0.1");
    });
  }

  @Test
  void aTruncatedPageIsRetriedMaxRetriesTimesThenRaisedAsTransient() {
    fixture.addScenario("truncated_page1", Map.of());

    try (JsmConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(Cursor.BEGINNING))
          .isInstanceOf(TransientException.class)
          .hasMessageContaining("unreadable JSON");
    }
    assertThat(searchBodies()).hasSize(4); // maxRetries 3 in the fixture
    assertThat(fixture.waitsRequested()).hasSize(3);
  }

  @Test
  void aRateLimitedWriteIsRetriedAfterTheAskedWait() throws Exception {
    fixture.server().stubFor(WireMock.put(urlPathEqualTo("/rest/api/3/issue/SD-1")).atPriority(1)
        .inScenario("per-issue-write").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
            .withHeader("RateLimit-Reason", "jira-per-issue-on-write"))
        .willSetStateTo("served"));

    try (JsmConnector connector = fixture.connector()) {
      UpdateResult result = connector.apply(
          new TicketUpdate("SD-1", null, null, null, Priority.LOW, null, null, null, false));
      assertThat(result.succeeded()).isTrue();
    }
    assertThat(fixture.waitsRequested()).anySatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
    fixture.server().verify(2, putRequestedFor(urlPathEqualTo("/rest/api/3/issue/SD-1")));
  }

  @Test
  void withoutAWebhookSecretTheConnectorOffersNoWebhooks() {
    fixture.with(JsmSettings.WEBHOOK_SECRET, "");
    try (JsmConnector connector = fixture.connector()) {
      assertThat(connector.capabilities().webhooks()).isFalse();
      assertThat(connector.webhooks()).isEmpty();
    }
  }

  @Test
  void theFirstSearchAsksForTheProjectChangedSinceTheStartTimeWithTheMappedFields() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }

    JsonNode body = searchBodies().get(0);
    assertThat(body.path("jql").asText())
        .isEqualTo("project = SD AND updated >= \"2024-04-01 00:00\" ORDER BY updated ASC, key ASC");
    assertThat(body.path("maxResults").asInt()).isEqualTo(50);
    assertThat(body.has("nextPageToken")).isFalse();
    assertThat(body.path("fields").toString()).contains("\"updated\"", "\"customfield_10050\"",
        "\"customfield_10051\"", "\"reporter\"");
  }

  @Test
  void jqlDatesAreWrittenInTheApiUsersProfileTimeZone() throws Exception {
    fixture.with(JsmSettings.TIME_ZONE, "Europe/Lisbon");
    try (JsmConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }

    assertThat(searchBodies().get(0).path("jql").asText()).contains("updated >= \"2024-04-01 01:00\"");
  }

  @Test
  void theNextPageFollowsJirasNextPageTokenWithTheSameJql() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
      connector.pullTickets(first.next());
    }

    List<JsonNode> bodies = searchBodies();
    assertThat(bodies.get(1).path("nextPageToken").asText()).isEqualTo("CAEaAggD");
    assertThat(bodies.get(1).path("jql")).isEqualTo(bodies.get(0).path("jql"));
  }

  @Test
  void aRescanFromTheEndCursorStartsAnOverlapBeforeTheNewestChangeAndSkipsWhatWasReturned()
      throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      Cursor cursor = Cursor.BEGINNING;
      Page<Ticket> page;
      do {
        page = connector.pullTickets(cursor);
        cursor = page.next();
      } while (!page.endOfStream());
      int searches = searchBodies().size();

      Page<Ticket> again = connector.pullTickets(cursor);
      Page<Ticket> rest = connector.pullTickets(again.next());

      // newest change is SD-5 at 10:06Z; the overlap goes back 5 minutes from its minute
      assertThat(searchBodies().get(searches).path("jql").asText())
          .contains("updated >= \"2024-05-01 10:01\"");
      assertThat(again.items()).isEmpty();
      assertThat(rest.items()).isEmpty();
      assertThat(rest.endOfStream()).isTrue();
    }
  }

  @Test
  void anIssueChangedAgainWithinTheOverlapIsReturnedAgain() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      Cursor end = pullToTheEnd(connector);
      String changed = fixture.read("__files/search/page1.json")
          .replace("2024-05-01T10:02:13.512+0000", "2024-05-01T10:07:00.000+0000");
      fixture.server().stubFor(post(urlPathEqualTo(SEARCH)).atPriority(1)
          .withRequestBody(WireMock.notContaining("nextPageToken"))
          .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(changed)));

      Page<Ticket> again = connector.pullTickets(end);

      assertThat(again.items()).extracting(Ticket::id).containsExactly("SD-1");
      assertThat(again.items().get(0).updatedAt()).isEqualTo(Instant.parse("2024-05-01T10:07:00Z"));
    }
  }

  @Test
  void anIssueWithAnUnreadableUpdatedTimeIsAPermanentErrorNotARuntimeException() {
    String broken = fixture.read("__files/search/page1.json")
        .replace("2024-05-01T10:02:13.512+0000", "yesterday at noon");
    fixture.server().stubFor(post(urlPathEqualTo(SEARCH)).atPriority(1)
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(broken)));

    try (JsmConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(Cursor.BEGINNING)).isInstanceOf(PermanentException.class);
      assertThatThrownBy(() -> connector.pullSurveys(Cursor.BEGINNING)).isInstanceOf(PermanentException.class);
    }
  }

  @Test
  void cursorsAreOpaqueAndARefusedOneIsAPermanentError() {
    try (JsmConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(new Cursor("not-a-cursor!")))
          .isInstanceOf(PermanentException.class);
    }
    ScanCursor cursor = new ScanCursor(1714557660000L, "tok", 1714557960000L, List.of("SD-1@1714557733512"));
    assertThat(cursor.toCursor().value()).doesNotContain("SD-1").matches("[A-Za-z0-9_-]+");
  }

  @Test
  void anExpiredPageTokenRestartsTheScanInsteadOfFailing() throws Exception {
    fixture.server().stubFor(post(urlPathEqualTo(SEARCH)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.nextPageToken", WireMock.equalTo("expired")))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"errorMessages\":[\"The provided next page token is invalid or expired.\"]}")));
    Cursor stale = new ScanCursor(Instant.parse("2024-04-01T00:00:00Z").toEpochMilli(), "expired", null,
        List.of()).toCursor();

    try (JsmConnector connector = fixture.connector()) {
      Page<Ticket> page = connector.pullTickets(stale);

      assertThat(page.items()).extracting(Ticket::id).containsExactly("SD-1", "SD-2", "SD-3");
    }
  }

  @Test
  void aRetryAfterLongerThanTheLongestWaitIsNotWaitedButRaisedWithItsWait() {
    fixture.with(JsmSettings.MAX_RETRY_WAIT_SECONDS, "5");
    fixture.addScenario("rate_limited_once", Map.of());

    try (JsmConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.pullTickets(Cursor.BEGINNING))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }
    assertThat(fixture.waitsRequested()).isEmpty();
  }

  @Test
  void aRateLimitWithOnlyTheResetHeaderWaitsUntilTheReset() throws Exception {
    fixture.addScenario("rate_limited_once_reset_only", Map.of());

    try (JsmConnector connector = fixture.connector()) {
      assertThat(connector.pullTickets(Cursor.BEGINNING).items()).isNotEmpty();
    }
    // X-RateLimit-Reset 2024-05-03T00:01Z, fixture clock 2024-05-03T00:00Z
    assertThat(fixture.waitsRequested()).anySatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(60)));
  }

  @Test
  void anUpdateEditsFieldsAndLabelsThenAssignsThenPostsTheInternalNote() throws Exception {
    InternalNote note = new InternalNote("Escalated: first reply overdue.", "t1:SD-1:sla-9");
    TicketUpdate update = new TicketUpdate("SD-1", Map.of("first_reply_minutes", 15),
        Set.of("escalated"), Set.of("triage"), Priority.URGENT, null, "5b10ac8d82e05b22cc7d4ef5", note, false);

    try (JsmConnector connector = fixture.connector()) {
      UpdateResult result = connector.apply(update);
      assertThat(result.succeeded()).isTrue();
    }

    fixture.server().verify(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/SD-1")).withRequestBody(equalToJson(
        "{\"fields\":{\"customfield_10050\":15,\"priority\":{\"name\":\"Highest\"}},"
            + "\"update\":{\"labels\":[{\"add\":\"escalated\"},{\"remove\":\"triage\"}]}}")));
    fixture.server().verify(putRequestedFor(urlPathEqualTo("/rest/api/3/issue/SD-1/assignee"))
        .withRequestBody(equalToJson("{\"accountId\":\"5b10ac8d82e05b22cc7d4ef5\"}")));
    fixture.server().verify(postRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request/SD-1/comment"))
        .withRequestBody(equalToJson("{\"body\":\"Escalated: first reply overdue.\\n\\n[shiftlead:t1:SD-1:sla-9]\","
            + "\"public\":false}")));
    List<String> order = fixture.server().findAll(anyRequestedFor(anyUrl())).stream()
        .map(r -> r.getMethod().getName() + " " + r.getUrl()).toList();
    assertThat(order).containsExactly("PUT /rest/api/3/issue/SD-1", "PUT /rest/api/3/issue/SD-1/assignee",
        "POST /rest/servicedeskapi/request/SD-1/comment");
  }

  @Test
  void aRecheckThatDoesNotFindTheMarkerPostsTheNoteOnce() throws Exception {
    InternalNote note = new InternalNote("Escalated.", "t1:SD-1:sla-10");

    try (JsmConnector connector = fixture.connector()) {
      UpdateResult result = connector.apply(new TicketUpdate("SD-1", null, null, null, null, null, null, note, true));
      assertThat(result.noteAlreadyPresent()).isFalse();
    }

    assertThat(fixture.notesPostedTo("SD-1")).singleElement().asString().contains(note.marker());
    fixture.server().verify(2, WireMock.getRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request/SD-1/comment")));
  }

  @Test
  void aGroupOrAnUnmappedCustomFieldIsRefusedBeforeAnythingIsSent() {
    try (JsmConnector connector = fixture.connector()) {
      assertThatThrownBy(() -> connector.apply(new TicketUpdate("SD-1", null, null, null, null, "tier-2", null, null, false)))
          .isInstanceOf(PermanentException.class).hasMessageContaining("no group");
      assertThatThrownBy(() -> connector.apply(new TicketUpdate("SD-1", Map.of("unknown", 1), null, null, null, null, null, null, false)))
          .isInstanceOf(PermanentException.class).hasMessageContaining("customFields");
      assertThatThrownBy(() -> connector.apply(new TicketUpdate("SD-1", null, Set.of("two words"), null, null, null, null, null, false)))
          .isInstanceOf(PermanentException.class).hasMessageContaining("spaces");
      assertThatThrownBy(() -> connector.apply(new TicketUpdate("../admin", null, null, null, Priority.LOW, null, null, null, false)))
          .isInstanceOf(PermanentException.class);
    }
    assertThat(fixture.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void fetchingATicketReadsTheIssueAndItsPagedConversation() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      Ticket ticket = connector.fetchTicket("SD-1").orElseThrow();

      assertThat(ticket.comments()).hasSize(4);
      assertThat(ticket.fields()).containsEntry("shiftlead_status", "escalated");
    }
  }

  @Test
  void withReadSlaEachTicketCarriesJsmsSlaMetricsAsFields() throws Exception {
    fixture.with(JsmSettings.READ_SLA, "true");
    try (JsmConnector connector = fixture.connector()) {
      Ticket ticket = connector.fetchTicket("SD-1").orElseThrow();

      assertThat(ticket.fields()).containsKeys("jsm_sla_time_to_first_response", "jsm_sla_time_to_resolution");
    }
  }

  @Test
  void withoutReadSlaNoSlaIsRequested() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      connector.pullTickets(Cursor.BEGINNING);
    }
    fixture.server().verify(0, WireMock.getRequestedFor(WireMock.urlPathMatching(".*/sla")));
  }

  @Test
  void surveysScanOnlyDoneRequestsAndSkipThoseWithoutFeedback() throws Exception {
    try (JsmConnector connector = fixture.connector()) {
      Page<?> first = connector.pullSurveys(Cursor.BEGINNING);

      assertThat(searchBodies().get(0).path("jql").asText()).contains("AND statusCategory = Done AND");
      assertThat(first.items()).hasSize(1); // SD-4 rated, SD-7 not (404)
      assertThat(first.endOfStream()).isFalse();
    }
  }

  @Test
  void feedbackAnsweredWithNoContentCountsAsNotRated() throws Exception {
    fixture.server().stubFor(WireMock.get(urlPathEqualTo("/rest/servicedeskapi/request/SD-4/feedback"))
        .atPriority(1).willReturn(aResponse().withStatus(204)));
    try (JsmConnector connector = fixture.connector()) {
      assertThat(connector.pullSurveys(Cursor.BEGINNING).items()).isEmpty();
    }
  }

  @Test
  void theAdapterOffersNoBatchAndReadsSurveys() {
    try (JsmConnector connector = fixture.connector()) {
      assertThat(connector.capabilities().maxBatchSize()).isEqualTo(1);
      assertThat(connector.capabilities().surveys()).isTrue();
      assertThat(connector.capabilities().webhooks()).isTrue();
    }
  }

  private static Cursor pullToTheEnd(JsmConnector connector) throws Exception {
    Cursor cursor = Cursor.BEGINNING;
    Page<Ticket> page;
    do {
      page = connector.pullTickets(cursor);
      cursor = page.next();
    } while (!page.endOfStream());
    return cursor;
  }

  private List<JsonNode> searchBodies() {
    return fixture.server().findAll(postRequestedFor(urlPathEqualTo(SEARCH))).stream()
        .map(r -> {
          try {
            return JSON.readTree(r.getBodyAsString());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }).toList();
  }
}
