package io.shiftlead.connectors.rt.api;

import io.shiftlead.connectors.rt.RtClient;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.List;
import java.util.Map;

/** Internal notes: {@code POST /ticket/{id}/comment} (a Comment transaction, not mailed to requestors). */
public final class CommentsApi {
  private final RtClient client;

  public CommentsApi(RtClient client) {
    this.client = client;
  }

  /**
   * Posts {@code text} as a comment. Sent as JSON: a raw body under {@code application/json} makes
   * RT answer 500. Answers 201 with {@code ["Comments added"]}.
   */
  public List<String> comment(long ticketId, String text) throws ConnectorException {
    String[] messages = client.post("comment on ticket " + ticketId,
        client.url("ticket/" + ticketId + "/comment").build(),
        Map.of("Content", text, "ContentType", "text/plain"), client.type(String[].class));
    return List.of(messages);
  }
}
