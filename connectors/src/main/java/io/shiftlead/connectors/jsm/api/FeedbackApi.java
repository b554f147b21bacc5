package io.shiftlead.connectors.jsm.api;

import io.shiftlead.connectors.jsm.JsmClient;
import io.shiftlead.connectors.jsm.wire.WireFeedback;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import java.util.Optional;

/**
 * A request's CSAT answer, {@code GET /rest/servicedeskapi/request/{key}/feedback}. The answer for a
 * request without feedback is not documented; 404 is expected and read as "none".
 */
public final class FeedbackApi {
  private final JsmClient client;

  public FeedbackApi(JsmClient client) {
    this.client = client;
  }

  public Optional<WireFeedback> get(String key) throws ConnectorException {
    try {
      WireFeedback feedback = client.get("feedback of request " + key,
          client.url("rest/servicedeskapi/request").addPathSegment(key).addPathSegment("feedback").build(),
          WireFeedback.class);
      return feedback.rating() == null ? Optional.empty() : Optional.of(feedback);
    } catch (NotFoundException none) {
      return Optional.empty();
    }
  }
}
