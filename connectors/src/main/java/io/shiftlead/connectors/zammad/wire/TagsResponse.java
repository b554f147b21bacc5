package io.shiftlead.connectors.zammad.wire;

import java.util.List;

/** {@code GET /api/v1/tags?object=Ticket&o_id={id}}. */
public record TagsResponse(List<String> tags) {}
