package io.shiftlead.connectors.jsm.wire;

import java.util.List;

/** The body of {@code POST /rest/api/3/search/jql}; {@code nextPageToken} is null on a scan's first page. */
public record SearchRequest(
    String jql, List<String> fields, int maxResults, String nextPageToken, String expand) {

  /** A search that also returns each issue's changelog (the status history of the SLA pauses). */
  public static SearchRequest withChangelog(String jql, List<String> fields, int maxResults,
      String nextPageToken) {
    return new SearchRequest(jql, fields, maxResults, nextPageToken, "changelog");
  }
}
