package io.shiftlead.connectors.spi;

import java.time.Clock;
import java.util.List;

/**
 * Creates connectors of one helpdesk type. Found with {@link java.util.ServiceLoader}; listed in
 * {@code META-INF/services/io.shiftlead.connectors.spi.HelpdeskConnectorFactory}.
 */
public interface HelpdeskConnectorFactory {

  /** The stable type id the config refers to: {@code zendesk}, {@code freshdesk}, ... */
  String id();

  /** The settings this adapter reads, with secrets marked. */
  List<SettingDefinition> settings();

  /**
   * A connector for one account.
   *
   * @param clock the time source for start times and webhook replay windows
   * @throws IllegalArgumentException naming the setting when one is missing or invalid
   */
  HelpdeskConnector create(ConnectorSettings settings, Clock clock);
}
