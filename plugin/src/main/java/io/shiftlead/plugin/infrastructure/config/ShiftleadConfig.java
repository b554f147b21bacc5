package io.shiftlead.plugin.infrastructure.config;

import java.util.List;
import java.util.Map;

/**
 * The whole configuration, read from one YAML file (see {@code docs/configuration.md}). Secrets are
 * already resolved from environment variables here; {@link #toString()} of the parts never shows
 * them.
 *
 * @param qaDirectory where {@code scorecards.yaml} lives ({@code classpath:qa} for the built-in
 *     demo scorecard); null when QA scoring is off
 */
public record ShiftleadConfig(
    StoreConfig store,
    String rulesDirectory,
    String slaDirectory,
    String qaDirectory,
    SandboxConfig sandbox,
    EvaluationConfig evaluation,
    List<ConnectorConfig> connectors,
    SecurityConfig security,
    io.shiftlead.plugin.core.kpi.KpiGoals kpis,
    ClusterConfig cluster) {

  /** Without a {@code cluster:} section: a single server. */
  public ShiftleadConfig(StoreConfig store, String rulesDirectory, String slaDirectory,
      String qaDirectory, SandboxConfig sandbox, EvaluationConfig evaluation,
      List<ConnectorConfig> connectors, SecurityConfig security) {
    this(store, rulesDirectory, slaDirectory, qaDirectory, sandbox, evaluation, connectors,
        security, null, ClusterConfig.single());
  }

  /**
   * Sharing the connectors between the members of a cluster on one PostgreSQL (ADR 0014).
   *
   * @param enabled off: this server syncs every connector (one server)
   * @param memberId this member's id; null: host name, process id and a random suffix
   * @param leaseSeconds how long a lease lasts unrenewed: a dead member's connectors move after at
   *     most this plus {@code renewSeconds}
   * @param renewSeconds how often leases are renewed and rebalanced
   */
  public record ClusterConfig(boolean enabled, String memberId, int leaseSeconds,
      int renewSeconds) {
    public static ClusterConfig single() {
      return new ClusterConfig(false, null, 20, 5);
    }
  }

  /** Where the store lives: an H2 file by default, PostgreSQL by JDBC URL. */
  public record StoreConfig(String url, String user, String password) {
    @Override
    public String toString() {
      return "StoreConfig[url=" + url + ", user=" + user + ", password=***]";
    }
  }

  /** The demo's built-in helpdesk: a Zendesk-speaking sandbox started with the server. */
  public record SandboxConfig(
      boolean enabled, String vendor, int port, int tickets, long seed, int requestsPerMinute,
      String email, String apiToken) {
    @Override
    public String toString() {
      return "SandboxConfig[enabled=" + enabled + ", vendor=" + vendor + ", port=" + port + ", tickets=" + tickets + "]";
    }
  }

  /**
   * Settings of the built-in evaluators.
   *
   * @param firstReplyField the custom field key receiving the first reply time in minutes
   * @param slaDueField the custom field key receiving the SLA engine's next due instant
   * @param slaStateField the custom field key receiving that metric's state
   * @param qaScoreField the custom field key receiving the QA score (0-100)
   * @param qaResultField the custom field key receiving {@code pass} or {@code fail}
   * @param qaEveryUpdate score every updated conversation, not only solved and closed ones
   */
  public record EvaluationConfig(String firstReplyField, String slaDueField,
      String slaStateField, String qaScoreField, String qaResultField, boolean qaEveryUpdate) {}

  /**
   * One helpdesk account to sync.
   *
   * @param settings the adapter's settings, secrets resolved; masked in {@link #toString()}
   * @param resweep the periodic re-sweep ({@code connectors[].resweep}, ADR 0021)
   */
  public record ConnectorConfig(String name, String type, int pollIntervalSeconds,
      Map<String, String> settings, io.shiftlead.plugin.application.ResweepPolicy resweep) {

    /** With the default re-sweep. */
    public ConnectorConfig(String name, String type, int pollIntervalSeconds,
        Map<String, String> settings) {
      this(name, type, pollIntervalSeconds, settings,
          io.shiftlead.plugin.application.ResweepPolicy.DEFAULT);
    }

    @Override
    public String toString() {
      return "ConnectorConfig[name=" + name + ", type=" + type + ", settings=" + settings.keySet()
          + ", resweep=" + resweep + "]";
    }
  }

  /**
   * Who may call {@code /api/v1}: no tokens and no Zendesk apps means the API is open (demo), with
   * a warning.
   *
   * @param zendeskApps Zendesk app installations whose signed first loads ({@code signedUrls})
   *     get a session (ADR 0016)
   * @param sessionKey HMAC key of the session tokens; null: a random key per start
   * @param sessionMinutes how long a session token lasts
   * @param allowedOrigins origins besides this server and the helpdesks that may send
   *     state-changing API requests from a browser
   */
  public record SecurityConfig(List<ApiTokenConfig> tokens, List<ZendeskAppConfig> zendeskApps,
      byte[] sessionKey, int sessionMinutes, List<String> allowedOrigins) {
    public static final int DEFAULT_SESSION_MINUTES = 15;

    /** Tokens only: no Zendesk apps, a random session key, no extra origins. */
    public SecurityConfig(List<ApiTokenConfig> tokens) {
      this(tokens, List.of(), null, DEFAULT_SESSION_MINUTES, List.of());
    }

    public static SecurityConfig open() {
      return new SecurityConfig(List.of());
    }

    @Override
    public String toString() {
      return "SecurityConfig[tokens=" + tokens + ", zendeskApps=" + zendeskApps
          + ", sessionKey=" + (sessionKey == null ? "random" : "***") + ", sessionMinutes="
          + sessionMinutes + ", allowedOrigins=" + allowedOrigins + "]";
    }
  }

  /**
   * One Zendesk app installation with {@code signedUrls}: its first load carries an RS256 JWT that
   * must verify with {@code publicKey} and name {@code audience} and {@code issuer}.
   *
   * @param audience the installation URL Zendesk puts in {@code aud}, e.g. {@code
   *     https://acme.zendesk.com/api/v2/apps/installations/123.json}
   * @param issuer the account's host Zendesk puts in {@code iss}, e.g. {@code acme.zendesk.com}
   * @param role the role of the sessions issued for this installation (agent by default)
   */
  public record ZendeskAppConfig(String name, String connector, java.security.PublicKey publicKey,
      String audience, String issuer, String role) {
    @Override
    public String toString() {
      return "ZendeskAppConfig[name=" + name + ", connector=" + connector + ", audience="
          + audience + ", issuer=" + issuer + ", role=" + role + "]";
    }
  }

  /**
   * One API token.
   *
   * @param token the resolved secret, never shown by {@link #toString()}
   * @param role {@code agent}, {@code reviewer}, {@code manager} or {@code admin}
   * @param connectors the connector names it may read tickets of; {@code ["*"]} for all
   */
  public record ApiTokenConfig(String name, String token, String role, List<String> connectors) {
    @Override
    public String toString() {
      return "ApiTokenConfig[name=" + name + ", role=" + role + ", connectors=" + connectors
          + ", token=***]";
    }
  }
}
