package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.AuditsResponse;
import io.shiftlead.connectors.zendesk.wire.WireAudit;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * A ticket's audits ({@code GET /api/v2/tickets/{id}/audits.json}), oldest first, read with cursor
 * pagination (100 audits a page). The connector reads them for the ticket's status history; calls
 * go through the same rate limiter, circuit breaker and retry as every other read.
 */
public final class AuditsApi {
  private static final int PAGE_SIZE = 100;
  /** A guard against a server that keeps saying has_more: 500 pages = 50,000 audits. */
  private static final int MAX_PAGES = 500;

  private final ZendeskClient client;

  public AuditsApi(ZendeskClient client) {
    this.client = client;
  }

  public List<WireAudit> list(long ticketId) throws ConnectorException {
    List<WireAudit> audits = new ArrayList<>();
    String after = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      HttpUrl.Builder url = client.url("api/v2/tickets/" + ticketId + "/audits.json")
          .addQueryParameter("page[size]", Integer.toString(PAGE_SIZE));
      if (after != null) {
        url.addQueryParameter("page[after]", after);
      }
      AuditsResponse response =
          client.get("audits of ticket " + ticketId, url.build(), AuditsResponse.class);
      if (response.audits() != null) {
        audits.addAll(response.audits());
      }
      if (response.meta() == null || !response.meta().more()) {
        break;
      }
      after = response.meta().afterCursor();
    }
    return audits;
  }
}
