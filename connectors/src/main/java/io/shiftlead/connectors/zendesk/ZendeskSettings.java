package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved, validated settings of one Zendesk connector instance.
 *
 * @param customFields admin field key to Zendesk ticket field id
 * @param webhookSecret empty when webhooks are not configured
 */
public record ZendeskSettings(
    String tenant,
    String baseUrl,
    String email,
    String apiToken,
    Optional<String> webhookSecret,
    int requestsPerMinute,
    int exportRequestsPerMinute,
    Instant startTime,
    int pageSize,
    Map<String, Long> customFields,
    int maxRetries,
    Duration maxRetryWait,
    Duration callTimeout,
    Duration webhookReplayWindow,
    int bulkReadMinTickets,
    int bulkReadBufferMb,
    int updateJobsInFlight) {

  public static final String BASE_URL = "baseUrl";
  public static final String EMAIL = "email";
  public static final String API_TOKEN = "apiToken";
  public static final String WEBHOOK_SECRET = "webhookSecret";
  public static final String REQUESTS_PER_MINUTE = "requestsPerMinute";
  public static final String EXPORT_REQUESTS_PER_MINUTE = "exportRequestsPerMinute";
  public static final String START_TIME = "startTime";
  public static final String PAGE_SIZE = "pageSize";
  public static final String CUSTOM_FIELDS = "customFields";
  public static final String MAX_RETRIES = "maxRetries";
  public static final String MAX_RETRY_WAIT_SECONDS = "maxRetryWaitSeconds";
  public static final String CALL_TIMEOUT_SECONDS = "callTimeoutSeconds";
  public static final String WEBHOOK_REPLAY_WINDOW_SECONDS = "webhookReplayWindowSeconds";
  public static final String BULK_READ_MIN_TICKETS = "bulkReadMinTickets";
  public static final String BULK_READ_BUFFER_MB = "bulkReadBufferMb";
  public static final String UPDATE_JOBS_IN_FLIGHT = "updateJobsInFlight";
  /** Zendesk queues at most 30 jobs per account, shared with every other app and integration. */
  static final int MAX_JOBS_IN_FLIGHT = 30;

  /** The settings as data, for the plugin's validation and masking. */
  public static final List<SettingDefinition> DEFINITIONS = List.of(
      SettingDefinition.required(BASE_URL,
          "Account URL, e.g. https://acme.zendesk.com (http://127.0.0.1:PORT for a local fake)"),
      SettingDefinition.required(EMAIL, "Email of the admin the API token belongs to"),
      SettingDefinition.secret(API_TOKEN, "Zendesk API token (Admin Center > Apps and integrations > APIs)"),
      new SettingDefinition(WEBHOOK_SECRET, false, true, null,
          "Webhook signing secret; without it webhooks are disabled"),
      SettingDefinition.optional(REQUESTS_PER_MINUTE, "700", "Account-wide request budget per minute"),
      SettingDefinition.optional(EXPORT_REQUESTS_PER_MINUTE, "10",
          "Budget of the incremental export endpoint per minute"),
      SettingDefinition.optional(START_TIME, null,
          "First sync start: ISO instant or epoch seconds; default 30 days ago"),
      SettingDefinition.optional(PAGE_SIZE, "1000", "Incremental export page size (max 1000)"),
      SettingDefinition.optional(CUSTOM_FIELDS, "",
          "Admin field key to Zendesk ticket field id, e.g. first_reply_minutes:360000000101,shiftlead_status:360000000102"),
      SettingDefinition.optional(MAX_RETRIES, "4", "Retries of rate-limited and transient failures"),
      SettingDefinition.optional(MAX_RETRY_WAIT_SECONDS, "120",
          "Longest single wait before a retry; a longer Retry-After is not waited for"),
      SettingDefinition.optional(CALL_TIMEOUT_SECONDS, "30", "Time limit of one HTTP call"),
      SettingDefinition.optional(WEBHOOK_REPLAY_WINDOW_SECONDS, "300",
          "Accepted age of a webhook signature timestamp"),
      SettingDefinition.optional(BULK_READ_MIN_TICKETS, "200",
          "Export pages with at least this many tickets read conversations in bulk from the ticket"
              + " event export (backfills); 0 reads every conversation per ticket"),
      SettingDefinition.optional(BULK_READ_BUFFER_MB, "64",
          "Heap the bulk reads may hold for tickets not exported yet (MB)"),
      SettingDefinition.optional(UPDATE_JOBS_IN_FLIGHT, "5",
          "update_many jobs of 100 tickets queued at once by write-backs (Zendesk allows 30 per"
              + " account, shared with other apps; at most 30)"));

  /**
   * Reads and validates the settings.
   *
   * @throws IllegalArgumentException naming the key when a setting is missing or invalid
   */
  public static ZendeskSettings from(ConnectorSettings settings, Clock clock) {
    String baseUrl = stripTrailingSlash(settings.require(BASE_URL));
    String lower = baseUrl.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw invalid(settings, BASE_URL, "must start with https:// (or http:// for a local fake)");
    }
    String email = settings.require(EMAIL);
    if (!email.contains("@")) {
      throw invalid(settings, EMAIL, "is not an email address");
    }
    return new ZendeskSettings(
        settings.tenant(),
        baseUrl,
        email,
        settings.require(API_TOKEN),
        settings.get(WEBHOOK_SECRET),
        positive(settings, REQUESTS_PER_MINUTE, 700),
        positive(settings, EXPORT_REQUESTS_PER_MINUTE, 10),
        startTime(settings, clock),
        Math.min(positive(settings, PAGE_SIZE, 1000), 1000),
        customFields(settings),
        nonNegative(settings, MAX_RETRIES, 4),
        Duration.ofSeconds(positive(settings, MAX_RETRY_WAIT_SECONDS, 120)),
        Duration.ofSeconds(positive(settings, CALL_TIMEOUT_SECONDS, 30)),
        Duration.ofSeconds(positive(settings, WEBHOOK_REPLAY_WINDOW_SECONDS, 300)),
        nonNegative(settings, BULK_READ_MIN_TICKETS, 200),
        positive(settings, BULK_READ_BUFFER_MB, 64),
        Math.min(positive(settings, UPDATE_JOBS_IN_FLIGHT, 5), MAX_JOBS_IN_FLIGHT));
  }

  @Override
  public String toString() {
    return "ZendeskSettings[tenant=" + tenant + ", baseUrl=" + baseUrl + ", email=" + email
        + ", apiToken=***, webhookSecret=" + (webhookSecret.isPresent() ? "***" : "<none>") + "]";
  }

  private static Instant startTime(ConnectorSettings settings, Clock clock) {
    Optional<String> raw = settings.get(START_TIME);
    if (raw.isEmpty()) {
      return clock.instant().minus(Duration.ofDays(30));
    }
    String value = raw.get().trim();
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Instant.ofEpochSecond(Long.parseLong(value))
          : Instant.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw invalid(settings, START_TIME, "must be an ISO-8601 instant or epoch seconds: " + value);
    }
  }

  private static Map<String, Long> customFields(ConnectorSettings settings) {
    Map<String, Long> fields = new LinkedHashMap<>();
    for (String pair : settings.get(CUSTOM_FIELDS).orElse("").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.trim().split(":");
      if (parts.length != 2 || parts[0].isBlank()) {
        throw invalid(settings, CUSTOM_FIELDS, "entries must look like key:fieldId, got '" + pair + "'");
      }
      try {
        fields.put(parts[0].trim(), Long.parseLong(parts[1].trim()));
      } catch (NumberFormatException e) {
        throw invalid(settings, CUSTOM_FIELDS, "field id of '" + parts[0].trim() + "' is not a number");
      }
    }
    return Map.copyOf(fields);
  }

  private static int positive(ConnectorSettings settings, String key, int defaultValue) {
    int value = integer(settings, key, defaultValue);
    if (value <= 0) {
      throw invalid(settings, key, "must be positive, got " + value);
    }
    return value;
  }

  private static int nonNegative(ConnectorSettings settings, String key, int defaultValue) {
    int value = integer(settings, key, defaultValue);
    if (value < 0) {
      throw invalid(settings, key, "must not be negative, got " + value);
    }
    return value;
  }

  private static int integer(ConnectorSettings settings, String key, int defaultValue) {
    Optional<String> raw = settings.get(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(raw.get().trim());
    } catch (NumberFormatException e) {
      throw invalid(settings, key, "must be a whole number, got '" + raw.get() + "'");
    }
  }

  private static IllegalArgumentException invalid(ConnectorSettings settings, String key, String why) {
    return new IllegalArgumentException(
        "connector '" + settings.tenant() + "': setting " + key + " " + why);
  }

  private static String stripTrailingSlash(String url) {
    String trimmed = url.trim();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
