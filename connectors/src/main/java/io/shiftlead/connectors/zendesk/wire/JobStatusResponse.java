package io.shiftlead.connectors.zendesk.wire;

/** The {@code {"job_status": ...}} envelope of update_many and job status reads. */
public record JobStatusResponse(WireJobStatus jobStatus) {}
