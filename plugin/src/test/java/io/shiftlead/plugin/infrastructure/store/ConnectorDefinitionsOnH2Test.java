package io.shiftlead.plugin.infrastructure.store;

import java.util.UUID;

class ConnectorDefinitionsOnH2Test extends ConnectorDefinitionsContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
