package io.shiftlead.plugin.application.cluster;

import io.shiftlead.plugin.infrastructure.store.Database;
import java.util.UUID;

/** The lease contract on an in-memory H2. */
class LeaseOnH2Test extends LeaseContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:lease-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
