package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * The QA API of one ticket (docs/qa.md): {@code GET .../qa} (the sidebar badge), {@code POST
 * .../qa/reviews}, {@code POST .../qa/disputes}. Routing only; {@link QaApi} does the work.
 */
@Path("/v1/tickets/{connector}/{ticketId}/qa")
@Produces(MediaType.APPLICATION_JSON)
public class QaResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  static QaApi api(ShiftleadLifecycle lifecycle) {
    return new QaApi(lifecycle.runtime().flatMap(r -> r.qa()), Clock.systemUTC());
  }

  static Response answer(QaApi.Answer answer) {
    return Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
        .entity(answer.json()).build();
  }

  @GET
  public Response ticket(@PathParam("connector") String connector,
      @PathParam("ticketId") String ticketId) {
    return answer(api(lifecycle).ticket(connector, ticketId));
  }

  @POST
  @Path("/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response review(@PathParam("connector") String connector,
      @PathParam("ticketId") String ticketId, String body) {
    return answer(api(lifecycle).review(connector, ticketId, body));
  }

  @POST
  @Path("/disputes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response dispute(@PathParam("connector") String connector,
      @PathParam("ticketId") String ticketId, String body) {
    return answer(api(lifecycle).dispute(connector, ticketId, body));
  }
}
