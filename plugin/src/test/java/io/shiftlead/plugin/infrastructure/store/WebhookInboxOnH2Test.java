package io.shiftlead.plugin.infrastructure.store;

import java.util.UUID;

class WebhookInboxOnH2Test extends WebhookInboxContract {
  @Override
  Database openFreshStore() {
    return Database.open("jdbc:h2:mem:inbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
        "");
  }
}
