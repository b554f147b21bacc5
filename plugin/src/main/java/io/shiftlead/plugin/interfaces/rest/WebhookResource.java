package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.connectors.spi.WebhookRejectedException;
import io.shiftlead.plugin.application.WebhookIntakeService;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/webhooks/{connector}}: a helpdesk's webhook. Thin on purpose: size limit,
 * verification by the adapter, tickets into the inbox, 202; the connector's worker does the rest.
 */
@Path("/v1/webhooks/{connector}")
public class WebhookResource {
  static final int MAX_BODY_BYTES = 1 << 20;

  @Inject
  ShiftleadLifecycle lifecycle;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(@PathParam("connector") String connector, @Context HttpHeaders headers,
      InputStream body) throws IOException {
    Optional<WebhookIntakeService> intake = lifecycle.runtime().flatMap(r -> r.webhooks(connector));
    if (intake.isEmpty()) {
      return error(404, "no connector '" + connector + "' taking webhooks (is webhookSecret set?)");
    }
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      return error(413, "webhook body larger than " + MAX_BODY_BYTES + " bytes");
    }
    Map<String, String> lowerCased = new HashMap<>();
    headers.getRequestHeaders().forEach((name, values) ->
        lowerCased.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    try {
      WebhookIntakeService.Intake taken = intake.get().take(lowerCased, bytes);
      return Response.accepted(Map.of("queued", taken.ticketsQueued(),
          "duplicate", taken.duplicate())).build();
    } catch (WebhookRejectedException e) {
      return error(e.status(), e.getMessage());
    }
  }

  private static Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message)).build();
  }
}
