package io.shiftlead.connectors.jsm.api;

import io.shiftlead.connectors.jsm.JsmClient;
import io.shiftlead.connectors.jsm.wire.WireFeedback;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.Optional;

/**
 * A request's CSAT answer, {@code GET /rest/servicedeskapi/request/{key}/feedback}. The answer for a
 * request without feedback is not documented: 404, 204, an empty body and a body without rating all
 * read as "none".
 */
public final class FeedbackApi {
  private final JsmClient client;

  public FeedbackApi(JsmClient client) {
    this.client = client;
  }

  public Optional<WireFeedback> get(String key) throws ConnectorException {
    return client.getIfPresent("feedback of request " + key,
            client.url("rest/servicedeskapi/request").addPathSegment(key).addPathSegment("feedback").build(),
            WireFeedback.class)
        .filter(feedback -> feedback.rating() != null);
  }
}
