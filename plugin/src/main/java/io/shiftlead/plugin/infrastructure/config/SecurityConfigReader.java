package io.shiftlead.plugin.infrastructure.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ApiTokenConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SecurityConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ZendeskAppConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code security}: {@code tokens} (each value an environment reference, like every secret;
 * role one of agent/reviewer/manager/admin; connectors configured in the same file or {@code
 * "*"}), {@code zendeskApps} (signed Zendesk loads, {@link ZendeskAppsReader}), {@code sessionKey},
 * {@code sessionMinutes} and {@code allowedOrigins}. Problems name the key and never repeat a
 * secret.
 */
final class SecurityConfigReader {
  static final Set<String> ROLES = Set.of("agent", "reviewer", "manager", "admin");
  static final int MIN_SESSION_KEY_LENGTH = 32;
  private static final int MIN_TOKEN_LENGTH = 16;

  private final EnvironmentReferences env;

  SecurityConfigReader(EnvironmentReferences env) {
    this.env = env;
  }

  SecurityConfig read(JsonNode node, Set<String> connectorNames, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return SecurityConfig.open();
    }
    unknown("security.", node, Set.of("tokens", "zendeskApps", "sessionKey", "sessionMinutes",
        "allowedOrigins"), problems);
    List<ApiTokenConfig> tokens = tokens(node.path("tokens"), connectorNames, problems);
    List<ZendeskAppConfig> apps = new ZendeskAppsReader(env)
        .read(node.path("zendeskApps"), connectorNames, problems);
    return new SecurityConfig(tokens, apps, sessionKey(node.path("sessionKey"), problems),
        sessionMinutes(node.path("sessionMinutes"), problems),
        origins(node.path("allowedOrigins"), problems));
  }

  private byte[] sessionKey(JsonNode node, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    String raw = node.asText();
    if (!EnvironmentReferences.isReference(raw)) {
      problems.add("security.sessionKey: a secret must reference an environment variable, e.g."
          + " ${SHIFTLEAD_SESSION_KEY}, never be written inline");
      return null;
    }
    String key = env.resolve("security.sessionKey", raw, problems);
    if (key == null || key.isEmpty()) {
      return null;
    }
    if (key.length() < MIN_SESSION_KEY_LENGTH) {
      problems.add("security.sessionKey: too short (at least " + MIN_SESSION_KEY_LENGTH
          + " characters; generate one with: openssl rand -hex 32)");
      return null;
    }
    return key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static int sessionMinutes(JsonNode node, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return SecurityConfig.DEFAULT_SESSION_MINUTES;
    }
    if (!node.canConvertToInt() || node.asInt() < 1 || node.asInt() > 120) {
      problems.add("security.sessionMinutes: a whole number of minutes from 1 to 120, got "
          + node);
      return SecurityConfig.DEFAULT_SESSION_MINUTES;
    }
    return node.asInt();
  }

  private static List<String> origins(JsonNode node, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add("security.allowedOrigins: a list of origins like https://ops.example.com");
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String origin = node.get(i).asText("");
      if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
        problems.add("security.allowedOrigins[" + i + "]: an origin is scheme://host[:port]"
            + " without a path, e.g. https://ops.example.com, got '" + origin + "'");
      } else {
        result.add(origin.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return List.copyOf(result);
  }

  private List<ApiTokenConfig> tokens(JsonNode tokens, Set<String> connectorNames,
      List<String> problems) {
    List<ApiTokenConfig> result = new ArrayList<>();
    if (tokens.isMissingNode() || tokens.isNull()) {
      return List.of();
    }
    if (!tokens.isArray()) {
      problems.add("security.tokens: must be a list of {name, token, role, connectors}");
      return List.of();
    }
    Set<String> names = new HashSet<>();
    Set<String> values = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      JsonNode item = tokens.get(i);
      String at = "security.tokens[" + i + "]";
      if (!item.isObject()) {
        problems.add(at + ": must be a mapping with name, token, role, connectors");
        continue;
      }
      unknown(at + ".", item, Set.of("name", "token", "role", "connectors"), problems);
      String name = item.path("name").asText(null);
      if (name == null || name.isBlank()) {
        problems.add(at + ".name: required");
      } else if (!names.add(name)) {
        problems.add(at + ".name: '" + name + "' is used twice");
      }
      String raw = item.path("token").isValueNode() ? item.path("token").asText() : null;
      String token = null;
      if (raw == null || raw.isBlank()) {
        problems.add(at + ".token: required, e.g. ${SHIFTLEAD_TOKEN_" + envSuffix(name) + "}");
      } else if (!EnvironmentReferences.isReference(raw)) {
        problems.add(at + ".token: a secret must reference an environment variable, e.g. "
            + "${SHIFTLEAD_TOKEN_" + envSuffix(name) + "}, never be written inline");
      } else {
        token = env.resolve(at + ".token", raw, problems);
        if (token != null && !token.isEmpty() && token.length() < MIN_TOKEN_LENGTH) {
          problems.add(at + ".token: too short (at least " + MIN_TOKEN_LENGTH
              + " characters; generate one with: openssl rand -hex 32)");
        } else if (token != null && !token.isEmpty() && !values.add(token)) {
          problems.add(at + ".token: the same value as an earlier token");
        }
      }
      String role = item.path("role").asText(null);
      if (role == null || !ROLES.contains(role)) {
        problems.add(at + ".role: one of admin, manager, reviewer, agent, got '" + role + "'");
      }
      List<String> connectors = connectors(at, item.path("connectors"), connectorNames, problems);
      result.add(new ApiTokenConfig(name, token, role, connectors));
    }
    return List.copyOf(result);
  }

  static List<String> connectors(String at, JsonNode node, Set<String> known,
      List<String> problems) {
    if (node.isMissingNode() || node.isNull()
        || (node.isTextual() && node.asText().equals("*"))) {
      return List.of("*");
    }
    if (!node.isArray() || node.isEmpty()) {
      problems.add(at + ".connectors: \"*\" or a non-empty list of connector names");
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode n : node) {
      String name = n.asText();
      if (name.equals("*")) {
        return List.of("*");
      }
      if (!known.contains(name)) {
        problems.add(at + ".connectors: unknown connector '" + name + "' (configured: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  private static String envSuffix(String name) {
    return name == null ? "NAME" : name.replaceAll("[^A-Za-z0-9]", "_")
        .toUpperCase(java.util.Locale.ROOT);
  }

  static void unknown(String prefix, JsonNode node, Set<String> known,
      List<String> problems) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add(prefix + key + ": unknown key (known here: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }
}
