package io.shiftlead.connectors.zendesk.wire;

/** One ticket's outcome in a finished job. */
public record WireJobResult(
    Long id, Integer index, String action, Boolean success, String status, String error,
    String details) {}
