package io.shiftlead.connectors.spi.model;

import io.shiftlead.connectors.spi.error.ConnectorException;

/**
 * What became of one {@link TicketUpdate}.
 *
 * @param noteAlreadyPresent the note was found on the ticket (an earlier attempt had posted it) and
 *     was not posted again
 * @param error null when applied; otherwise why this ticket's update failed (the batch went on)
 */
public record UpdateResult(String ticketId, boolean noteAlreadyPresent, ConnectorException error) {

  public static UpdateResult applied(String ticketId) {
    return new UpdateResult(ticketId, false, null);
  }

  public static UpdateResult failed(String ticketId, ConnectorException error) {
    return new UpdateResult(ticketId, false, error);
  }

  public boolean succeeded() {
    return error == null;
  }
}
