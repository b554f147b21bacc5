package io.shiftlead.plugin.application;

import io.shiftlead.plugin.infrastructure.store.Database;
import java.util.UUID;

class SlaPipelineOnH2Test extends SlaPipelineContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
