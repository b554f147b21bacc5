package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.util.List;

/** Creates {@link FreshdeskConnector}s; found by ServiceLoader under the id {@value #ID}. */
public final class FreshdeskConnectorFactory implements HelpdeskConnectorFactory {
  public static final String ID = "freshdesk";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<SettingDefinition> settings() {
    return FreshdeskSettings.DEFINITIONS;
  }

  @Override
  public HelpdeskConnector create(ConnectorSettings settings, Clock clock) {
    return create(settings, clock, Sleeper.REAL);
  }

  /** As {@link #create(ConnectorSettings, Clock)}, with the way of waiting injected (tests). */
  public FreshdeskConnector create(ConnectorSettings settings, Clock clock, Sleeper sleeper) {
    return new FreshdeskConnector(FreshdeskSettings.from(settings, clock), clock, sleeper);
  }
}
