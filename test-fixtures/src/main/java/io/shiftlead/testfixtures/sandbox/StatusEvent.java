package io.shiftlead.testfixtures.sandbox;

import java.time.Instant;

/**
 * A status change of a sandbox ticket, Zendesk status names. {@code auditId} is the audit that
 * carried it (an API update, a requester reply), or null for the seeded history, whose audits are
 * derived when rendered.
 */
record StatusEvent(Instant at, String from, String to, Long auditId, Long authorId, String channel) {}
