package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/reports/qa/calibration} (agreement of checks and reviewers per criterion) and
 * {@code GET /api/v1/reports/qa/coaching} (per agent: weekly category trends, weakest criteria).
 */
@Path("/v1/reports/qa")
@Produces(MediaType.APPLICATION_JSON)
public class QaReportsResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  @Path("/calibration")
  public Response calibration(@QueryParam("connector") String connector,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return QaResource.answer(QaResource.api(lifecycle).calibration(connector, from, to));
  }

  @GET
  @Path("/coaching")
  public Response coaching(@QueryParam("connector") String connector,
      @QueryParam("agent") String agent, @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return QaResource.answer(QaResource.api(lifecycle).coaching(connector, agent, from, to));
  }
}
