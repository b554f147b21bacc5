package io.shiftlead.plugin.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.application.SurveyIntakeService;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadRuntime;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Survey answers from a survey tool: {@code POST /api/v1/surveys/{connector}} takes one JSON
 * answer (or an array), {@code POST /api/v1/surveys/{connector}/import} a CSV with a header line.
 * Good rows are kept, bad ones are reported with their line (CSV) or index (JSON array) and why.
 */
@Path("/v1/surveys/{connector}")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {
  static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS = List.of("ticket", "kind", "score", "scale",
      "comment", "answeredAt", "agent", "id");

  @Inject
  ShiftleadLifecycle lifecycle;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response json(@PathParam("connector") String connector, InputStream body)
      throws IOException {
    ShiftleadRuntime runtime = lifecycle.runtime().orElse(null);
    Response problem = check(runtime, connector);
    if (problem != null) {
      return problem;
    }
    String text = read(body);
    if (text == null) {
      return KpiResource.error(413, "body larger than " + MAX_BODY_BYTES + " bytes");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return KpiResource.error(400, "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !(root.isObject() || root.isArray())) {
      return KpiResource.error(400, "expected a JSON object with ticket, kind, score, scale,"
          + " comment (or an array of them)");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode item : root.isArray() ? root : List.of(root)) {
      Map<String, String> row = new LinkedHashMap<>();
      if (item.isObject()) {
        item.fields().forEachRemaining(e -> row.put(e.getKey(),
            e.getValue().isNull() ? null : e.getValue().asText()));
      }
      rows.add(row);
    }
    SurveyIntakeService.Result result = runtime.surveyIntake().accept(connector, rows,
        root.isArray() ? 0 : 1);
    return answer(result, root.isArray() ? "index" : "line");
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response csv(@PathParam("connector") String connector, InputStream body)
      throws IOException {
    ShiftleadRuntime runtime = lifecycle.runtime().orElse(null);
    Response problem = check(runtime, connector);
    if (problem != null) {
      return problem;
    }
    String text = read(body);
    if (text == null) {
      return KpiResource.error(413, "body larger than " + MAX_BODY_BYTES + " bytes");
    }
    List<CsvText.Row> lines = CsvText.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    if (lines.isEmpty()) {
      return KpiResource.error(400, "empty CSV: expected a header line with " + FIELDS);
    }
    List<String> header = lines.get(0).fields().stream().map(String::trim).toList();
    List<String> unknown = header.stream().filter(h -> !FIELDS.contains(h)).toList();
    if (!unknown.isEmpty() || !header.contains("ticket") || !header.contains("kind")
        || !header.contains("score")) {
      return KpiResource.error(400, "line 1: the header must name the columns, with ticket, kind"
          + " and score required; known columns " + FIELDS + (unknown.isEmpty() ? ""
              : ", unknown " + unknown));
    }
    List<Map<String, String>> rows = new ArrayList<>();
    List<SurveyIntakeService.Rejected> shape = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (CsvText.Row line : lines.subList(1, lines.size())) {
      if (line.fields().size() != header.size()) {
        shape.add(new SurveyIntakeService.Rejected(line.line(), "has " + line.fields().size()
            + " fields, the header has " + header.size()));
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), line.fields().get(i));
      }
      rows.add(row);
      lineNumbers.add(line.line());
    }
    SurveyIntakeService.Result result = runtime.surveyIntake().accept(connector, rows, 0);
    List<SurveyIntakeService.Rejected> rejected = new ArrayList<>(shape);
    // the service numbers rows 0..n-1: map them back to CSV line numbers
    result.rejected().forEach(r -> rejected.add(new SurveyIntakeService.Rejected(
        lineNumbers.get(r.line()), r.error())));
    rejected.sort(java.util.Comparator.comparingInt(SurveyIntakeService.Rejected::line));
    return answer(new SurveyIntakeService.Result(result.accepted(), rejected), "line");
  }

  private static Response answer(SurveyIntakeService.Result result, String where) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accepted", result.accepted().size());
    out.put("acceptedIds", result.accepted());
    out.put("rejected", result.rejected().stream().map(r -> Map.of(where, r.line(), "error",
        r.error())).toList());
    // nothing usable at all is a bad request; a partly good import is accepted
    int status = result.accepted().isEmpty() && !result.rejected().isEmpty() ? 400 : 200;
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(out).build();
  }

  private static Response check(ShiftleadRuntime runtime, String connector) {
    if (runtime == null) {
      return KpiResource.error(503, "Shiftlead is not running");
    }
    if (!runtime.knowsConnector(connector)) {
      return KpiResource.error(404, "unknown connector '" + connector.toLowerCase(Locale.ROOT)
          + "', configured: " + runtime.connectorNames());
    }
    return null;
  }

  private static String read(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}
