package io.shiftlead.connectors.jsm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.contract.FixtureFiles;
import io.shiftlead.connectors.contract.HelpdeskFixture;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.model.AuthorRole;
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

/** A fake Jira Service Management site: WireMock on a dynamic port over {@code test-fixtures/.../fixtures/jsm}. */
public final class JsmWireMockFixture implements HelpdeskFixture {
  public static final String EMAIL = "agent@example.com";
  public static final String API_TOKEN = "test-api-token-7d1e";
  public static final String WEBHOOK_SECRET = "shiftlead-fixture-webhook-secret";
  public static final Instant NOW = Instant.parse("2024-05-03T00:00:00Z");
  public static final String CUSTOM_FIELDS =
      "first_reply_minutes:customfield_10050,shiftlead_status:customfield_10051";


  private final Path root = fixtureRoot();
  private final WireMockServer server;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> overrides = new HashMap<>();
  private String apiToken = API_TOKEN;

  public JsmWireMockFixture() {
    server = FixtureFiles.startServer(root);
  }

  /** The fixture folder, found from the connectors module or the repository root. */
  public static Path fixtureRoot() {
    return FixtureFiles.root("jsm");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** Sets a connector setting for the next {@link #connector()} (e.g. maxRetryWaitSeconds). */
  public JsmWireMockFixture with(String key, String value) {
    overrides.put(key, value);
    return this;
  }

  public ConnectorSettings settings() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(JsmSettings.BASE_URL, baseUrl());
    values.put(JsmSettings.EMAIL, EMAIL);
    values.put(JsmSettings.API_TOKEN, apiToken);
    values.put(JsmSettings.PROJECT_KEY, "SD");
    values.put(JsmSettings.WEBHOOK_SECRET, WEBHOOK_SECRET);
    values.put(JsmSettings.START_TIME, "2024-04-01T00:00:00Z");
    values.put(JsmSettings.CUSTOM_FIELDS, CUSTOM_FIELDS);
    values.put(JsmSettings.MAX_RETRIES, "3");
    values.put(JsmSettings.CALL_TIMEOUT_SECONDS, "5");
    values.putAll(overrides);
    return new ConnectorSettings("acme", values);
  }

  @Override
  public JsmConnector connector() {
    return new JsmConnectorFactory().create(settings(), Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
  }

  @Override
  public PagedTickets givenTicketsInTwoPages() {
    return new PagedTickets(Set.of("SD-1", "SD-2", "SD-3", "SD-4", "SD-5"), Set.of("SD-4", "SD-5"),
        "SD-1", List.of(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.SYSTEM),
        "SD-3");
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

  /** The JQL scan from 2024-05-01 10:05 (scenarios/backfill_from.json). */
  @Override
  public BackfillCase givenTicketsUpdatedSince() {
    addScenario("backfill_from", Map.of());
    return new BackfillCase(java.time.Instant.parse("2024-05-01T10:05:00Z"),
        Set.of("SD-4", "SD-5"));
  }

  @Override
  public void givenMalformedPage() {
    addScenario("truncated_page1", Map.of());
  }

  @Override
  public void givenBadCredentials() {
    apiToken = "revoked-token";
  }

  @Override
  public String givenUnknownTicket() {
    return "SD-999";
  }

  @Override
  public String givenTicketForUpdates() {
    return "SD-1";
  }

  @Override
  public void givenNoteAlreadyPosted(String ticketId, String idempotencyKey) {
    if (!"SD-1".equals(ticketId)) {
      throw new IllegalArgumentException("fixtures hold a posted note for SD-1 only");
    }
    addScenario("note_already_posted", Map.of("__KEY__", idempotencyKey));
  }

  /** Bodies of the internal comments POSTed to the request (public: false). */
  @Override
  public List<String> notesPostedTo(String ticketId) {
    List<String> notes = new ArrayList<>();
    for (LoggedRequest request : server.findAll(
        postRequestedFor(urlPathEqualTo("/rest/servicedeskapi/request/" + ticketId + "/comment")))) {
      JsonNode body = readTree(request.getBodyAsString());
      if (!body.path("public").asBoolean(true)) {
        notes.add(body.path("body").asText());
      }
    }
    return notes;
  }

  @Override
  public BatchCase givenBatchWithOneFailure() {
    return new BatchCase(List.of("SD-1", "SD-2", "SD-5"), "SD-5");
  }

  @Override
  public List<Duration> waitsRequested() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }

  @Override
  public Set<String> givenSurveyResponses() {
    return Set.of("SD-4/csat", "SD-6/csat");
  }

  @Override
  public WebhookDelivery givenSignedWebhook() {
    Instant sentAt = Instant.ofEpochMilli(readTree(new String(webhookBody(), StandardCharsets.UTF_8))
        .path("timestamp").asLong());
    return new WebhookDelivery(webhookHeaders(), webhookBody(), sentAt.plusSeconds(3), List.of("SD-1"));
  }

  @Override
  public WebhookDelivery givenForgedWebhook() {
    WebhookDelivery signed = givenSignedWebhook();
    byte[] forged = new String(signed.body(), StandardCharsets.UTF_8)
        .replace("\"key\": \"SD-1\"", "\"key\": \"SD-2\"").getBytes(StandardCharsets.UTF_8);
    return new WebhookDelivery(signed.headers(), forged, signed.receivedAt(), List.of("SD-2"));
  }

  @Override
  public WebhookDelivery givenReplayedWebhook() {
    WebhookDelivery signed = givenSignedWebhook();
    return new WebhookDelivery(signed.headers(), signed.body(), signed.receivedAt().plus(Duration.ofHours(1)),
        signed.ticketIds());
  }

  public Map<String, String> webhookHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    readTree(read("webhooks/issue_updated.headers.json")).fields()
        .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
    return headers;
  }

  public byte[] webhookBody() {
    return FixtureFiles.bytes(root, "webhooks/issue_updated.json");
  }

  /** Adds {@code scenarios/<name>.json}; placeholders in its body file are replaced first. */
  /** Adds {@code scenarios/<name>.json}; placeholders in its body file are replaced first. */
  public void addScenario(String name, Map<String, String> replacements) {
    FixtureFiles.addScenario(server, root, name, replacements);
  }

  public String read(String relative) {
    return FixtureFiles.read(root, relative);
  }

  private static JsonNode readTree(String json) {
    return FixtureFiles.readTree(json);
  }

  @Override
  public void close() {
    server.stop();
  }
}
