package io.shiftlead.plugin.infrastructure.connector;

import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The connector types on the class path, found with {@link ServiceLoader}, by their stable id. */
public final class ConnectorRegistry {
  private final Map<String, HelpdeskConnectorFactory> factories = new TreeMap<>();

  public ConnectorRegistry(ClassLoader classLoader) {
    for (HelpdeskConnectorFactory factory
        : ServiceLoader.load(HelpdeskConnectorFactory.class, classLoader)) {
      factories.put(factory.id(), factory);
    }
  }

  public Optional<HelpdeskConnectorFactory> factory(String type) {
    return Optional.ofNullable(factories.get(type));
  }

  public Optional<List<SettingDefinition>> settings(String type) {
    return factory(type).map(HelpdeskConnectorFactory::settings);
  }

  public List<String> types() {
    return List.copyOf(factories.keySet());
  }
}
