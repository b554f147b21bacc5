/** The SQL store (H2 or PostgreSQL, Flyway-migrated): tickets, outbox, cursors, webhook inbox. */
package io.shiftlead.plugin.infrastructure.store;
