package io.shiftlead.connectors.freshdesk;

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
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolved, validated settings of one Freshdesk connector instance.
 *
 * @param customFields admin field key to Freshdesk custom field name ({@code cf_...})
 * @param webhookSecret empty when webhooks are not configured
 * @param listRequestsPerMinute the plan's "Tickets List" sub-limit, the binding one for polling
 */
public record FreshdeskSettings(
    String tenant,
    String baseUrl,
    String apiKey,
    Optional<String> webhookSecret,
    int requestsPerMinute,
    int listRequestsPerMinute,
    Instant startTime,
    int pageSize,
    Map<String, String> customFields,
    Set<Integer> onHoldStatuses,
    int maxRetries,
    Duration maxRetryWait,
    Duration callTimeout,
    Duration webhookReplayWindow) {

  public static final String BASE_URL = "baseUrl";
  public static final String API_KEY = "apiKey";
  public static final String WEBHOOK_SECRET = "webhookSecret";
  public static final String REQUESTS_PER_MINUTE = "requestsPerMinute";
  public static final String LIST_REQUESTS_PER_MINUTE = "listRequestsPerMinute";
  public static final String START_TIME = "startTime";
  public static final String PAGE_SIZE = "pageSize";
  public static final String CUSTOM_FIELDS = "customFields";
  public static final String ON_HOLD_STATUSES = "onHoldStatuses";
  public static final String MAX_RETRIES = "maxRetries";
  public static final String MAX_RETRY_WAIT_SECONDS = "maxRetryWaitSeconds";
  public static final String CALL_TIMEOUT_SECONDS = "callTimeoutSeconds";
  public static final String WEBHOOK_REPLAY_WINDOW_SECONDS = "webhookReplayWindowSeconds";

  /** Freshdesk's largest {@code per_page}. */
  public static final int MAX_PAGE_SIZE = 100;

  /** The settings as data, for the plugin's validation and masking. */
  public static final List<SettingDefinition> DEFINITIONS = List.of(
      SettingDefinition.required(BASE_URL,
          "Helpdesk URL, e.g. https://acme.freshdesk.com (http://127.0.0.1:PORT for a local fake)"),
      SettingDefinition.secret(API_KEY,
          "API key of the agent Shiftlead acts as (Profile settings > View API key)"),
      new SettingDefinition(WEBHOOK_SECRET, false, true, null,
          "Shared secret the automation webhook sends in X-Shiftlead-Webhook-Token; without it"
              + " webhooks are disabled"),
      // Growth is the smallest paid plan: 200/min account-wide (Pro 400, Enterprise 700, trial 50)
      SettingDefinition.optional(REQUESTS_PER_MINUTE, "200",
          "Account-wide request budget per minute (Growth 200, Pro 400, Enterprise 700, trial 50)"),
      SettingDefinition.optional(LIST_REQUESTS_PER_MINUTE, "20",
          "Tickets List sub-limit per minute (Growth 20, Pro 100, Enterprise 200)"),
      SettingDefinition.optional(START_TIME, null,
          "First sync start: ISO instant or epoch seconds; default 30 days ago"),
      SettingDefinition.optional(PAGE_SIZE, "100", "Ticket list page size (max 100)"),
      SettingDefinition.optional(CUSTOM_FIELDS, "",
          "Admin field key to Freshdesk custom field name, e.g."
              + " first_reply_minutes:cf_first_reply_minutes,shiftlead_status:cf_shiftlead_status"),
      SettingDefinition.optional(ON_HOLD_STATUSES, "",
          "Custom status numbers (beyond 2-5) that mean on hold, e.g. 7 for Waiting on Third Party;"
              + " other custom statuses read as open"),
      SettingDefinition.optional(MAX_RETRIES, "4", "Retries of rate-limited and transient failures"),
      SettingDefinition.optional(MAX_RETRY_WAIT_SECONDS, "120",
          "Longest single wait before a retry; a longer Retry-After is not waited for"),
      SettingDefinition.optional(CALL_TIMEOUT_SECONDS, "30", "Time limit of one HTTP call"),
      SettingDefinition.optional(WEBHOOK_REPLAY_WINDOW_SECONDS, "300",
          "Accepted age of the X-Shiftlead-Webhook-Timestamp header"));

  /**
   * Reads and validates the settings.
   *
   * @throws IllegalArgumentException naming the key when a setting is missing or invalid
   */
  public static FreshdeskSettings from(ConnectorSettings settings, Clock clock) {
    String baseUrl = stripTrailingSlash(settings.require(BASE_URL));
    String lower = baseUrl.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw invalid(settings, BASE_URL, "must start with https:// (or http:// for a local fake)");
    }
    int pageSize = positive(settings, PAGE_SIZE, MAX_PAGE_SIZE);
    if (pageSize > MAX_PAGE_SIZE) {
      throw invalid(settings, PAGE_SIZE, "must be at most " + MAX_PAGE_SIZE + ", got " + pageSize);
    }
    return new FreshdeskSettings(
        settings.tenant(),
        baseUrl,
        settings.require(API_KEY),
        settings.get(WEBHOOK_SECRET),
        positive(settings, REQUESTS_PER_MINUTE, 200),
        positive(settings, LIST_REQUESTS_PER_MINUTE, 20),
        startTime(settings, clock),
        pageSize,
        customFields(settings),
        onHoldStatuses(settings),
        nonNegative(settings, MAX_RETRIES, 4),
        Duration.ofSeconds(positive(settings, MAX_RETRY_WAIT_SECONDS, 120)),
        Duration.ofSeconds(positive(settings, CALL_TIMEOUT_SECONDS, 30)),
        Duration.ofSeconds(positive(settings, WEBHOOK_REPLAY_WINDOW_SECONDS, 300)));
  }

  @Override
  public String toString() {
    return "FreshdeskSettings[tenant=" + tenant + ", baseUrl=" + baseUrl
        + ", apiKey=***, webhookSecret=" + (webhookSecret.isPresent() ? "***" : "<none>") + "]";
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

  /** {@code key:cf_name} pairs; the {@code cf_} prefix is required because Freshdesk keys custom fields by it. */
  private static Map<String, String> customFields(ConnectorSettings settings) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : settings.get(CUSTOM_FIELDS).orElse("").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.trim().split(":");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw invalid(settings, CUSTOM_FIELDS, "entries must look like key:cf_name, got '" + pair + "'");
      }
      String name = parts[1].trim();
      if (!name.startsWith("cf_")) {
        throw invalid(settings, CUSTOM_FIELDS, "field name of '" + parts[0].trim()
            + "' must be the API name starting with cf_ (GET /api/v2/ticket_fields), got '" + name + "'");
      }
      fields.put(parts[0].trim(), name);
    }
    return Map.copyOf(fields);
  }

  private static Set<Integer> onHoldStatuses(ConnectorSettings settings) {
    Set<Integer> statuses = new TreeSet<>();
    for (String value : settings.get(ON_HOLD_STATUSES).orElse("").split(",")) {
      if (value.isBlank()) {
        continue;
      }
      try {
        statuses.add(Integer.parseInt(value.trim()));
      } catch (NumberFormatException e) {
        throw invalid(settings, ON_HOLD_STATUSES, "entries must be status numbers, got '" + value + "'");
      }
    }
    return Set.copyOf(statuses);
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
