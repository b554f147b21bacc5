package io.shiftlead.connectors.jsm.wire;

/** One cycle of an SLA metric; {@code stopTime} only on completed cycles, {@code paused} only on the ongoing one. */
public record WireSlaCycle(
    WireDate startTime,
    WireDate stopTime,
    WireDate breachTime,
    Boolean breached,
    Boolean paused,
    Boolean withinCalendarHours,
    WireDuration goalDuration,
    WireDuration elapsedTime,
    WireDuration remainingTime) {}
