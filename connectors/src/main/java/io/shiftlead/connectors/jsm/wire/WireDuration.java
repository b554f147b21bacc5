package io.shiftlead.connectors.jsm.wire;

/** The servicedesk API's duration: {@code {"millis": 14400000, "friendly": "4h"}}; negative remaining after a breach. */
public record WireDuration(Long millis, String friendly) {}
