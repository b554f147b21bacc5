package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.apps.AppPackager;
import io.shiftlead.plugin.infrastructure.apps.AppPackager.Vendor;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code GET /api/v1/apps/{zendesk|freshdesk}.zip?baseUrl=https://host&connector=name} (admin):
 * the helpdesk app with this installation's host built in; without {@code baseUrl} the generic
 * localhost package. A bad {@code baseUrl} is 400 with what to change.
 */
@Path("/v1/apps/{vendor}.zip")
public class AppsResource {
  private static final AppPackager PACKAGER = new AppPackager();

  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @jakarta.ws.rs.Produces({"application/zip", MediaType.APPLICATION_JSON})
  public Response download(@PathParam("vendor") String vendorName,
      @QueryParam("baseUrl") String baseUrl, @QueryParam("connector") String connector) {
    try {
      Vendor vendor = Vendor.of(vendorName);
      if (connector != null && !connector.isBlank() && lifecycle.runtime()
          .map(r -> !r.knowsConnector(connector)).orElse(true)) {
        return bad(404, "no connector named '" + connector + "' is configured");
      }
      byte[] zip = baseUrl == null || baseUrl.isBlank() ? PACKAGER.generic(vendor)
          : PACKAGER.build(vendor, AppPackager.target(vendor, baseUrl, connector));
      String file = "shiftlead-" + vendorName.toLowerCase(java.util.Locale.ROOT) + "-app.zip";
      return Response.ok(zip, "application/zip")
          .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
          .header("Cache-Control", "no-store").build();
    } catch (IllegalArgumentException e) {
      return bad(400, e.getMessage());
    }
  }

  private static Response bad(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message)).build();
  }
}
