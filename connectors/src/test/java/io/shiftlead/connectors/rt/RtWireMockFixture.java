package io.shiftlead.connectors.rt;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.contract.FixtureFiles;
import io.shiftlead.connectors.contract.HelpdeskFixture;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.model.AuthorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fake RT 5: WireMock on a dynamic port over {@code test-fixtures/.../fixtures/rt}, whose bodies
 * were recorded from a real RT 5.0.3 by {@code test-fixtures/rt/record_fixtures.py}.
 */
public final class RtWireMockFixture implements HelpdeskFixture {
  /** The token the fixture mappings require (not a real RT token). */
  public static final String API_TOKEN = "1-99-fixture-token-not-a-secret";
  /** A day after the recording: every recorded change is settled. */
  public static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
  public static final String START_TIME = "2026-11-01T00:00:00Z";
  public static final String CUSTOM_FIELDS = "first_reply_minutes:First Reply Minutes,sla_status:SLA Status";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root = fixtureRoot();
  private final WireMockServer server;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> overrides = new HashMap<>();
  private String apiToken = API_TOKEN;

  public RtWireMockFixture() {
    server = FixtureFiles.startServer(root);
  }

  /** The fixture folder, found from the connectors module or the repository root. */
  /** The fixture folder, found from the connectors module or the repository root. */
  public static Path fixtureRoot() {
    return FixtureFiles.root("rt");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** Sets a connector setting for the next {@link #connector()}. */
  public RtWireMockFixture with(String key, String value) {
    overrides.put(key, value);
    return this;
  }

  public ConnectorSettings settings() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(RtSettings.BASE_URL, baseUrl());
    values.put(RtSettings.API_TOKEN, apiToken);
    values.put(RtSettings.START_TIME, START_TIME);
    values.put(RtSettings.PAGE_SIZE, "3");
    values.put(RtSettings.CUSTOM_FIELDS, CUSTOM_FIELDS);
    values.put(RtSettings.MAX_RETRIES, "3");
    values.put(RtSettings.CALL_TIMEOUT_SECONDS, "5");
    values.putAll(overrides);
    return new ConnectorSettings("acme", values);
  }

  @Override
  public RtConnector connector() {
    return new RtConnectorFactory().create(settings(), Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
  }

  /**
   * Page 1: tickets 1 (open, four messages), 2 (resolved), 3 (stalled, HTML); page 2 repeats 3 (same
   * LastUpdated: the overlap the cursor skips) and ends with 4 (rejected) and 5 (new). Deleted
   * tickets never appear in REST2 searches, so the stream has none.
   */
  @Override
  public PagedTickets givenTicketsInTwoPages() {
    return new PagedTickets(Set.of("1", "2", "3", "4", "5"), Set.of("4", "5"), "1",
        List.of(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.CUSTOMER), null);
  }

  @Override
  public Duration givenRateLimitedOnce() {
    addScenario("rate_limited_once", Map.of());
    return Duration.ofSeconds(7);
  }

  @Override
  public void givenServerErrorOnceDuringPaging() {
    addScenario("server_error_once_page2", Map.of());
  }

  /** The recorded search from ticket 3's LastUpdated (page 2). */
  @Override
  public BackfillCase givenTicketsUpdatedSince() {
    return new BackfillCase(java.time.Instant.parse("2026-11-29T03:10:13Z"), Set.of("3", "4", "5"));
  }

  @Override
  public void givenMalformedPage() {
    addScenario("truncated_page1", Map.of());
  }

  @Override
  public void givenBadCredentials() {
    apiToken = "1-99-revoked-token";
  }

  @Override
  public String givenUnknownTicket() {
    return "999999";
  }

  @Override
  public String givenTicketForUpdates() {
    return "1";
  }

  @Override
  public void givenNoteAlreadyPosted(String ticketId, String idempotencyKey) {
    if (!"1".equals(ticketId)) {
      throw new IllegalArgumentException("fixtures hold a posted note for ticket 1 only");
    }
    addScenario("note_already_posted", Map.of("__KEY__", idempotencyKey));
  }

  @Override
  public List<String> notesPostedTo(String ticketId) {
    List<String> notes = new ArrayList<>();
    for (LoggedRequest request : server.findAll(
        postRequestedFor(urlPathEqualTo("/REST/2.0/ticket/" + ticketId + "/comment")))) {
      notes.add(readTree(request.getBodyAsString()).path("Content").asText());
    }
    return notes;
  }

  /** Tickets 1 and 2 take the note; 999999 does not exist (RT answers the comment with 400). */
  @Override
  public BatchCase givenBatchWithOneFailure() {
    return new BatchCase(List.of("1", "999999", "2"), "999999");
  }

  @Override
  public List<Duration> waitsRequested() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }

  @Override
  public Set<String> givenSurveyResponses() {
    return Set.of(); // RT has no surveys; the contract skips the test (capabilities().surveys() false)
  }

  @Override
  public WebhookDelivery givenSignedWebhook() {
    throw new UnsupportedOperationException("RT has no webhooks");
  }

  @Override
  public WebhookDelivery givenForgedWebhook() {
    throw new UnsupportedOperationException("RT has no webhooks");
  }

  @Override
  public WebhookDelivery givenReplayedWebhook() {
    throw new UnsupportedOperationException("RT has no webhooks");
  }

  /** Adds {@code scenarios/<name>.json}; placeholders in its body file are replaced first. */
  /** Adds {@code scenarios/<name>.json}; placeholders in its body file are replaced first. */
  public void addScenario(String name, Map<String, String> replacements) {
    FixtureFiles.addScenario(server, root, name, replacements);
  }

  public String read(String relative) {
    return FixtureFiles.read(root, relative);
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
