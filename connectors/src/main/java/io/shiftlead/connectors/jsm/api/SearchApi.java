package io.shiftlead.connectors.jsm.api;

import io.shiftlead.connectors.jsm.JsmClient;
import io.shiftlead.connectors.jsm.wire.SearchRequest;
import io.shiftlead.connectors.jsm.wire.SearchResponse;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.List;

/**
 * The enhanced JQL search, {@code POST /rest/api/3/search/jql}: token pagination only (the old
 * {@code /search} with startAt/total is removed). POST so long JQL and field lists stay out of the URL.
 */
public final class SearchApi {
  private final JsmClient client;

  public SearchApi(JsmClient client) {
    this.client = client;
  }

  /**
   * One page; {@code nextPageToken} null for the first. Issues come with {@code expand=changelog}:
   * their status history costs no extra request.
   */
  public SearchResponse page(String jql, List<String> fields, int maxResults, String nextPageToken)
      throws ConnectorException {
    return client.post("JQL search" + (nextPageToken == null ? "" : " (next page)"),
        client.url("rest/api/3/search/jql").build(),
        SearchRequest.withChangelog(jql, fields, maxResults, nextPageToken), SearchResponse.class);
  }
}
