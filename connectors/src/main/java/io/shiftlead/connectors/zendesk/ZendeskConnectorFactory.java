package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.util.List;

/** Creates {@link ZendeskConnector}s; found by ServiceLoader under the id {@value #ID}. */
public final class ZendeskConnectorFactory implements HelpdeskConnectorFactory {
  public static final String ID = "zendesk";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<SettingDefinition> settings() {
    return ZendeskSettings.DEFINITIONS;
  }

  @Override
  public HelpdeskConnector create(ConnectorSettings settings, Clock clock) {
    return create(settings, clock, Sleeper.REAL);
  }

  /** As {@link #create(ConnectorSettings, Clock)}, with the way of waiting injected (tests). */
  public ZendeskConnector create(ConnectorSettings settings, Clock clock, Sleeper sleeper) {
    return new ZendeskConnector(ZendeskSettings.from(settings, clock), clock, sleeper);
  }
}
