package io.shiftlead.connectors.zammad.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zammad.ZammadClient;
import io.shiftlead.connectors.zammad.wire.HistoryResponse;
import io.shiftlead.connectors.zammad.wire.WireHistory;
import java.util.List;

/**
 * A ticket's history ({@code GET /api/v1/ticket_history/{id}}: every entry in one answer, oldest
 * first, no pagination), read for the status history of the SLA pauses.
 */
public final class HistoryApi {
  private final ZammadClient client;

  public HistoryApi(ZammadClient client) {
    this.client = client;
  }

  public List<WireHistory> ofTicket(long ticketId) throws ConnectorException {
    HistoryResponse response = client.get("history of ticket " + ticketId,
        client.url("api/v1/ticket_history/" + ticketId).build(), HistoryResponse.class);
    return response.history() == null ? List.of() : response.history();
  }
}
