package io.shiftlead.testfixtures.generator;

import java.time.Instant;

/** A status transition, with Zendesk status names (new, open, pending, hold, solved, closed, deleted). */
public record StatusChange(Instant at, String from, String to) {}
