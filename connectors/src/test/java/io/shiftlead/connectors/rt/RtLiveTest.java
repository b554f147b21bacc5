package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.support.Sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The adapter against a real RT 5 (start it with {@code test-fixtures/rt/start-rt.sh} and export the
 * variables of its {@code rt.env}). Skipped unless {@code RT_URL} and {@code RT_TOKEN} are set. Seeds
 * its own tickets through REST2 as customer1 and agent1, so it runs against any RT seeded by the script.
 */
@Timeout(120)
class RtLiveTest {
  private static String url;
  private static String rootToken;

  /** Per test (not @BeforeAll) so surefire lists each test as skipped, with the reason. */
  @BeforeEach
  void requireRealRt() {
    url = System.getenv("RT_URL");
    rootToken = System.getenv("RT_TOKEN");
    assumeTrue(url != null && !url.isBlank() && rootToken != null && !rootToken.isBlank(),
        "RtLiveTest skipped: set RT_URL and RT_TOKEN (source the rt.env written by test-fixtures/rt/start-rt.sh)");
  }

  @Test
  void aTicketSeededInRtIsPulledWithRolesAndAnUpdateWithANoteIsAppliedExactlyOnce() throws Exception {
    Instant before = Instant.now().minusSeconds(2);
    String subject = "Live test " + UUID.randomUUID();
    String id = post("/ticket", customer(), Map.of("Queue", "General", "Subject", subject,
        "Requestor", "customer1@example.com", "Content", "The live test printer is on fire.",
        "ContentType", "text/plain")).path("id").asText();
    post("/ticket/" + id + "/correspond", agent(),
        Map.of("Content", "Unplug it, please.", "ContentType", "text/plain"));

    try (RtConnector connector = connector(before)) {
      Ticket pulled = pullUntilFound(connector, id);
      assertThat(pulled.subject()).isEqualTo(subject);
      assertThat(pulled.status()).isEqualTo(TicketStatus.OPEN);
      assertThat(pulled.requester().id()).isEqualTo("customer1");
      assertThat(pulled.comments()).extracting(c -> c.author().role())
          .containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT);
      assertThat(pulled.comments().get(0).body()).isEqualTo("The live test printer is on fire.");
      assertThat(pulled.comments()).allMatch(Comment::isPublic);

      InternalNote note = new InternalNote("First reply took 17 minutes.", "live:" + id + ":" + UUID.randomUUID());
      TicketUpdate update = new TicketUpdate(id, Map.of("first_reply_minutes", "17"), null, null,
          Priority.HIGH, null, "agent1", note, false);
      UpdateResult first = connector.apply(update);
      UpdateResult again = connector.apply(update.withRecheckNote(true));

      assertThat(first.succeeded()).isTrue();
      assertThat(first.noteAlreadyPresent()).isFalse();
      assertThat(again.succeeded()).isTrue();
      assertThat(again.noteAlreadyPresent()).isTrue();
      assertThat(commentsInRtHistoryContaining(id, note.marker())).isEqualTo(1);

      Ticket updated = connector.fetchTicket(id).orElseThrow();
      assertThat(updated.fields()).containsEntry("first_reply_minutes", "17");
      assertThat(updated.priority()).isEqualTo(Priority.HIGH);
      assertThat(updated.assignee().id()).isEqualTo("agent1");
      assertThat(updated.comments()).filteredOn(c -> c.body().contains(note.marker()))
          .singleElement().satisfies(c -> assertThat(c.isPublic()).isFalse());
    }
  }

  @Test
  void aStoredCursorResumesWithoutRepeatingSettledTicketsAndSeesLaterChanges() throws Exception {
    Instant before = Instant.now().minusSeconds(2);
    String id = post("/ticket", customer(), Map.of("Queue", "General", "Subject", "Cursor " + UUID.randomUUID(),
        "Requestor", "customer1@example.com", "Content", "cursor test", "ContentType", "text/plain"))
        .path("id").asText();
    try (RtConnector connector = connector(before)) {
      Cursor cursor = Cursor.BEGINNING;
      for (Page<Ticket> page = null; page == null || !page.endOfStream(); ) {
        page = connector.pullTickets(cursor);
        cursor = page.next();
      }
      Thread.sleep(1100); // LastUpdated has one-second resolution
      post("/ticket/" + id + "/comment", agent(), Map.of("Content", "later change", "ContentType", "text/plain"));

      List<String> later = new ArrayList<>();
      for (Page<Ticket> page = null; page == null || !page.endOfStream(); ) {
        page = connector.pullTickets(cursor);
        page.items().forEach(t -> later.add(t.id()));
        cursor = page.next();
      }
      assertThat(later).contains(id);
    }
  }

  private RtConnector connector(Instant start) {
    return new RtConnectorFactory().create(new ConnectorSettings("live", Map.of(
        RtSettings.BASE_URL, url,
        RtSettings.API_TOKEN, rootToken,
        RtSettings.START_TIME, start.toString(),
        RtSettings.PAGE_SIZE, "2",
        RtSettings.CUSTOM_FIELDS, "first_reply_minutes:First Reply Minutes")),
        Clock.systemUTC(), Sleeper.REAL);
  }

  private static Ticket pullUntilFound(RtConnector connector, String id) throws Exception {
    Cursor cursor = Cursor.BEGINNING;
    Ticket found = null;
    for (int i = 0; i < 500; i++) {
      Page<Ticket> page = connector.pullTickets(cursor);
      for (Ticket ticket : page.items()) {
        if (ticket.id().equals(id)) {
          found = ticket;
        }
      }
      cursor = page.next();
      if (page.endOfStream()) {
        break;
      }
    }
    assertThat(found).as("ticket %s pulled", id).isNotNull();
    return found;
  }

  /** Counts through RT's own API, not the adapter: Comment transactions whose text holds the marker. */
  private static long commentsInRtHistoryContaining(String id, String marker) throws Exception {
    JsonNode history = get("/ticket/" + id + "/history?per_page=100&fields=Type");
    List<String> commentIds = new ArrayList<>();
    history.path("items").forEach(t -> {
      if ("Comment".equals(t.path("Type").asText())) {
        commentIds.add(t.path("id").asText());
      }
    });
    JsonNode attachments = get("/ticket/" + id + "/attachments?per_page=100&fields=TransactionId,Content");
    long count = 0;
    for (JsonNode a : attachments.path("items")) {
      if (commentIds.contains(a.path("TransactionId").asText()) && a.path("Content").asText().contains(marker)) {
        count++;
      }
    }
    return count;
  }

  private static String customer() {
    return basic(env("RT_CUSTOMER_USER", "customer1"), env("RT_CUSTOMER_PASSWORD", "customer1pass"));
  }

  private static String agent() {
    String token = System.getenv("RT_AGENT_TOKEN");
    return token != null && !token.isBlank() ? "token " + token
        : basic(env("RT_AGENT_USER", "agent1"), env("RT_AGENT_PASSWORD", "agent1pass"));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String env(String key, String defaultValue) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? defaultValue : value;
  }

  private static JsonNode post(String path, String auth, Map<String, String> body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/REST/2.0" + path))
        .header("Authorization", auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(RtWireMockFixture.toJson(body))).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
    return RtWireMockFixture.readTree(response.body());
  }

  private static JsonNode get(String pathAndQuery) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/REST/2.0" + pathAndQuery))
        .header("Authorization", "token " + rootToken).GET().build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s", pathAndQuery).isEqualTo(200);
    return RtWireMockFixture.readTree(response.body());
  }

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
}
