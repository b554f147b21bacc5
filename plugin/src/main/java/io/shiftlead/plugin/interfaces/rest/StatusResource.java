package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ConnectorStatus;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/status}: one object per connector (cursor, counts, last error). */
@Path("/v1/status")
public class StatusResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, List<ConnectorStatus>> status() {
    return Map.of("connectors",
        lifecycle.runtime().map(r -> r.status()).orElse(List.of()));
  }
}
