package io.shiftlead.plugin.infrastructure.config;

import java.util.List;
import java.util.Map;

/**
 * The whole configuration, read from one YAML file (see {@code docs/configuration.md}). Secrets are
 * already resolved from environment variables here; {@link #toString()} of the parts never shows
 * them.
 */
public record ShiftleadConfig(
    StoreConfig store,
    String rulesDirectory,
    String slaDirectory,
    SandboxConfig sandbox,
    EvaluationConfig evaluation,
    List<ConnectorConfig> connectors,
    io.shiftlead.plugin.core.kpi.KpiGoals kpis) {

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

  /** Settings of the built-in evaluator (until the rules engine replaces it). */
  public record EvaluationConfig(String firstReplyField) {}

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
}
