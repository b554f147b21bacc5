package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.core.kpi.GroupBy;
import io.shiftlead.plugin.core.kpi.KpiPeriod;
import io.shiftlead.plugin.core.kpi.KpiReport;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadRuntime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * {@code GET /api/v1/reports/kpis?connector=&from=&to=&groupBy=}: the KPIs of a period (whole UTC
 * days; {@code from} inclusive, {@code to} exclusive, default the last 7 days including today)
 * per slice, with the previous period, goals and flags; {@code format=csv} or
 * {@code Accept: text/csv} gives the same numbers as CSV.
 */
@Path("/v1/reports/kpis")
public class KpiResource {
  @Inject
  ShiftleadLifecycle lifecycle;

  @GET
  public Response kpis(@QueryParam("connector") String connector,
      @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy, @QueryParam("format") String format,
      @HeaderParam("Accept") String accept) {
    ShiftleadRuntime runtime = lifecycle.runtime().orElse(null);
    if (runtime == null) {
      return error(503, "Shiftlead is not running");
    }
    String name = connector == null || connector.isBlank()
        ? runtime.connectorNames().stream().findFirst().orElse(null) : connector;
    if (name == null || !runtime.knowsConnector(name)) {
      return error(404, "unknown connector '" + connector + "', configured: "
          + runtime.connectorNames());
    }
    KpiPeriod period;
    GroupBy slicing;
    try {
      LocalDate end = to == null || to.isBlank() ? LocalDate.now(ZoneOffset.UTC).plusDays(1)
          : date("to", to);
      LocalDate start = from == null || from.isBlank() ? end.minusDays(7) : date("from", from);
      period = new KpiPeriod(start.atStartOfDay().toInstant(ZoneOffset.UTC),
          end.atStartOfDay().toInstant(ZoneOffset.UTC));
      slicing = GroupBy.parse(groupBy);
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    KpiReport report = runtime.kpis().report(name, period, slicing, Instant.now());
    boolean csv = "csv".equalsIgnoreCase(format)
        || (format == null && accept != null && accept.contains("text/csv"));
    if (csv) {
      return Response.ok(KpiReportView.csv(report), "text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"kpis-" + name + "-"
              + slicing.wireName() + ".csv\"").build();
    }
    return Response.ok(KpiReportView.json(report, runtime.kpiGoals(),
        runtime.kpis().negativeSurveys(name, period, 50)), MediaType.APPLICATION_JSON).build();
  }

  private static LocalDate date(String name, String value) {
    try {
      return value.length() > 10 ? LocalDate.ofInstant(Instant.parse(value), ZoneOffset.UTC)
          : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " '" + value
          + "' is not a date (YYYY-MM-DD) or an instant at 00:00Z");
    }
  }

  static Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message)).build();
  }
}
