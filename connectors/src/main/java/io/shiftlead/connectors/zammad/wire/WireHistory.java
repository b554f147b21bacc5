package io.shiftlead.connectors.zammad.wire;

import java.time.Instant;

/**
 * One entry of {@code GET /api/v1/ticket_history/{id}}: {@code type} (created, updated, ...),
 * {@code object} (Ticket, Ticket::Article, ...), {@code attribute} (state, priority, ...) and the
 * values before and after, by name.
 */
public record WireHistory(
    Long id, Long oId, String type, String object, String attribute, String valueFrom,
    String valueTo, Instant createdAt) {}
