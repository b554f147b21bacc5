package io.shiftlead.connectors.zendesk.wire;

import java.util.List;

/** The {@code {"job_statuses": [...]}} envelope of {@code job_statuses/show_many}. */
public record JobStatusesResponse(List<WireJobStatus> jobStatuses) {}
