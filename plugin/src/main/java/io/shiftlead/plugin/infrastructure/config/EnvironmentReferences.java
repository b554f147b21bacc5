package io.shiftlead.plugin.infrastructure.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${NAME}} and {@code ${NAME:-default}} references to environment variables, the
 * only way a secret may enter the configuration.
 */
final class EnvironmentReferences {
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

  private final Function<String, String> environment;

  EnvironmentReferences(Function<String, String> environment) {
    this.environment = environment;
  }

  static boolean isReference(String value) {
    return value != null && REFERENCE.matcher(value.trim()).matches();
  }

  /** The value with every reference replaced; a missing variable without default is a problem. */
  String resolve(String key, String value, List<String> problems) {
    if (value == null) {
      return null;
    }
    Matcher matcher = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String resolved = environment.apply(matcher.group(1));
      if (resolved == null) {
        resolved = matcher.group(2);
      }
      if (resolved == null) {
        problems.add(key + ": environment variable " + matcher.group(1) + " is not set");
        resolved = "";
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static EnvironmentReferences ofSystem(Map<String, String> overrides) {
    return new EnvironmentReferences(name -> overrides.containsKey(name)
        ? overrides.get(name) : System.getenv(name));
  }
}
