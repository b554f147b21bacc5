package io.shiftlead.connectors.jsm;

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
 * The resolved, validated settings of one JSM connector instance.
 *
 * @param customFields admin field key to Jira field id ({@code customfield_NNNNN})
 * @param timeZone the Jira profile time zone of the API user: JQL reads dates in it
 * @param readSla whether each pulled ticket also reads its SLA metrics (one more call per ticket)
 * @param webhookSecret empty when webhooks are not configured
 */
public record JsmSettings(
    String tenant,
    String baseUrl,
    String email,
    String apiToken,
    String projectKey,
    Optional<String> webhookSecret,
    int requestsPerMinute,
    Instant startTime,
    int pageSize,
    Map<String, String> customFields,
    ZoneId timeZone,
    boolean readSla,
    int maxRetries,
    Duration maxRetryWait,
    Duration callTimeout,
    Duration webhookReplayWindow) {

  public static final String BASE_URL = "baseUrl";
  public static final String EMAIL = "email";
  public static final String API_TOKEN = "apiToken";
  public static final String PROJECT_KEY = "projectKey";
  public static final String WEBHOOK_SECRET = "webhookSecret";
  public static final String REQUESTS_PER_MINUTE = "requestsPerMinute";
  public static final String START_TIME = "startTime";
  public static final String PAGE_SIZE = "pageSize";
  public static final String CUSTOM_FIELDS = "customFields";
  public static final String TIME_ZONE = "timeZone";
  public static final String READ_SLA = "readSla";
  public static final String MAX_RETRIES = "maxRetries";
  public static final String MAX_RETRY_WAIT_SECONDS = "maxRetryWaitSeconds";
  public static final String CALL_TIMEOUT_SECONDS = "callTimeoutSeconds";
  public static final String WEBHOOK_REPLAY_WINDOW_SECONDS = "webhookReplayWindowSeconds";

  /** Jira's documented page ceiling when many fields are requested is lower than 5000; 100 is safe. */
  static final int MAX_PAGE_SIZE = 100;

  /** The settings as data, for the plugin's validation and masking. */
  public static final List<SettingDefinition> DEFINITIONS = List.of(
      SettingDefinition.required(BASE_URL,
          "Site URL, e.g. https://acme.atlassian.net (http://127.0.0.1:PORT for a local fake)"),
      SettingDefinition.required(EMAIL, "Atlassian account email the API token belongs to"),
      SettingDefinition.secret(API_TOKEN,
          "Atlassian API token (id.atlassian.com > Security > API tokens)"),
      SettingDefinition.required(PROJECT_KEY, "Key of the service project, e.g. SD"),
      new SettingDefinition(WEBHOOK_SECRET, false, true, null,
          "Secret of the Jira admin webhook; without it webhooks are disabled"),
      SettingDefinition.optional(REQUESTS_PER_MINUTE, "300",
          "Request budget per minute (Atlassian publishes no number for API-token traffic)"),
      SettingDefinition.optional(START_TIME, null,
          "First sync start: ISO instant or epoch seconds; default 30 days ago"),
      SettingDefinition.optional(PAGE_SIZE, "50", "JQL search page size (max " + MAX_PAGE_SIZE + ")"),
      SettingDefinition.optional(CUSTOM_FIELDS, "",
          "Admin field key to Jira field id, e.g. first_reply_minutes:customfield_10050,shiftlead_status:customfield_10051"),
      SettingDefinition.optional(TIME_ZONE, "UTC",
          "Time zone of the API user's Jira profile; JQL dates are read in it"),
      SettingDefinition.optional(READ_SLA, "false",
          "Also read JSM's SLA metrics into fields jsm_sla_<name> (one more call per ticket)"),
      SettingDefinition.optional(MAX_RETRIES, "4", "Retries of rate-limited and transient failures"),
      SettingDefinition.optional(MAX_RETRY_WAIT_SECONDS, "120",
          "Longest single wait before a retry; a longer Retry-After is not waited for"),
      SettingDefinition.optional(CALL_TIMEOUT_SECONDS, "30", "Time limit of one HTTP call"),
      SettingDefinition.optional(WEBHOOK_REPLAY_WINDOW_SECONDS, "300",
          "Accepted age of a webhook's payload timestamp"));

  /**
   * Reads and validates the settings.
   *
   * @throws IllegalArgumentException naming the key when a setting is missing or invalid
   */
  public static JsmSettings from(ConnectorSettings settings, Clock clock) {
    String baseUrl = stripTrailingSlash(settings.require(BASE_URL));
    String lower = baseUrl.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw invalid(settings, BASE_URL, "must start with https:// (or http:// for a local fake)");
    }
    String email = settings.require(EMAIL);
    if (!email.contains("@")) {
      throw invalid(settings, EMAIL, "is not an email address");
    }
    String projectKey = settings.require(PROJECT_KEY).trim();
    // the key goes into JQL unquoted: only what Jira allows in a project key may pass
    if (!projectKey.matches("[A-Z][A-Z0-9_]{0,254}")) {
      throw invalid(settings, PROJECT_KEY, "must be a Jira project key such as SD, got '" + projectKey + "'");
    }
    return new JsmSettings(
        settings.tenant(),
        baseUrl,
        email,
        settings.require(API_TOKEN),
        projectKey,
        settings.get(WEBHOOK_SECRET),
        positive(settings, REQUESTS_PER_MINUTE, 300),
        startTime(settings, clock),
        Math.min(positive(settings, PAGE_SIZE, 50), MAX_PAGE_SIZE),
        customFields(settings),
        timeZone(settings),
        bool(settings, READ_SLA),
        nonNegative(settings, MAX_RETRIES, 4),
        Duration.ofSeconds(positive(settings, MAX_RETRY_WAIT_SECONDS, 120)),
        Duration.ofSeconds(positive(settings, CALL_TIMEOUT_SECONDS, 30)),
        Duration.ofSeconds(positive(settings, WEBHOOK_REPLAY_WINDOW_SECONDS, 300)));
  }

  @Override
  public String toString() {
    return "JsmSettings[tenant=" + tenant + ", baseUrl=" + baseUrl + ", email=" + email
        + ", projectKey=" + projectKey + ", apiToken=***, webhookSecret="
        + (webhookSecret.isPresent() ? "***" : "<none>") + "]";
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

  private static ZoneId timeZone(ConnectorSettings settings) {
    String raw = settings.get(TIME_ZONE).orElse("UTC").trim();
    try {
      return ZoneId.of(raw);
    } catch (DateTimeException e) {
      throw invalid(settings, TIME_ZONE, "is not a time zone id such as Europe/Berlin: " + raw);
    }
  }

  /** {@code key:customfield_10050} or {@code key:10050}; both are stored as {@code customfield_10050}. */
  private static Map<String, String> customFields(ConnectorSettings settings) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : settings.get(CUSTOM_FIELDS).orElse("").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.trim().split(":");
      if (parts.length != 2 || parts[0].isBlank()) {
        throw invalid(settings, CUSTOM_FIELDS, "entries must look like key:customfield_NNNNN, got '" + pair + "'");
      }
      String id = parts[1].trim();
      if (id.matches("\\d+")) {
        id = "customfield_" + id;
      }
      if (!id.matches("customfield_\\d+")) {
        throw invalid(settings, CUSTOM_FIELDS, "field id of '" + parts[0].trim()
            + "' must be customfield_NNNNN, got '" + id + "'");
      }
      fields.put(parts[0].trim(), id);
    }
    return Map.copyOf(fields);
  }

  private static boolean bool(ConnectorSettings settings, String key) {
    String raw = settings.get(key).orElse("false").trim().toLowerCase(Locale.ROOT);
    if (!raw.equals("true") && !raw.equals("false")) {
      throw invalid(settings, key, "must be true or false, got '" + raw + "'");
    }
    return Boolean.parseBoolean(raw);
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
