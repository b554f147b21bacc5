package io.shiftlead.connectors.zendesk.wire;

import java.util.List;

/** {@code GET /api/v2/tickets/{id}/audits.json} with cursor pagination. */
public record AuditsResponse(List<WireAudit> audits, WireMeta meta) {}
