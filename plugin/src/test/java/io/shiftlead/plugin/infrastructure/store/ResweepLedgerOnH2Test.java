package io.shiftlead.plugin.infrastructure.store;

import java.util.UUID;

class ResweepLedgerOnH2Test extends ResweepLedgerContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:resweeps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
        "");
  }
}
