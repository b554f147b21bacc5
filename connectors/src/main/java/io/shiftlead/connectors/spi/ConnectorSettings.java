package io.shiftlead.connectors.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolved settings of one connector instance (secrets already read from the environment).
 *
 * @param tenant the instance name from the config; names resilience policies and metrics
 * @param values setting key to value; {@link #toString()} never shows them
 */
public record ConnectorSettings(String tenant, Map<String, String> values) {
  public ConnectorSettings {
    Objects.requireNonNull(tenant, "tenant");
    values = Map.copyOf(values);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  public String require(String key) {
    return get(key).orElseThrow(
        () -> new IllegalArgumentException("connector '" + tenant + "': missing setting " + key));
  }

  public int getInt(String key, int defaultValue) {
    return get(key).map(Integer::parseInt).orElse(defaultValue);
  }

  @Override
  public String toString() {
    return "ConnectorSettings[tenant=" + tenant + ", keys=" + values.keySet() + "]";
  }
}
