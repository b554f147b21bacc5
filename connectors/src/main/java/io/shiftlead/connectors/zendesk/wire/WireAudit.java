package io.shiftlead.connectors.zendesk.wire;

import java.time.Instant;
import java.util.List;

/** A ticket audit: one update of a ticket, with its events, stamped {@code created_at}. */
public record WireAudit(
    Long id, Long ticketId, Long authorId, Instant createdAt, WireVia via, List<WireAuditEvent> events) {}
