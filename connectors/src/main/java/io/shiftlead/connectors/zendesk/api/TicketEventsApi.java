package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.TicketEventsResponse;

/**
 * The incremental ticket event export with comment events,
 * {@code GET /api/v2/incremental/ticket_events.json?start_time=&include=comment_events}: every
 * update of every ticket since {@code start_time}, about 1 000 a page. An export endpoint: each page
 * takes a permit of the export limiter (Zendesk: 10 a minute, 30 with High Volume).
 */
public final class TicketEventsApi {
  private static final String PATH = "api/v2/incremental/ticket_events.json";

  private final ZendeskClient client;

  public TicketEventsApi(ZendeskClient client) {
    this.client = client;
  }

  public TicketEventsResponse page(long startTime) throws ConnectorException {
    return client.getExport("incremental ticket event export", client.url(PATH)
        .addQueryParameter("start_time", Long.toString(startTime))
        .addQueryParameter("include", "comment_events")
        .build(), TicketEventsResponse.class);
  }
}
