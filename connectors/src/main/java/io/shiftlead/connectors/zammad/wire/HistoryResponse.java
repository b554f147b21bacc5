package io.shiftlead.connectors.zammad.wire;

import java.util.List;

/** {@code GET /api/v1/ticket_history/{id}}: {@code {"history": [...], "assets": {...}}}, oldest first. */
public record HistoryResponse(List<WireHistory> history) {}
