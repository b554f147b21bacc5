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
   */
  public record ConnectorConfig(
      String name, String type, int pollIntervalSeconds, Map<String, String> settings) {
    @Override
    public String toString() {
      return "ConnectorConfig[name=" + name + ", type=" + type + ", settings=" + settings.keySet()
          + "]";
    }
  }

  /** Who may call {@code /api/v1}: no tokens means the API is open (demo), with a warning. */
  public record SecurityConfig(List<ApiTokenConfig> tokens) {
    public static SecurityConfig open() {
      return new SecurityConfig(List.of());
    }
  }

  /**
   * One API token.
   *
   * @param token the resolved secret, never shown by {@link #toString()}
   * @param role {@code agent}, {@code manager} or {@code admin}
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
