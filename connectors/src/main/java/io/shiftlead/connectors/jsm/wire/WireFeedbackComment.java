package io.shiftlead.connectors.jsm.wire;

/** The free-text part of a CSAT answer. */
public record WireFeedbackComment(String body) {}
