package io.shiftlead.plugin.core.rules;

/** One action as it ran: what was written and what it did ("priority already urgent"). */
public record ActionEffect(String type, String value, String effect) {}
