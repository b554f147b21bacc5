package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.rules.LoadReport;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /api/v1/rules/reload}: re-reads the rules directory after an admin edited it. Files
 * with problems are listed with file, line and hint and are not applied; the last good version of
 * each keeps running.
 */
@Path("/v1/rules/reload")
public class RulesResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response reload() {
    return lifecycle.runtime().map(runtime -> {
      LoadReport report = runtime.reloadRules("rules API");
      Map<String, List<String>> rejected = new TreeMap<>();
      report.rejected().forEach((file, problems) ->
          rejected.put(file, problems.stream().map(Object::toString).toList()));
      return Response.status(report.ok() ? 200 : 422).entity(Map.of("ok", report.ok(),
          "loaded", report.loaded(), "rejected", rejected)).build();
    }).orElseGet(() -> Response.status(503).entity(Map.of("error", "not started")).build());
  }
}
