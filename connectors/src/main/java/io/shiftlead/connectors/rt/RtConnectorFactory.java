package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.util.List;

/** Creates {@link RtConnector}s; found by ServiceLoader under the id {@value #ID}. */
public final class RtConnectorFactory implements HelpdeskConnectorFactory {
  public static final String ID = "request-tracker";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<SettingDefinition> settings() {
    return RtSettings.DEFINITIONS;
  }

  @Override
  public HelpdeskConnector create(ConnectorSettings settings, Clock clock) {
    return create(settings, clock, Sleeper.REAL);
  }

  /** As {@link #create(ConnectorSettings, Clock)}, with the way of waiting injected (tests). */
  public RtConnector create(ConnectorSettings settings, Clock clock, Sleeper sleeper) {
    return new RtConnector(RtSettings.from(settings, clock), clock, sleeper);
  }
}
