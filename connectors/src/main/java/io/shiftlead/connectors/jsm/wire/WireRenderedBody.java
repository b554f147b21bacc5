package io.shiftlead.connectors.jsm.wire;

/** {@code renderedBody} of a request comment (asked for with {@code expand=renderedBody}). */
public record WireRenderedBody(String html) {}
