package io.shiftlead.connectors.freshdesk.wire;

/** The requester embedded by {@code include=requester}. */
public record WireRequester(Long id, String name, String email, String language) {}
