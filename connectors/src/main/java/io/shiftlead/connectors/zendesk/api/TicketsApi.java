package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.JobStatusResponse;
import io.shiftlead.connectors.zendesk.wire.TicketResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading one ticket and writing tickets ({@code PUT /tickets/{id}}, {@code update_many}). */
public final class TicketsApi {
  private final ZendeskClient client;
  private final UsersCache users;

  public TicketsApi(ZendeskClient client, UsersCache users) {
    this.client = client;
    this.users = users;
  }

  /** {@code GET /api/v2/tickets/{id}.json?include=users}; 404 is thrown as NotFoundException. */
  public TicketResponse get(long ticketId) throws ConnectorException {
    TicketResponse response = client.get("ticket " + ticketId,
        client.url("api/v2/tickets/" + ticketId + ".json").addQueryParameter("include", "users").build(),
        TicketResponse.class);
    users.addAll(response.users());
    return response;
  }

  /** {@code PUT /api/v2/tickets/{id}.json} with {@code {"ticket": changes}}. */
  public void update(long ticketId, Map<String, Object> changes) throws ConnectorException {
    client.put("update of ticket " + ticketId, client.url("api/v2/tickets/" + ticketId + ".json").build(),
        Map.of("ticket", changes), TicketResponse.class);
  }

  /** The same, sent as a safe update; empty when Zendesk answers 409 (the ticket changed meanwhile). */
  public Optional<TicketResponse> safeUpdate(long ticketId, Map<String, Object> changes)
      throws ConnectorException {
    return client.putUnlessConflict("safe update of ticket " + ticketId,
        client.url("api/v2/tickets/" + ticketId + ".json").build(), Map.of("ticket", changes),
        TicketResponse.class);
  }

  /** {@code PUT /api/v2/tickets/update_many.json} with per-ticket bodies (each carries its id); at most 100. */
  public JobStatusResponse updateMany(List<Map<String, Object>> tickets) throws ConnectorException {
    return client.put("update_many of " + tickets.size() + " tickets",
        client.url("api/v2/tickets/update_many.json").build(), Map.of("tickets", tickets),
        JobStatusResponse.class);
  }
}
