package io.shiftlead.connectors.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

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

/** A fake Zendesk account: WireMock on a dynamic port over {@code test-fixtures/.../fixtures/zendesk}. */
public final class ZendeskWireMockFixture implements HelpdeskFixture {
  public static final String EMAIL = "agent@example.com";
  public static final String API_TOKEN = "test-api-token-5f2c";
  public static final String WEBHOOK_SECRET = "shiftlead-fixture-webhook-secret";
  public static final Instant NOW = Instant.parse("2024-05-03T00:00:00Z");
  public static final String CUSTOM_FIELDS =
      "first_reply_minutes:360000000101,shiftlead_status:360000000102";


  private final Path root = fixtureRoot();
  private final WireMockServer server;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> overrides = new HashMap<>();
  private String apiToken = API_TOKEN;

  public ZendeskWireMockFixture() {
    server = FixtureFiles.startServer(root);
  }

  /** The fixture folder, found from the connectors module or the repository root. */
  public static Path fixtureRoot() {
    return FixtureFiles.root("zendesk");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** Sets a connector setting for the next {@link #connector()} (e.g. maxRetryWaitSeconds). */
  public ZendeskWireMockFixture with(String key, String value) {
    overrides.put(key, value);
    return this;
  }

  public ConnectorSettings settings() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ZendeskSettings.BASE_URL, baseUrl());
    values.put(ZendeskSettings.EMAIL, EMAIL);
    values.put(ZendeskSettings.API_TOKEN, apiToken);
    values.put(ZendeskSettings.WEBHOOK_SECRET, WEBHOOK_SECRET);
    values.put(ZendeskSettings.START_TIME, "2024-04-01T00:00:00Z");
    values.put(ZendeskSettings.CUSTOM_FIELDS, CUSTOM_FIELDS);
    values.put(ZendeskSettings.EXPORT_REQUESTS_PER_MINUTE, "100");
    values.put(ZendeskSettings.MAX_RETRIES, "3");
    values.put(ZendeskSettings.CALL_TIMEOUT_SECONDS, "5");
    values.putAll(overrides);
    return new ConnectorSettings("acme", values);
  }

  @Override
  public ZendeskConnector connector() {
    return new ZendeskConnectorFactory().create(settings(), Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
  }

  @Override
  public PagedTickets givenTicketsInTwoPages() {
    return new PagedTickets(Set.of("35436", "35437", "35439", "35438", "35440"), Set.of("35438", "35440"),
        "35436", List.of(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.SYSTEM),
        "35439");
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

  /** The export started at 2024-05-01T21:46:40Z (scenarios/backfill_from.json). */
  @Override
  public BackfillCase givenTicketsUpdatedSince() {
    addScenario("backfill_from", Map.of());
    return new BackfillCase(java.time.Instant.parse("2024-05-01T21:46:40Z"),
        Set.of("35438", "35440"));
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
    return "999999";
  }

  @Override
  public String givenTicketForUpdates() {
    return "35436";
  }

  @Override
  public void givenNoteAlreadyPosted(String ticketId, String idempotencyKey) {
    if (!"35436".equals(ticketId)) {
      throw new IllegalArgumentException("fixtures hold a posted note for 35436 only");
    }
    addScenario("note_already_posted", Map.of("__KEY__", idempotencyKey));
  }

  @Override
  public List<String> notesPostedTo(String ticketId) {
    List<String> notes = new ArrayList<>();
    for (LoggedRequest request : server.findAll(anyRequestedFor(urlPathMatching("/api/v2/tickets/.*")))) {
      if (!"PUT".equals(request.getMethod().getName())) {
        continue;
      }
      JsonNode body = readTree(request.getBodyAsString());
      List<JsonNode> tickets = new ArrayList<>();
      if (body.has("ticket") && request.getUrl().startsWith("/api/v2/tickets/" + ticketId + ".json")) {
        tickets.add(body.get("ticket"));
      }
      body.path("tickets").forEach(t -> {
        if (ticketId.equals(t.path("id").asText())) {
          tickets.add(t);
        }
      });
      for (JsonNode ticket : tickets) {
        JsonNode comment = ticket.path("comment");
        if (comment.isObject() && !comment.path("public").asBoolean(true)) {
          notes.add(comment.path("body").asText());
        }
      }
    }
    return notes;
  }

  @Override
  public BatchCase givenBatchWithOneFailure() {
    return new BatchCase(List.of("35436", "35437", "35440"), "35440");
  }

  @Override
  public List<Duration> waitsRequested() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }

  @Override
  public Set<String> givenSurveyResponses() {
    return Set.of("5001", "5003");
  }

  @Override
  public WebhookDelivery givenSignedWebhook() {
    Map<String, String> headers = webhookHeaders();
    Instant signedAt = Instant.parse(headers.get("x-zendesk-webhook-signature-timestamp"));
    return new WebhookDelivery(headers, webhookBody(), signedAt.plusSeconds(3), List.of("35436"));
  }

  @Override
  public WebhookDelivery givenForgedWebhook() {
    WebhookDelivery signed = givenSignedWebhook();
    byte[] forged = new String(signed.body(), StandardCharsets.UTF_8)
        .replace("\"id\": \"35436\"", "\"id\": \"35437\"").getBytes(StandardCharsets.UTF_8);
    return new WebhookDelivery(signed.headers(), forged, signed.receivedAt(), List.of("35437"));
  }

  @Override
  public WebhookDelivery givenReplayedWebhook() {
    WebhookDelivery signed = givenSignedWebhook();
    return new WebhookDelivery(signed.headers(), signed.body(), signed.receivedAt().plus(Duration.ofHours(1)),
        signed.ticketIds());
  }

  public Map<String, String> webhookHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    readTree(read("webhooks/ticket_comment_added.headers.json")).fields()
        .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
    return headers;
  }

  public byte[] webhookBody() {
    return FixtureFiles.bytes(root, "webhooks/ticket_comment_added.json");
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
