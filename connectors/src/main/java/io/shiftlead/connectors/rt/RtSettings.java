package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved, validated settings of one Request Tracker connector instance.
 *
 * @param queue empty: every queue the API user can see
 * @param customFields admin field key to RT custom field name (or id)
 * @param tagsField empty: tags are not mapped (RT has no tags)
 * @param timezone the API user's time zone in RT (user preference, else RT's {@code $Timezone}):
 *     TicketSQL reads dates in it, while REST2 prints UTC
 */
public record RtSettings(
    String tenant,
    String baseUrl,
    String apiToken,
    Optional<String> queue,
    int requestsPerMinute,
    Instant startTime,
    int pageSize,
    Map<String, String> customFields,
    Optional<String> tagsField,
    ZoneId timezone,
    int maxRetries,
    Duration maxRetryWait,
    Duration callTimeout) {

  public static final String BASE_URL = "baseUrl";
  public static final String API_TOKEN = "apiToken";
  public static final String QUEUE = "queue";
  public static final String REQUESTS_PER_MINUTE = "requestsPerMinute";
  public static final String START_TIME = "startTime";
  public static final String PAGE_SIZE = "pageSize";
  public static final String CUSTOM_FIELDS = "customFields";
  public static final String TAGS_FIELD = "tagsField";
  public static final String TIMEZONE = "timezone";
  public static final String MAX_RETRIES = "maxRetries";
  public static final String MAX_RETRY_WAIT_SECONDS = "maxRetryWaitSeconds";
  public static final String CALL_TIMEOUT_SECONDS = "callTimeoutSeconds";

  /** REST2 silently caps {@code per_page} at 100. */
  static final int MAX_PAGE_SIZE = 100;

  /** The settings as data, for the plugin's validation and masking. */
  public static final List<SettingDefinition> DEFINITIONS = List.of(
      SettingDefinition.required(BASE_URL,
          "RT web URL without /REST/2.0, e.g. https://rt.example.com or http://127.0.0.1:8099"),
      SettingDefinition.secret(API_TOKEN,
          "RT auth token of the API user (Logged in as > Settings > Auth Tokens)"),
      SettingDefinition.optional(QUEUE, null, "Only tickets of this queue (name); default all visible queues"),
      SettingDefinition.optional(REQUESTS_PER_MINUTE, "300", "Request budget per minute towards RT"),
      SettingDefinition.optional(START_TIME, null,
          "First sync start: ISO instant or epoch seconds; default 30 days ago"),
      SettingDefinition.optional(PAGE_SIZE, "100", "Tickets per search page (max 100)"),
      SettingDefinition.optional(CUSTOM_FIELDS, "",
          "Admin field key to RT ticket custom field name, e.g. first_reply_minutes:First Reply Minutes"),
      SettingDefinition.optional(TAGS_FIELD, null,
          "Name of a multi-value ticket custom field that holds tags; without it tags are ignored"),
      SettingDefinition.optional(TIMEZONE, "UTC",
          "The API user's time zone in RT (TicketSQL dates are read in it)"),
      SettingDefinition.optional(MAX_RETRIES, "4", "Retries of rate-limited and transient failures"),
      SettingDefinition.optional(MAX_RETRY_WAIT_SECONDS, "120",
          "Longest single wait before a retry; a longer Retry-After is not waited for"),
      SettingDefinition.optional(CALL_TIMEOUT_SECONDS, "30", "Time limit of one HTTP call"));

  /**
   * Reads and validates the settings.
   *
   * @throws IllegalArgumentException naming the key when a setting is missing or invalid
   */
  public static RtSettings from(ConnectorSettings settings, Clock clock) {
    String baseUrl = stripTrailingSlash(settings.require(BASE_URL));
    String lower = baseUrl.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw invalid(settings, BASE_URL, "must start with https:// or http://");
    }
    if (lower.endsWith("/rest/2.0")) {
      throw invalid(settings, BASE_URL, "is the RT web URL, without /REST/2.0");
    }
    return new RtSettings(
        settings.tenant(),
        baseUrl,
        settings.require(API_TOKEN),
        settings.get(QUEUE).map(String::trim),
        positive(settings, REQUESTS_PER_MINUTE, 300),
        startTime(settings, clock),
        Math.min(positive(settings, PAGE_SIZE, MAX_PAGE_SIZE), MAX_PAGE_SIZE),
        customFields(settings),
        settings.get(TAGS_FIELD).map(String::trim),
        timezone(settings),
        nonNegative(settings, MAX_RETRIES, 4),
        Duration.ofSeconds(positive(settings, MAX_RETRY_WAIT_SECONDS, 120)),
        Duration.ofSeconds(positive(settings, CALL_TIMEOUT_SECONDS, 30)));
  }

  @Override
  public String toString() {
    return "RtSettings[tenant=" + tenant + ", baseUrl=" + baseUrl + ", apiToken=***, queue="
        + queue.orElse("<all>") + "]";
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

  private static ZoneId timezone(ConnectorSettings settings) {
    String value = settings.get(TIMEZONE).orElse("UTC").trim();
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw invalid(settings, TIMEZONE, "is not a time zone id such as UTC or Europe/Berlin: " + value);
    }
  }

  /** {@code key:Field Name} pairs; names may contain spaces but not commas or colons. */
  private static Map<String, String> customFields(ConnectorSettings settings) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : settings.get(CUSTOM_FIELDS).orElse("").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.trim().split(":");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw invalid(settings, CUSTOM_FIELDS,
            "entries must look like key:Custom Field Name, got '" + pair.trim() + "'");
      }
      fields.put(parts[0].trim(), parts[1].trim());
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
