package io.shiftlead.plugin.application.qa;

import io.shiftlead.plugin.infrastructure.store.Database;
import java.util.UUID;

class QaServiceOnH2Test extends QaServiceContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
