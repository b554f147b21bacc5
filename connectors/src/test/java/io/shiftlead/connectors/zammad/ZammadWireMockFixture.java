package io.shiftlead.connectors.zammad;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.shiftlead.connectors.contract.FixtureFiles;
import io.shiftlead.connectors.contract.HelpdeskFixture;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.WebhookRejectedException;
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

/**
 * A fake Zammad instance: WireMock on a dynamic port over {@code test-fixtures/.../fixtures/zammad}.
 *
 * <p>{@link #connector()} hands out one connector until a setting changes, because Zammad's replay
 * defence is the delivery id the connector's verifier has already accepted: a "replayed" delivery is
 * one the same connector has seen before (Zammad signs no timestamp).
 */
public final class ZammadWireMockFixture implements HelpdeskFixture {
  public static final String API_TOKEN = "test-zammad-token-8d1e";
  public static final String WEBHOOK_SECRET = "shiftlead-fixture-zammad-secret";
  public static final Instant NOW = Instant.parse("2024-05-03T00:00:00Z");
  public static final String CUSTOM_FIELDS =
      "first_reply_minutes:shiftlead_first_reply_minutes,shiftlead_status:shiftlead_status";


  private final Path root = fixtureRoot();
  private final WireMockServer server;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> overrides = new HashMap<>();
  private String apiToken = API_TOKEN;
  private ZammadConnector current;

  public ZammadWireMockFixture() {
    server = FixtureFiles.startServer(root);
  }

  /** The fixture folder, found from the connectors module or the repository root. */
  public static Path fixtureRoot() {
    return FixtureFiles.root("zammad");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** Sets a connector setting for the next {@link #connector()} (e.g. maxRetryWaitSeconds). */
  public ZammadWireMockFixture with(String key, String value) {
    overrides.put(key, value);
    current = null;
    return this;
  }

  public ConnectorSettings settings() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ZammadSettings.BASE_URL, baseUrl());
    values.put(ZammadSettings.API_TOKEN, apiToken);
    values.put(ZammadSettings.WEBHOOK_SECRET, WEBHOOK_SECRET);
    values.put(ZammadSettings.START_TIME, "2024-04-01T00:00:00Z");
    values.put(ZammadSettings.PAGE_SIZE, "4");
    values.put(ZammadSettings.CUSTOM_FIELDS, CUSTOM_FIELDS);
    values.put(ZammadSettings.MAX_RETRIES, "3");
    values.put(ZammadSettings.CALL_TIMEOUT_SECONDS, "5");
    values.putAll(overrides);
    return new ConnectorSettings("acme", values);
  }

  @Override
  public synchronized ZammadConnector connector() {
    if (current == null) {
      current = new ZammadConnectorFactory().create(settings(), Clock.fixed(NOW, ZoneOffset.UTC),
          waits::add);
    }
    return current;
  }

  @Override
  public PagedTickets givenTicketsInTwoPages() {
    return new PagedTickets(Set.of("101", "102", "103", "104", "105", "106"), Set.of("105", "106"),
        "101", List.of(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.SYSTEM),
        null);
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

  /** The recorded keyset step from 104's updated_at (search page 2). */
  @Override
  public BackfillCase givenTicketsUpdatedSince() {
    return new BackfillCase(java.time.Instant.parse("2024-05-02T09:30:00Z"),
        Set.of("104", "105", "106"));
  }

  @Override
  public void givenMalformedPage() {
    addScenario("truncated_page1", Map.of());
  }

  @Override
  public synchronized void givenBadCredentials() {
    apiToken = "revoked-token";
    current = null;
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

  /** Internal articles sent in ticket PUTs and, should the adapter use it, POST /ticket_articles. */
  @Override
  public List<String> notesPostedTo(String ticketId) {
    List<String> notes = new ArrayList<>();
    for (LoggedRequest request : server.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*")))) {
      String method = request.getMethod().getName();
      String path = request.getUrl().split("\\?")[0];
      JsonNode article = null;
      if ("PUT".equals(method) && path.equals("/api/v1/tickets/" + ticketId)) {
        article = readTree(request.getBodyAsString()).path("article");
      } else if ("POST".equals(method) && path.equals("/api/v1/ticket_articles")) {
        JsonNode body = readTree(request.getBodyAsString());
        article = ticketId.equals(body.path("ticket_id").asText()) ? body : null;
      }
      if (article != null && article.isObject() && article.path("internal").asBoolean(false)) {
        notes.add(article.path("body").asText());
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

  /** Zammad has no surveys; the contract skips the survey test on capabilities().surveys() false. */
  @Override
  public Set<String> givenSurveyResponses() {
    return Set.of();
  }

  @Override
  public WebhookDelivery givenSignedWebhook() {
    return new WebhookDelivery(webhookHeaders(), webhookBody(), NOW, List.of("101"));
  }

  @Override
  public WebhookDelivery givenForgedWebhook() {
    WebhookDelivery signed = givenSignedWebhook();
    byte[] forged = new String(signed.body(), StandardCharsets.UTF_8)
        .replaceFirst("\"id\": 101", "\"id\": 102").getBytes(StandardCharsets.UTF_8);
    return new WebhookDelivery(signed.headers(), forged, signed.receivedAt(), List.of("102"));
  }

  /**
   * The signed delivery, already accepted once by the current connector, arriving again an hour later
   * (Zammad retries and captured copies look exactly like this).
   */
  @Override
  public WebhookDelivery givenReplayedWebhook() {
    WebhookDelivery signed = givenSignedWebhook();
    try {
      connector().webhooks().orElseThrow().verify(signed.headers(), signed.body(), signed.receivedAt());
    } catch (WebhookRejectedException e) {
      throw new IllegalStateException("the fixture's own delivery was refused: " + e.getMessage(), e);
    }
    return new WebhookDelivery(signed.headers(), signed.body(),
        signed.receivedAt().plus(Duration.ofHours(1)), signed.ticketIds());
  }

  public Map<String, String> webhookHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    readTree(read("webhooks/ticket_updated.headers.json")).fields()
        .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
    return headers;
  }

  public byte[] webhookBody() {
    return FixtureFiles.bytes(root, "webhooks/ticket_updated.json");
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
