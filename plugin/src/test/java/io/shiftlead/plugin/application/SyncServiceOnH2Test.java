package io.shiftlead.plugin.application;

import io.shiftlead.plugin.infrastructure.store.Database;
import java.util.UUID;

class SyncServiceOnH2Test extends SyncServiceContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
