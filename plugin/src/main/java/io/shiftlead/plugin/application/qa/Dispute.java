package io.shiftlead.plugin.application.qa;

import java.time.Instant;
import java.util.Locale;

/**
 * An agent's objection to a QA score, about one criterion or (criterion null) the whole result.
 */
public record Dispute(long id, String connector, String ticketId, String agent,
    String criterionId, String reason, Status status, String resolver, String resolution,
    Instant createdAt, Instant resolvedAt) {

  /** Open until a reviewer accepts or rejects it. */
  public enum Status {
    OPEN, ACCEPTED, REJECTED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
