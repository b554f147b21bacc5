package io.shiftlead.connectors.jsm.wire;

/** A named reference such as a priority: {@code {"id": "2", "name": "High"}}. */
public record WireNamed(String id, String name) {}
