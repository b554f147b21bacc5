package io.shiftlead.connectors.zammad;

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
 * The resolved, validated settings of one Zammad connector instance.
 *
 * @param customFields admin field key to Zammad ticket object attribute name
 * @param webhookSecret empty when webhooks are not configured
 * @param urgentPriority the Zammad priority name written for URGENT; empty when the instance has none
 */
public record ZammadSettings(
    String tenant,
    String baseUrl,
    String apiToken,
    Optional<String> webhookSecret,
    int requestsPerMinute,
    Instant startTime,
    int pageSize,
    Map<String, String> customFields,
    Optional<String> urgentPriority,
    int maxRetries,
    Duration maxRetryWait,
    Duration callTimeout) {

  /** Zammad's search endpoint caps per_page at 200 ({@code paginate_with(max: 200)} in TicketsController#search). */
  public static final int MAX_PAGE_SIZE = 200;

  public static final String BASE_URL = "baseUrl";
  public static final String API_TOKEN = "apiToken";
  public static final String WEBHOOK_SECRET = "webhookSecret";
  public static final String REQUESTS_PER_MINUTE = "requestsPerMinute";
  public static final String START_TIME = "startTime";
  public static final String PAGE_SIZE = "pageSize";
  public static final String CUSTOM_FIELDS = "customFields";
  public static final String URGENT_PRIORITY = "urgentPriority";
  public static final String MAX_RETRIES = "maxRetries";
  public static final String MAX_RETRY_WAIT_SECONDS = "maxRetryWaitSeconds";
  public static final String CALL_TIMEOUT_SECONDS = "callTimeoutSeconds";

  /** The settings as data, for the plugin's validation and masking. */
  public static final List<SettingDefinition> DEFINITIONS = List.of(
      SettingDefinition.required(BASE_URL,
          "Zammad URL, e.g. https://support.example.com (http://127.0.0.1:PORT for a local fake)"),
      SettingDefinition.secret(API_TOKEN,
          "Personal access token of an agent with ticket.agent on every synced group (Profile > Token Access)"),
      new SettingDefinition(WEBHOOK_SECRET, false, true, null,
          "Signature token of the Zammad webhook (X-Hub-Signature); without it webhooks are disabled"),
      SettingDefinition.optional(REQUESTS_PER_MINUTE, "600",
          "Client-side request budget per minute (Zammad itself has no API rate limiter)"),
      SettingDefinition.optional(START_TIME, null,
          "First sync start: ISO instant or epoch seconds; default 30 days ago"),
      SettingDefinition.optional(PAGE_SIZE, "100", "Ticket search page size (Zammad caps it at 200)"),
      SettingDefinition.optional(CUSTOM_FIELDS, "",
          "Admin field key to Zammad object attribute name, e.g. first_reply_minutes:shiftlead_first_reply_minutes"),
      SettingDefinition.optional(URGENT_PRIORITY, "",
          "Zammad priority name written for URGENT (default priorities stop at '3 high'), e.g. '4 urgent'"),
      SettingDefinition.optional(MAX_RETRIES, "4", "Retries of rate-limited and transient failures"),
      SettingDefinition.optional(MAX_RETRY_WAIT_SECONDS, "120",
          "Longest single wait before a retry; a longer Retry-After is not waited for"),
      SettingDefinition.optional(CALL_TIMEOUT_SECONDS, "30", "Time limit of one HTTP call"));

  /**
   * Reads and validates the settings.
   *
   * @throws IllegalArgumentException naming the key when a setting is missing or invalid
   */
  public static ZammadSettings from(ConnectorSettings settings, Clock clock) {
    String baseUrl = stripTrailingSlash(settings.require(BASE_URL));
    String lower = baseUrl.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw invalid(settings, BASE_URL, "must start with https:// (or http:// for a local fake)");
    }
    return new ZammadSettings(
        settings.tenant(),
        baseUrl,
        settings.require(API_TOKEN),
        settings.get(WEBHOOK_SECRET),
        positive(settings, REQUESTS_PER_MINUTE, 600),
        startTime(settings, clock),
        Math.min(positive(settings, PAGE_SIZE, 100), MAX_PAGE_SIZE),
        customFields(settings),
        settings.get(URGENT_PRIORITY).map(String::trim),
        nonNegative(settings, MAX_RETRIES, 4),
        Duration.ofSeconds(positive(settings, MAX_RETRY_WAIT_SECONDS, 120)),
        Duration.ofSeconds(positive(settings, CALL_TIMEOUT_SECONDS, 30)));
  }

  @Override
  public String toString() {
    return "ZammadSettings[tenant=" + tenant + ", baseUrl=" + baseUrl
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

  /** {@code key:attribute_name} pairs; attribute names are Zammad's (lower-case, digits, underscore). */
  private static Map<String, String> customFields(ConnectorSettings settings) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : settings.get(CUSTOM_FIELDS).orElse("").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.trim().split(":");
      if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().matches("[a-z0-9_]+")) {
        throw invalid(settings, CUSTOM_FIELDS,
            "entries must look like key:attribute_name, got '" + pair.trim() + "'");
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
