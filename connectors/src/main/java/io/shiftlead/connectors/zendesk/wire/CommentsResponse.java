package io.shiftlead.connectors.zendesk.wire;

import java.util.List;

/** {@code GET /api/v2/tickets/{id}/comments.json} with cursor pagination. */
public record CommentsResponse(List<WireComment> comments, List<WireUser> users, WireMeta meta) {}
