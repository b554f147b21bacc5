package io.shiftlead.connectors.jsm.wire;

/** {@code GET /rest/servicedeskapi/request/{key}/feedback}: {@code {"type": "csat", "rating": 1..5, "comment": {"body"}}}. */
public record WireFeedback(String type, Integer rating, WireFeedbackComment comment) {}
