package io.shiftlead.connectors.rt.api;

import io.shiftlead.connectors.rt.RtClient;
import io.shiftlead.connectors.rt.wire.WireCollection;
import io.shiftlead.connectors.rt.wire.WireTicket;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.List;
import java.util.Map;

/** Searching tickets ({@code GET /tickets}), reading one ({@code GET /ticket/{id}}) and updating it. */
public final class TicketsApi {
  /**
   * The fields a search returns per ticket. {@code CustomFields} makes a page ~8x slower (290 ms
   * instead of 37 ms per 100 tickets on the test RT) but saves one read per ticket.
   */
  static final String FIELDS = "Subject,Status,Priority,Created,LastUpdated,Owner,Queue,Requestor,CustomFields";

  private final RtClient client;

  public TicketsApi(RtClient client) {
    this.client = client;
  }

  /** One page of a TicketSQL search, oldest change first, ties broken by id. */
  public WireCollection<WireTicket> search(String ticketSql, int page, int perPage)
      throws ConnectorException {
    return client.get("ticket search page " + page, client.url("tickets")
        .addQueryParameter("query", ticketSql)
        .addQueryParameter("orderby", "LastUpdated").addQueryParameter("order", "ASC")
        .addQueryParameter("orderby", "id").addQueryParameter("order", "ASC")
        .addQueryParameter("per_page", Integer.toString(perPage))
        .addQueryParameter("page", Integer.toString(page))
        .addQueryParameter("fields", FIELDS)
        .addQueryParameter("fields[Queue]", "Name")
        .build(), client.collectionOf(WireTicket.class));
  }

  /** {@code GET /ticket/{id}}; 404 is thrown as NotFoundException. */
  public WireTicket get(long id) throws ConnectorException {
    return client.get("ticket " + id, client.url("ticket/" + id)
        .addQueryParameter("fields[Queue]", "Name").build(), client.type(WireTicket.class));
  }

  /**
   * {@code PUT /ticket/{id}}; answers 200 with RT's human-readable messages even when a change was
   * refused, so the caller checks them.
   */
  public List<String> update(long id, Map<String, Object> changes) throws ConnectorException {
    String[] messages = client.put("update of ticket " + id, client.url("ticket/" + id).build(),
        changes, client.type(String[].class));
    return List.of(messages);
  }
}
