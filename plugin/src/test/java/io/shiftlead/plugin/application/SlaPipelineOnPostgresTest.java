package io.shiftlead.plugin.application;

import io.shiftlead.plugin.infrastructure.store.Database;

/** The SLA pipeline on PostgreSQL; skipped without {@code -Dshiftlead.pg.url}. */
class SlaPipelineOnPostgresTest extends SlaPipelineContract {
  @Override
  Database openFreshStore() {
    return new SyncServiceOnPostgresTest().openFreshStore();
  }
}
