package io.shiftlead.plugin.infrastructure.store;

import java.util.UUID;

class KpiStoreOnH2Test extends KpiStoreContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
