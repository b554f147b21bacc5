package io.shiftlead.connectors.freshdesk.api;

import io.shiftlead.connectors.freshdesk.FreshdeskClient;
import io.shiftlead.connectors.freshdesk.Listing;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import okhttp3.HttpUrl;

/** Listing changed tickets, reading one ticket and {@code PUT /api/v2/tickets/{id}}. */
public final class TicketsApi {
  /**
   * The list filters: none (the default view leaves spam and deleted tickets out), then
   * {@code filter=deleted} and {@code filter=spam}, which must be asked for separately.
   */
  public enum Pass {
    ALL(null), DELETED("deleted"), SPAM("spam");

    final String filter;

    Pass(String filter) {
      this.filter = filter;
    }
  }

  private final FreshdeskClient client;

  public TicketsApi(FreshdeskClient client) {
    this.client = client;
  }

  /**
   * {@code GET /api/v2/tickets?updated_since=..&order_by=updated_at&order_type=asc&per_page=..&page=..
   * &include=requester,description[&filter=..]}: oldest change first, with the requester and the
   * description (the first customer message) embedded so no per-ticket read is needed.
   */
  public Listing<WireTicket> changedSince(Pass pass, Instant since, int page, int pageSize)
      throws ConnectorException {
    HttpUrl.Builder url = client.url("api/v2/tickets")
        .addQueryParameter("updated_since", since.truncatedTo(ChronoUnit.SECONDS).toString())
        .addQueryParameter("order_by", "updated_at")
        .addQueryParameter("order_type", "asc")
        .addQueryParameter("per_page", Integer.toString(pageSize))
        .addQueryParameter("page", Integer.toString(page))
        .addQueryParameter("include", "requester,description");
    if (pass.filter != null) {
      url.addQueryParameter("filter", pass.filter);
    }
    return client.list("ticket list" + (pass.filter == null ? "" : " (" + pass.filter + ")"),
        url.build(), WireTicket[].class, true);
  }

  /** {@code GET /api/v2/tickets/{id}?include=requester}; 404 is thrown as NotFoundException. */
  public WireTicket get(long ticketId) throws ConnectorException {
    return client.get("ticket " + ticketId,
        client.url("api/v2/tickets/" + ticketId).addQueryParameter("include", "requester").build(),
        WireTicket.class);
  }

  /** {@code PUT /api/v2/tickets/{id}} with the changed properties only (Freshdesk's body is unwrapped). */
  public WireTicket update(long ticketId, Map<String, Object> changes) throws ConnectorException {
    return client.put("update of ticket " + ticketId,
        client.url("api/v2/tickets/" + ticketId).build(), changes, WireTicket.class);
  }
}
