package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.IncrementalTicketsResponse;
import java.time.Instant;

/** The cursor-based incremental ticket export ({@code /api/v2/incremental/tickets/cursor.json}). */
public final class IncrementalExportApi {
  private static final String PATH = "api/v2/incremental/tickets/cursor.json";

  private final ZendeskClient client;
  private final UsersCache users;

  public IncrementalExportApi(ZendeskClient client, UsersCache users) {
    this.client = client;
    this.users = users;
  }

  /** The first page: tickets generated since {@code startTime}. */
  public IncrementalTicketsResponse start(Instant startTime, int pageSize) throws ConnectorException {
    return read(client.url(PATH)
        .addQueryParameter("start_time", Long.toString(startTime.getEpochSecond()))
        .addQueryParameter("per_page", Integer.toString(pageSize))
        .addQueryParameter("include", "users,comment_count"));
  }

  /** The page after {@code afterCursor} (no start_time: the cursor carries the position). */
  public IncrementalTicketsResponse next(String afterCursor, int pageSize) throws ConnectorException {
    return read(client.url(PATH)
        .addQueryParameter("cursor", afterCursor)
        .addQueryParameter("per_page", Integer.toString(pageSize))
        .addQueryParameter("include", "users,comment_count"));
  }

  private IncrementalTicketsResponse read(okhttp3.HttpUrl.Builder url) throws ConnectorException {
    IncrementalTicketsResponse page =
        client.getExport("incremental ticket export", url.build(), IncrementalTicketsResponse.class);
    users.addAll(page.users());
    return page;
  }
}
