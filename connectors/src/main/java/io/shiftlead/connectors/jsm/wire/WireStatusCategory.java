package io.shiftlead.connectors.jsm.wire;

/** {@code {"key": "new"|"indeterminate"|"done", "name": ...}}. */
public record WireStatusCategory(String key, String name) {}
