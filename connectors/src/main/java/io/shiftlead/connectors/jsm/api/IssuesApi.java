package io.shiftlead.connectors.jsm.api;

import io.shiftlead.connectors.jsm.JsmClient;
import io.shiftlead.connectors.jsm.wire.WireIssue;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.List;
import java.util.Map;

/** Reading one issue and editing it on the platform API ({@code /rest/api/3/issue/{key}}). */
public final class IssuesApi {
  private final JsmClient client;

  public IssuesApi(JsmClient client) {
    this.client = client;
  }

  /**
   * {@code GET /rest/api/3/issue/{key}?fields=...&expand=changelog}; 404 is thrown as
   * NotFoundException.
   */
  public WireIssue get(String key, List<String> fields) throws ConnectorException {
    return client.get("issue " + key, client.url("rest/api/3/issue").addPathSegment(key)
        .addQueryParameter("fields", String.join(",", fields))
        .addQueryParameter("expand", "changelog").build(), WireIssue.class);
  }

  /** {@code PUT /rest/api/3/issue/{key}} with {@code {"fields": ..., "update": ...}}; answers 204. */
  public void edit(String key, Map<String, Object> body) throws ConnectorException {
    client.put("edit of issue " + key, client.url("rest/api/3/issue").addPathSegment(key).build(), body);
  }

  /** {@code PUT /rest/api/3/issue/{key}/assignee} with {@code {"accountId": ...}}; answers 204. */
  public void assign(String key, String accountId) throws ConnectorException {
    client.put("assignment of issue " + key,
        client.url("rest/api/3/issue").addPathSegment(key).addPathSegment("assignee").build(),
        Map.of("accountId", accountId));
  }
}
