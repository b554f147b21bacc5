package io.shiftlead.connectors.freshdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.contract.FixtureFiles;
import io.shiftlead.connectors.contract.HelpdeskFixture;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.model.AuthorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** A fake Freshdesk account: WireMock on a dynamic port over {@code test-fixtures/.../fixtures/freshdesk}. */
public final class FreshdeskWireMockFixture implements HelpdeskFixture {
  public static final String API_KEY = "test-fd-api-key-9c1e";
  public static final String WEBHOOK_SECRET = "shiftlead-fixture-webhook-secret";
  public static final Instant NOW = Instant.parse("2024-05-03T00:00:00Z");
  public static final String CUSTOM_FIELDS =
      "first_reply_minutes:cf_first_reply_minutes,shiftlead_status:cf_shiftlead_status";


  private final Path root = fixtureRoot();
  private final WireMockServer server;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> overrides = new HashMap<>();
  private String apiKey = API_KEY;

  public FreshdeskWireMockFixture() {
    server = FixtureFiles.startServer(root);
  }

  /** The fixture folder, found from the connectors module or the repository root. */
  public static Path fixtureRoot() {
    return FixtureFiles.root("freshdesk");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** Sets a connector setting for the next {@link #connector()} (e.g. maxRetryWaitSeconds). */
  public FreshdeskWireMockFixture with(String key, String value) {
    overrides.put(key, value);
    return this;
  }

  public ConnectorSettings settings() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(FreshdeskSettings.BASE_URL, baseUrl());
    values.put(FreshdeskSettings.API_KEY, apiKey);
    values.put(FreshdeskSettings.WEBHOOK_SECRET, WEBHOOK_SECRET);
    values.put(FreshdeskSettings.START_TIME, "2024-04-01T00:00:00Z");
    values.put(FreshdeskSettings.PAGE_SIZE, "3");
    values.put(FreshdeskSettings.CUSTOM_FIELDS, CUSTOM_FIELDS);
    values.put(FreshdeskSettings.ON_HOLD_STATUSES, "7");
    values.put(FreshdeskSettings.LIST_REQUESTS_PER_MINUTE, "100");
    values.put(FreshdeskSettings.MAX_RETRIES, "3");
    values.put(FreshdeskSettings.CALL_TIMEOUT_SECONDS, "5");
    values.putAll(overrides);
    return new ConnectorSettings("acme", values);
  }

  @Override
  public FreshdeskConnector connector() {
    return new FreshdeskConnectorFactory().create(settings(), Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
  }

  @Override
  public PagedTickets givenTicketsInTwoPages() {
    return new PagedTickets(Set.of("101", "102", "103", "104", "105", "106", "107"),
        Set.of("104", "105", "106", "107"), "101",
        List.of(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.CUSTOMER), "106");
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

  /** The recorded window restarted at 12:00 (page 2), plus the deleted and spam passes. */
  @Override
  public BackfillCase givenTicketsUpdatedSince() {
    return new BackfillCase(Instant.parse("2024-05-01T12:00:00Z"),
        Set.of("103", "104", "105", "106", "107"));
  }

  @Override
  public void givenMalformedPage() {
    addScenario("truncated_page1", Map.of());
  }

  @Override
  public void givenBadCredentials() {
    apiKey = "revoked-api-key";
  }

  @Override
  public String givenUnknownTicket() {
    return "999999";
  }

  @Override
  public String givenTicketForUpdates() {
    return "101";
  }

  @Override
  public void givenNoteAlreadyPosted(String ticketId, String idempotencyKey) {
    if (!"101".equals(ticketId)) {
      throw new IllegalArgumentException("fixtures hold a posted note for 101 only");
    }
    addScenario("note_already_posted", Map.of("__KEY__", idempotencyKey));
  }

  @Override
  public List<String> notesPostedTo(String ticketId) {
    List<String> notes = new ArrayList<>();
    for (LoggedRequest request :
        server.findAll(postRequestedFor(urlPathEqualTo("/api/v2/tickets/" + ticketId + "/notes")))) {
      JsonNode body = readTree(request.getBodyAsString());
      if (body.path("private").asBoolean(false)) {
        notes.add(body.path("body").asText());
      }
    }
    return notes;
  }

  @Override
  public BatchCase givenBatchWithOneFailure() {
    return new BatchCase(List.of("101", "102", "106"), "106");
  }

  @Override
  public List<Duration> waitsRequested() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }

  @Override
  public Set<String> givenSurveyResponses() {
    return Set.of("9001", "9003", "9004");
  }

  @Override
  public WebhookDelivery givenSignedWebhook() {
    Map<String, String> headers = webhookHeaders();
    Instant sentAt = Instant.parse(headers.get(FreshdeskWebhookVerifier.TIMESTAMP));
    return new WebhookDelivery(headers, webhookBody(), sentAt.plusSeconds(3), List.of("101"));
  }

  /** Freshdesk signs nothing: a forgery is a delivery without the shared secret. */
  @Override
  public WebhookDelivery givenForgedWebhook() {
    WebhookDelivery genuine = givenSignedWebhook();
    Map<String, String> headers = new LinkedHashMap<>(genuine.headers());
    headers.put(FreshdeskWebhookVerifier.TOKEN, "guessed-" + WEBHOOK_SECRET);
    return new WebhookDelivery(headers, genuine.body(), genuine.receivedAt(), genuine.ticketIds());
  }

  @Override
  public WebhookDelivery givenReplayedWebhook() {
    WebhookDelivery genuine = givenSignedWebhook();
    return new WebhookDelivery(genuine.headers(), genuine.body(),
        genuine.receivedAt().plus(Duration.ofHours(1)), genuine.ticketIds());
  }

  public Map<String, String> webhookHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    readTree(read("webhooks/ticket_updated.headers.json")).fields()
        .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
    return headers;
  }

  public byte[] webhookBody() {
    return bytes("webhooks/ticket_updated.json");
  }

  public byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
