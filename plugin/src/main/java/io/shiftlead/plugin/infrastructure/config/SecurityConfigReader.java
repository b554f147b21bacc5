package io.shiftlead.plugin.infrastructure.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ApiTokenConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SecurityConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code security.tokens}: each token's value must be an environment reference (like every
 * secret), its role one of agent/manager/admin, its connectors names configured in the same file
 * or {@code "*"}. Problems name the key and never repeat a token.
 */
final class SecurityConfigReader {
  static final Set<String> ROLES = Set.of("agent", "manager", "admin");
  private static final int MIN_TOKEN_LENGTH = 16;

  private final EnvironmentReferences env;

  SecurityConfigReader(EnvironmentReferences env) {
    this.env = env;
  }

  SecurityConfig read(JsonNode node, Set<String> connectorNames, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return SecurityConfig.open();
    }
    unknown("security.", node, Set.of("tokens"), problems);
    JsonNode tokens = node.path("tokens");
    List<ApiTokenConfig> result = new ArrayList<>();
    if (tokens.isMissingNode() || tokens.isNull()) {
      return SecurityConfig.open();
    }
    if (!tokens.isArray()) {
      problems.add("security.tokens: must be a list of {name, token, role, connectors}");
      return SecurityConfig.open();
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
        problems.add(at + ".role: one of admin, manager, agent, got '" + role + "'");
      }
      List<String> connectors = connectors(at, item.path("connectors"), connectorNames, problems);
      result.add(new ApiTokenConfig(name, token, role, connectors));
    }
    return new SecurityConfig(List.copyOf(result));
  }

  private static List<String> connectors(String at, JsonNode node, Set<String> known,
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

  private static void unknown(String prefix, JsonNode node, Set<String> known,
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
