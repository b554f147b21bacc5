package io.shiftlead.connectors.zendesk.wire;

/** {@code via}: how a ticket or comment was created ({@code email}, {@code web}, {@code rule}, ...). */
public record WireVia(String channel) {}
