package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.function.Function;

/**
 * The console's editor, dry run and user list (admin):
 *
 * <ul>
 *   <li>{@code GET /api/v1/admin/files/{kind}}: the files of a kind ({@code rules}, {@code sla},
 *       {@code qa});
 *   <li>{@code GET|PUT /api/v1/admin/files/{kind}/{name}}: read; validate and save (the body is
 *       the YAML text). 422 lists the problems with file, line and column and saves nothing;
 *       {@code ?validateOnly=true} only validates;
 *   <li>{@code POST /api/v1/admin/dry-run}: {@code {"file","yaml","days"}}, the diff of what the
 *       candidate rules would change over the tickets updated in the last N days;
 *   <li>{@code GET /api/v1/admin/access}: the configured tokens' names, roles and connectors;
 *   <li>{@code GET /api/v1/admin/connector-types}: each connector type's settings (secrets marked);
 *   <li>{@code GET|POST /api/v1/admin/connectors}, {@code PUT|DELETE
 *       /api/v1/admin/connectors/{name}}: connectors added from the console, secrets encrypted at
 *       rest and never returned ({@code "apiToken": {"set": true}}); {@code POST
 *       /api/v1/admin/connectors/test}: a definition not saved yet, tested;
 *   <li>{@code GET /api/v1/admin/connector-changes}: who added, changed or deleted which connector;
 *   <li>{@code POST /api/v1/admin/reload/{kind}}: re-reads files edited on disk ({@code rules},
 *       {@code sla}, {@code qa}); 422 with the problems and nothing changed when one is bad;
 *   <li>{@code GET /api/v1/admin/shadow}, {@code PUT /api/v1/admin/shadow/{kind}}: the shadow
 *       switch of SLA and QA; {@code GET /api/v1/admin/shadow/decisions}: what they would write;
 *   <li>{@code GET /api/v1/admin/changes}: the change log (who saved, reloaded or switched what);
 * </ul>
 */
@Path("/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  static Response call(ShiftleadLifecycle lifecycle, Function<AdminApi, AdminApi.Answer> work) {
    return call(lifecycle, null, work);
  }

  /** With the caller's token name, for the change log. */
  static Response call(ShiftleadLifecycle lifecycle, SecurityContext caller,
      Function<AdminApi, AdminApi.Answer> work) {
    String actor = caller == null || caller.getUserPrincipal() == null ? null
        : caller.getUserPrincipal().getName();
    AdminApi.Answer answer = lifecycle.runtime()
        .map(runtime -> work.apply(new AdminApi(runtime, Clock.systemUTC(), actor)))
        .orElseGet(() -> AdminApi.error(503, "Shiftlead has not started"));
    return Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
        .entity(answer.json()).build();
  }

  @GET
  @Path("/files/{kind}")
  public Response list(@PathParam("kind") String kind) {
    return call(lifecycle, api -> api.listFiles(kind));
  }

  @GET
  @Path("/files/{kind}/{name}")
  public Response read(@PathParam("kind") String kind, @PathParam("name") String name) {
    return call(lifecycle, api -> api.readFile(kind, name));
  }

  @PUT
  @Path("/files/{kind}/{name}")
  @Consumes({MediaType.TEXT_PLAIN, "application/yaml", "text/yaml"})
  public Response save(@PathParam("kind") String kind, @PathParam("name") String name,
      @QueryParam("validateOnly") boolean validateOnly, @Context SecurityContext caller,
      String text) {
    return call(lifecycle, caller, api -> api.saveFile(kind, name, text, validateOnly));
  }

  @POST
  @Path("/reload/{kind}")
  public Response reload(@PathParam("kind") String kind, @Context SecurityContext caller) {
    return call(lifecycle, caller, api -> api.reload(kind));
  }

  @GET
  @Path("/shadow")
  public Response shadow() {
    return call(lifecycle, api -> api.shadowModes());
  }

  @PUT
  @Path("/shadow/{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setShadow(@PathParam("kind") String kind, @Context SecurityContext caller,
      String body) {
    return call(lifecycle, caller, api -> api.setShadow(kind, body));
  }

  @GET
  @Path("/shadow/decisions")
  public Response shadowDecisions(@QueryParam("connector") String connector,
      @QueryParam("kind") String kind) {
    return call(lifecycle, api -> api.shadowDecisions(connector, kind));
  }

  @GET
  @Path("/changes")
  public Response changes(@QueryParam("kind") String kind) {
    return call(lifecycle, api -> api.changes(kind));
  }

  @POST
  @Path("/dry-run")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response dryRun(String body) {
    return call(lifecycle, api -> api.dryRun(body));
  }

  @GET
  @Path("/connector-types")
  public Response connectorTypes() {
    return call(lifecycle, AdminApi::connectorTypes);
  }

  @GET
  @Path("/connectors")
  public Response connectors() {
    return call(lifecycle, AdminApi::listConnectors);
  }

  @POST
  @Path("/connectors")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addConnector(@Context SecurityContext who, String body) {
    return call(lifecycle, api -> api.createConnector(actor(who), body));
  }

  @POST
  @Path("/connectors/test")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response testConnector(String body) {
    return call(lifecycle, api -> api.testCandidate(body));
  }

  @PUT
  @Path("/connectors/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeConnector(@Context SecurityContext who, @PathParam("name") String name,
      String body) {
    return call(lifecycle, api -> api.updateConnector(actor(who), name, body));
  }

  @DELETE
  @Path("/connectors/{name}")
  public Response deleteConnector(@Context SecurityContext who, @PathParam("name") String name) {
    return call(lifecycle, api -> api.deleteConnector(actor(who), name));
  }

  @GET
  @Path("/connector-changes")
  public Response connectorChanges() {
    return call(lifecycle, AdminApi::adminChanges);
  }

  /** The token's name, or {@code open-api} when no token is configured (demo). */
  static String actor(SecurityContext who) {
    java.security.Principal user = who == null ? null : who.getUserPrincipal();
    return user == null || user.getName() == null ? "open-api" : "token:" + user.getName();
  }

  @GET
  @Path("/access")
  public Response access() {
    AdminApi.Answer answer = lifecycle.access().map(AdminApi::access)
        .orElseGet(() -> AdminApi.error(503, "Shiftlead has not started"));
    return Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
        .entity(answer.json()).build();
  }
}
