package io.shiftlead.connectors.zammad;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Zammad-specific HTTP behaviour beyond the shared contract. */
class ZammadConnectorTest {
  private static final String AUTH = "Token token=" + ZammadWireMockFixture.API_TOKEN;

  private final ZammadWireMockFixture fixture = new ZammadWireMockFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void everyRequestCarriesTheTokenHeaderAndTheSearchAsksForExpandedAscendingUpdatedAt() throws Exception {
    fixture.connector().pullTickets(Cursor.BEGINNING);

    fixture.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/tickets/search"))
        .withHeader("Authorization", equalTo(AUTH))
        .withQueryParam("query", equalTo("updated_at:>=2024-04-01T00\\:00\\:00Z"))
        .withQueryParam("sort_by", equalTo("updated_at"))
        .withQueryParam("order_by", equalTo("asc"))
        .withQueryParam("expand", equalTo("true"))
        .withQueryParam("page", equalTo("1"))
        .withQueryParam("per_page", equalTo("4")));
  }

  @Test
  void theNextPageIsAKeysetStepFromTheNewestUpdatedAtAndTheBoundaryTicketIsNotRepeated() throws Exception {
    ZammadConnector connector = fixture.connector();
    Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
    Page<Ticket> second = connector.pullTickets(first.next());

    assertThat(first.items()).extracting(Ticket::id).containsExactly("101", "102", "103", "104");
    assertThat(second.items()).extracting(Ticket::id).containsExactly("105", "106");
    assertThat(second.endOfStream()).isTrue();
  }

  @Test
  void afterTheEndTheNextPassReachesBackOneOverlapAndDropsChangesAlreadyEmitted() throws Exception {
    ZammadConnector connector = fixture.connector();
    Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
    Page<Ticket> last = connector.pullTickets(first.next());

    SearchCursor next = SearchCursor.parse(last.next().value());
    assertThat(next.from()).isEqualTo(java.time.Instant.parse("2024-05-02T10:30:00Z").minus(ZammadConnector.OVERLAP));
    assertThat(next.alreadyEmitted(106, java.time.Instant.parse("2024-05-02T10:30:00Z"))).isTrue();
    assertThat(next.alreadyEmitted(106, java.time.Instant.parse("2024-05-02T10:31:00Z"))).isFalse();
    Page<Ticket> again = connector.pullTickets(last.next());
    assertThat(again.items()).isEmpty();
    assertThat(again.endOfStream()).isTrue();
  }

  @Test
  void aWholePageAtOneInstantStepsByPageNumberInsteadOfLooping() throws Exception {
    SearchCursor stuck = new SearchCursor(java.time.Instant.parse("2024-04-01T00:00:00Z"), 1, Map.of());
    fixture.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/v1/tickets/search"))
        .atPriority(1)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(sameInstantPage())));

    Page<Ticket> page = fixture.connector().pullTickets(new Cursor(stuck.format()));

    SearchCursor next = SearchCursor.parse(page.next().value());
    assertThat(page.endOfStream()).isFalse();
    assertThat(next.from()).isEqualTo(stuck.from());
    assertThat(next.page()).isEqualTo(2);
  }

  @Test
  void anInstanceWithNothingChangedKeepsItsStartInsteadOfDriftingBackEachPoll() throws Exception {
    fixture.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/v1/tickets/search"))
        .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("[]")));
    ZammadConnector connector = fixture.connector();

    Page<Ticket> first = connector.pullTickets(Cursor.BEGINNING);
    Page<Ticket> second = connector.pullTickets(first.next());

    assertThat(second.endOfStream()).isTrue();
    assertThat(SearchCursor.parse(second.next().value()).from())
        .isEqualTo(java.time.Instant.parse("2024-04-01T00:00:00Z"));
  }

  @Test
  void attributesPriorityGroupOwnerAndTheNoteGoInOnePutAndTagsInSeparateCallsFirst() throws Exception {
    TicketUpdate update = new TicketUpdate("101", Map.of("first_reply_minutes", 42),
        Set.of("sla-breach"), Set.of("vip"), Priority.HIGH, "Escalations", "7",
        new InternalNote("First reply overdue.", "t1:101:sla-9"), false);

    assertThat(fixture.connector().apply(update).succeeded()).isTrue();

    fixture.server().verify(putRequestedFor(urlPathEqualTo("/api/v1/tickets/101"))
        .withRequestBody(matchingJsonPath("$.shiftlead_first_reply_minutes", equalTo("42")))
        .withRequestBody(matchingJsonPath("$.priority", equalTo("3 high")))
        .withRequestBody(matchingJsonPath("$.group", equalTo("Escalations")))
        .withRequestBody(matchingJsonPath("$.owner_id", equalTo("7")))
        .withRequestBody(matchingJsonPath("$.article.type", equalTo("note")))
        .withRequestBody(matchingJsonPath("$.article.internal", equalTo("true")))
        .withRequestBody(matchingJsonPath("$.article.body",
            com.github.tomakehurst.wiremock.client.WireMock.containing("[shiftlead:t1:101:sla-9]"))));
    fixture.server().verify(postRequestedFor(urlPathEqualTo("/api/v1/tags/add"))
        .withRequestBody(matchingJsonPath("$.item", equalTo("sla-breach")))
        .withRequestBody(matchingJsonPath("$.o_id", equalTo("101"))));
    fixture.server().verify(deleteRequestedFor(urlPathEqualTo("/api/v1/tags/remove"))
        .withRequestBody(matchingJsonPath("$.item", equalTo("vip"))));
    List<LoggedRequest> writes = fixture.server().findAll(
        com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v1/(tags/.*|tickets/101)")));
    assertThat(writes).extracting(r -> r.getMethod().getName()).containsExactly("POST", "DELETE", "PUT");
  }

  @Test
  void aNumericGroupIsSentAsGroupId() throws Exception {
    fixture.connector().apply(new TicketUpdate("101", null, null, null, null, "3", null, null, false));

    fixture.server().verify(putRequestedFor(urlPathEqualTo("/api/v1/tickets/101"))
        .withRequestBody(matchingJsonPath("$.group_id", equalTo("3"))));
  }

  @Test
  void urgentNeedsTheUrgentPrioritySettingAndIsRefusedWithoutIt() throws Exception {
    TicketUpdate urgent = new TicketUpdate("101", null, null, null, Priority.URGENT, null, null, null, false);

    assertThatThrownBy(() -> fixture.connector().apply(urgent))
        .isInstanceOf(PermanentException.class).hasMessageContaining(ZammadSettings.URGENT_PRIORITY);

    fixture.with(ZammadSettings.URGENT_PRIORITY, "4 urgent").connector().apply(urgent);
    fixture.server().verify(putRequestedFor(urlPathEqualTo("/api/v1/tickets/101"))
        .withRequestBody(matchingJsonPath("$.priority", equalTo("4 urgent"))));
  }

  @Test
  void aCustomFieldKeyWithoutAttributeIsRefusedBeforeAnyCall() {
    TicketUpdate update = new TicketUpdate("101", Map.of("unknown_key", 1), null, null, null, null, null,
        null, false);

    assertThatThrownBy(() -> fixture.connector().apply(update))
        .isInstanceOf(PermanentException.class).hasMessageContaining("unknown_key");
    assertThat(fixture.server().findAll(putRequestedFor(urlPathEqualTo("/api/v1/tickets/101")))).isEmpty();
  }

  @Test
  void aRecheckThatFindsNoMarkerPostsTheNote() throws Exception {
    InternalNote note = new InternalNote("Escalated.", "t1:101:sla-3");

    var result = fixture.connector().apply(
        new TicketUpdate("101", null, null, null, null, null, null, note, true));

    assertThat(result.noteAlreadyPresent()).isFalse();
    fixture.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/ticket_articles/by_ticket/101")));
    assertThat(fixture.notesPostedTo("101")).singleElement().asString().contains(note.marker());
  }

  @Test
  void aRetryAfterLongerThanTheMaximumWaitIsNotWaitedButRaised() {
    fixture.with(ZammadSettings.MAX_RETRY_WAIT_SECONDS, "5");
    fixture.givenRateLimitedOnce();

    assertThatThrownBy(() -> fixture.connector().pullTickets(Cursor.BEGINNING))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    assertThat(fixture.waitsRequested()).isEmpty();
  }

  @Test
  void a429WithoutRetryAfterWaitsTheDefaultMinute() throws Exception {
    fixture.addScenario("rate_limited_once_without_retry_after", Map.of());

    assertThat(fixture.connector().pullTickets(Cursor.BEGINNING).items()).isNotEmpty();
    assertThat(fixture.waitsRequested()).anySatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(60)));
  }

  @Test
  void fetchTicketReadsTheExpandedTicketWithArticlesAndTags() throws Exception {
    Ticket ticket = fixture.connector().fetchTicket("101").orElseThrow();

    assertThat(ticket.comments()).hasSize(4);
    assertThat(ticket.tags()).containsExactly("billing", "vip");
    fixture.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/tickets/101"))
        .withQueryParam("expand", equalTo("true")));
  }

  @Test
  void surveysAreAnEmptyFinishedStreamAndCapabilitiesSaySo() throws Exception {
    ZammadConnector connector = fixture.connector();

    var page = connector.pullSurveys(Cursor.BEGINNING);

    assertThat(page.items()).isEmpty();
    assertThat(page.endOfStream()).isTrue();
    assertThat(connector.capabilities().surveys()).isFalse();
    assertThat(connector.capabilities().maxBatchSize()).isEqualTo(1);
    assertThat(connector.capabilities().rateLimits().requestsPerMinute()).isEqualTo(600);
  }

  private static String sameInstantPage() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < 4; i++) {
      out.append(i == 0 ? "" : ",").append("{\"id\":").append(101 + i)
          .append(",\"title\":\"t\",\"state\":\"open\",\"created_at\":\"2024-04-01T00:00:00Z\"")
          .append(",\"updated_at\":\"2024-04-01T00:00:00Z\",\"customer_id\":20}");
    }
    return out.append("]").toString();
  }
}
