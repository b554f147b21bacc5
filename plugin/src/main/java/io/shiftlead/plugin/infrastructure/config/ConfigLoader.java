package io.shiftlead.plugin.infrastructure.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import io.shiftlead.plugin.application.ResweepPolicy;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ConnectorConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.EvaluationConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SandboxConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.StoreConfig;
import io.shiftlead.plugin.infrastructure.store.Database;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates the YAML configuration. Every problem is collected and reported at once with
 * the key it concerns, so an admin fixes the file in one go; nothing half-valid is returned.
 */
public final class ConfigLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP_KEYS =
      Set.of("store", "rulesDirectory", "slaDirectory", "qaDirectory", "sandbox",
          "evaluation", "connectors", "security", "kpis", "cluster");

  private final Function<String, Optional<List<SettingDefinition>>> connectorTypes;
  private final EnvironmentReferences env;

  /**
   * @param connectorTypes the settings each known connector type declares, empty when unknown
   * @param environment environment variables (tests pass a map)
   */
  public ConfigLoader(Function<String, Optional<List<SettingDefinition>>> connectorTypes,
      Function<String, String> environment) {
    this.connectorTypes = connectorTypes;
    this.env = new EnvironmentReferences(environment);
  }

  public ShiftleadConfig load(String source, String yaml) {
    List<String> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ConfigException(source, List.of("not valid YAML: "
          + e.getOriginalMessage() + locationOf(e)));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(source, List.of("the file must be a YAML mapping with the keys "
          + TOP_KEYS));
    }
    unknownKeys("", root, TOP_KEYS, problems);
    StoreConfig store = store(root.path("store"), problems);
    SandboxConfig sandbox = sandbox(root.path("sandbox"), problems);
    EvaluationConfig evaluation = evaluation(root.path("evaluation"), problems);
    List<ConnectorConfig> connectors = connectors(root.path("connectors"), problems);
    String rules = text(root, "rulesDirectory", "rules", problems);
    String sla = text(root, "slaDirectory", "sla", problems);
    String qa = text(root, "qaDirectory", null, problems);
    if (qa != null && qa.isBlank()) {
      qa = null;
    } else if (qa != null && !qa.startsWith("classpath:")
        && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(qa, "scorecards.yaml"))) {
      problems.add("qaDirectory: no scorecards.yaml in " + qa + " (copy"
          + " docs/examples/qa/scorecards.yaml there, or use classpath:qa for the demo scorecard)");
    }
    ShiftleadConfig.SecurityConfig security = new SecurityConfigReader(env).read(
        root.path("security"), connectors.stream().map(ConnectorConfig::name)
            .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()),
        problems);
    ShiftleadConfig.ClusterConfig cluster = cluster(root.path("cluster"), store, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems);
    }
    return new ShiftleadConfig(store, rules, sla, qa, sandbox, evaluation, connectors, security,
        kpis(root.path("kpis"), source), cluster);
  }

  private EvaluationConfig evaluation(JsonNode node, List<String> problems) {
    unknownKeys("evaluation.", node, Set.of("firstReplyField", "slaDueField", "slaStateField",
        "qaScoreField", "qaResultField", "qaEveryUpdate"), problems);
    String firstReply = text(node, "evaluation.firstReplyField", "first_reply_minutes", problems);
    String slaDue = text(node, "evaluation.slaDueField", "sla_next_due", problems);
    String slaState = text(node, "evaluation.slaStateField", "sla_state", problems);
    String score = text(node, "evaluation.qaScoreField", "qa_score", problems);
    String result = text(node, "evaluation.qaResultField", "qa_result", problems);
    for (String[] key : new String[][] {{"evaluation.qaScoreField", score},
        {"evaluation.qaResultField", result}}) {
      if (key[1] == null || !key[1].matches("[A-Za-z0-9_.-]{1,100}")) {
        problems.add(key[0] + ": a custom field key of letters, digits, '_', '.', '-', got '"
            + key[1] + "'");
      }
    }
    if (score != null && score.equals(result)) {
      problems.add("evaluation.qaResultField: must differ from evaluation.qaScoreField ('"
          + score + "')");
    }
    return new EvaluationConfig(firstReply, slaDue, slaState, score, result,
        bool(node, "evaluation.qaEveryUpdate", false, problems));
  }

  /** {@code kpis: {goals: {csat: 0.85, ...}, changeAlert: 0.2}}; both optional. */
  private static io.shiftlead.plugin.core.kpi.KpiGoals kpis(JsonNode node, String source) {
    List<String> problems = new ArrayList<>();
    unknownKeys("kpis.", node, Set.of("goals", "changeAlert", "weeklySummaryUrl"), problems);
    JsonNode summary = node.path("weeklySummaryUrl");
    String summaryUrl = summary.isMissingNode() || summary.isNull() ? null : summary.asText();
    if (summaryUrl != null && !summaryUrl.startsWith("http://")
        && !summaryUrl.startsWith("https://")) {
      problems.add("kpis.weeklySummaryUrl: must be an http(s) URL, got " + summaryUrl);
    }
    java.util.Map<String, Double> goals = new java.util.LinkedHashMap<>();
    JsonNode g = node.path("goals");
    if (!g.isMissingNode() && !g.isNull() && !g.isObject()) {
      problems.add("kpis.goals: must be a mapping of KPI name to number");
    }
    g.fields().forEachRemaining(e -> {
      String problem = io.shiftlead.plugin.core.kpi.KpiGoals.problem(e.getKey());
      if (problem != null) {
        problems.add("kpis.goals." + e.getKey() + ": " + problem);
      } else if (!e.getValue().isNumber()) {
        problems.add("kpis.goals." + e.getKey() + ": must be a number, got " + e.getValue());
      } else {
        goals.put(e.getKey(), e.getValue().asDouble());
      }
    });
    JsonNode alert = node.path("changeAlert");
    double change = 0.2;
    if (!alert.isMissingNode()) {
      if (!alert.isNumber() || alert.asDouble() <= 0) {
        problems.add("kpis.changeAlert: must be a positive number (0.2 = 20 %), got " + alert);
      } else {
        change = alert.asDouble();
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems);
    }
    return new io.shiftlead.plugin.core.kpi.KpiGoals(goals, change, summaryUrl);
  }

  private ShiftleadConfig.ClusterConfig cluster(JsonNode node, StoreConfig store,
      List<String> problems) {
    unknownKeys("cluster.", node, Set.of("enabled", "memberId", "leaseSeconds", "renewSeconds"),
        problems);
    boolean enabled = bool(node, "cluster.enabled", false, problems);
    String memberId = text(node, "cluster.memberId", null, problems);
    if (memberId != null && !memberId.matches("[A-Za-z0-9_.:-]{1,200}")) {
      problems.add("cluster.memberId: letters, digits, '_', '.', ':', '-' (at most 200), got '"
          + memberId + "'");
    }
    int lease = integer(node, "cluster.leaseSeconds", 20, 5, 600, problems);
    int renew = integer(node, "cluster.renewSeconds", 5, 1, 300, problems);
    if (renew * 2 > lease) {
      problems.add("cluster.renewSeconds: must be at most half of cluster.leaseSeconds (" + lease
          + "), got " + renew);
    }
    if (enabled && store.url() != null && !store.url().startsWith("jdbc:postgresql:")) {
      problems.add("cluster.enabled: the members must share one store: store.url must be a"
          + " jdbc:postgresql: URL, got " + Database.redacted(store.url()));
    }
    return new ShiftleadConfig.ClusterConfig(enabled, memberId, lease, renew);
  }

  private StoreConfig store(JsonNode node, List<String> problems) {
    unknownKeys("store.", node, Set.of("url", "user", "password"), problems);
    String url = text(node, "store.url", "jdbc:h2:file:./shiftlead-data/shiftlead", problems);
    if (url != null && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      problems.add("store.url: must start with jdbc:h2: or jdbc:postgresql:, got " + url);
    }
    String password = node.path("password").asText(null);
    if (password != null && !password.isEmpty() && !EnvironmentReferences.isReference(password)) {
      problems.add("store.password: a secret must reference an environment variable, e.g."
          + " ${SHIFTLEAD_DB_PASSWORD}, never be written inline");
    }
    return new StoreConfig(url, text(node, "store.user", "sa", problems),
        env.resolve("store.password", password == null ? "" : password, problems));
  }

  private SandboxConfig sandbox(JsonNode node, List<String> problems) {
    unknownKeys("sandbox.", node, Set.of("enabled", "vendor", "port", "tickets", "seed",
        "requestsPerMinute", "email", "apiToken"), problems);
    String vendor = text(node, "sandbox.vendor", "zendesk", problems);
    if (!vendor.equals("zendesk") && !vendor.equals("freshdesk")) {
      problems.add("sandbox.vendor: zendesk or freshdesk, got '" + vendor + "'");
    }
    return new SandboxConfig(
        bool(node, "sandbox.enabled", false, problems), vendor,
        integer(node, "sandbox.port", 8089, 0, 65535, problems),
        integer(node, "sandbox.tickets", 500, 1, 2_000_000, problems),
        integer(node, "sandbox.seed", 42, 0, Integer.MAX_VALUE, problems),
        integer(node, "sandbox.requestsPerMinute", 1000, 0, 1_000_000, problems),
        text(node, "sandbox.email", "demo@shiftlead.test", problems),
        text(node, "sandbox.apiToken", "sandbox-demo-token", problems));
  }

  private List<ConnectorConfig> connectors(JsonNode node, List<String> problems) {
    List<ConnectorConfig> result = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return result;
    }
    if (!node.isArray()) {
      problems.add("connectors: must be a list of connectors");
      return result;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String at = "connectors[" + i + "]";
      unknownKeys(at + ".", item, Set.of("name", "type", "pollIntervalSeconds", "settings",
          "resweep"), problems);
      String name = text(item, at + ".name", null, problems);
      String type = text(item, at + ".type", null, problems);
      if (name == null) {
        problems.add(at + ".name: required");
      } else if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
        problems.add(at + ".name: use lower-case letters, digits and dashes, got '" + name + "'");
      } else if (!names.add(name)) {
        problems.add(at + ".name: '" + name + "' is used twice");
      }
      int poll = integer(item, at + ".pollIntervalSeconds", 30, 1, 86_400, problems);
      Map<String, String> settings = settings(at, type, item.path("settings"), problems);
      result.add(new ConnectorConfig(name, type, poll, settings,
          resweep(at + ".resweep", item.path("resweep"), problems)));
    }
    return result;
  }

  /** {@code off}, or {@code {every: 6h, lookback: 7h}} (either may be left out: the default). */
  private ResweepPolicy resweep(String at, JsonNode node, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return ResweepPolicy.DEFAULT;
    }
    if (node.isValueNode()) {
      if (node.asText().equals("off") || node.asText().equals("false")) {
        return ResweepPolicy.OFF;
      }
      problems.add(at + ": off, or {every: 6h, lookback: 7h}; got '" + node.asText() + "'");
      return ResweepPolicy.DEFAULT;
    }
    unknownKeys(at + ".", node, Set.of("every", "lookback"), problems);
    java.time.Duration every = duration(node, at + ".every", ResweepPolicy.DEFAULT.every(),
        problems);
    java.time.Duration lookback = duration(node, at + ".lookback",
        every.plus(ResweepPolicy.DEFAULT.lookback().minus(ResweepPolicy.DEFAULT.every())),
        problems);
    try {
      return new ResweepPolicy(every, lookback);
    } catch (IllegalArgumentException e) {
      problems.add(at + ": " + e.getMessage());
      return ResweepPolicy.DEFAULT;
    }
  }

  private java.time.Duration duration(JsonNode node, String key, java.time.Duration defaultValue,
      List<String> problems) {
    String raw = text(node, key, null, problems);
    if (raw == null) {
      return defaultValue;
    }
    try {
      return ResweepPolicy.parse(raw);
    } catch (IllegalArgumentException e) {
      problems.add(key + ": " + e.getMessage());
      return defaultValue;
    }
  }

  private Map<String, String> settings(String at, String type, JsonNode node,
      List<String> problems) {
    Map<String, String> values = new LinkedHashMap<>();
    if (type == null) {
      problems.add(at + ".type: required (one of the installed connector types)");
      return values;
    }
    Optional<List<SettingDefinition>> definitions = connectorTypes.apply(type);
    if (definitions.isEmpty()) {
      problems.add(at + ".type: unknown connector type '" + type + "'");
      return values;
    }
    Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
    definitions.get().forEach(d -> byKey.put(d.key(), d));
    unknownKeys(at + ".settings.", node, byKey.keySet(), problems);
    for (SettingDefinition definition : byKey.values()) {
      String key = at + ".settings." + definition.key();
      JsonNode value = node.path(definition.key());
      String raw = value.isMissingNode() || value.isNull() ? null : value.asText();
      if (raw != null && definition.secret() && !EnvironmentReferences.isReference(raw)) {
        problems.add(key + ": a secret must reference an environment variable, e.g. ${"
            + envName(type, definition.key()) + "}, never be written inline");
        continue;
      }
      String resolved = env.resolve(key, raw, problems);
      if (resolved == null || resolved.isBlank()) {
        resolved = definition.defaultValue();
      }
      if (resolved == null && definition.required()) {
        problems.add(key + ": required (" + definition.help() + ")");
      } else if (resolved != null) {
        values.put(definition.key(), resolved);
      }
    }
    return values;
  }

  private static String envName(String type, String key) {
    return (type + "_" + key).replaceAll("([a-z])([A-Z])", "$1_$2").replace('-', '_')
        .toUpperCase(java.util.Locale.ROOT);
  }

  private String text(JsonNode node, String key, String defaultValue, List<String> problems) {
    JsonNode value = node.path(key.substring(key.lastIndexOf('.') + 1));
    if (value.isMissingNode() || value.isNull()) {
      return defaultValue;
    }
    if (!value.isValueNode()) {
      problems.add(key + ": must be a single value");
      return defaultValue;
    }
    return env.resolve(key, value.asText(), problems);
  }

  private int integer(JsonNode node, String key, int defaultValue, int min, int max,
      List<String> problems) {
    String raw = text(node, key, null, problems);
    if (raw == null) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        problems.add(key + ": must be between " + min + " and " + max + ", got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(key + ": must be a whole number, got '" + raw + "'");
      return defaultValue;
    }
  }

  private boolean bool(JsonNode node, String key, boolean defaultValue, List<String> problems) {
    String raw = text(node, key, null, problems);
    if (raw == null) {
      return defaultValue;
    }
    if (!raw.equals("true") && !raw.equals("false")) {
      problems.add(key + ": must be true or false, got '" + raw + "'");
      return defaultValue;
    }
    return Boolean.parseBoolean(raw);
  }

  private static void unknownKeys(String prefix, JsonNode node, Set<String> known,
      List<String> problems) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add(prefix + key + ": unknown key (known here: " + String.join(", ",
            known.stream().sorted().toList()) + ")");
      }
    }
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
            + ")";
  }
}
