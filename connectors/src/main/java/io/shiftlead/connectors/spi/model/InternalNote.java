package io.shiftlead.connectors.spi.model;

import java.util.Objects;

/**
 * An internal (agent-only) note to post on a ticket.
 *
 * @param idempotencyKey stable for the same decision on the same ticket: adapters embed it in the
 *     note so that a retry after an unknown outcome can find the note and not post it again
 */
public record InternalNote(String body, String idempotencyKey) {
  public InternalNote {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (!idempotencyKey.matches("[A-Za-z0-9._:-]{8,80}")) {
      throw new IllegalArgumentException(
          "idempotency key must be 8-80 characters of [A-Za-z0-9._:-]: " + idempotencyKey);
    }
  }

  /** The marker adapters append to the note body; searching a conversation for it finds the note. */
  public String marker() {
    return "[shiftlead:" + idempotencyKey + "]";
  }
}
