package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code POST /api/v1/qa/disputes/{id}}: a reviewer accepts or rejects an open dispute. */
@Path("/v1/qa/disputes/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class QaDisputeResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response resolve(@PathParam("id") String id, String body,
      @Context SecurityContext security) {
    // a reviewer scoped to some connectors sees other connectors' disputes as not found
    return QaResource.answer(QaResource.api(lifecycle).resolve(id, body,
        connector -> TokenSecurityContext.mayRead(security, connector)));
  }
}
