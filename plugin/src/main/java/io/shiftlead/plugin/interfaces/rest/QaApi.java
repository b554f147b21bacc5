package io.shiftlead.plugin.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.application.qa.QaRequestException;
import io.shiftlead.plugin.application.qa.QaService;
import io.shiftlead.plugin.application.qa.QaService.ReviewRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The QA API without the container: request text in, status and JSON text out, so every answer
 * (including each 400) is tested as plain Java; {@code QaResource} and {@code QaReportsResource}
 * only route to it.
 */
final class QaApi {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration DEFAULT_PERIOD = Duration.ofDays(91);

  /** An HTTP answer: status and JSON body. */
  record Answer(int status, String json) {}

  private final Optional<QaService> qa;
  private final Clock clock;

  QaApi(Optional<QaService> qa, Clock clock) {
    this.qa = qa;
    this.clock = clock;
  }

  Answer ticket(String connector, String ticketId) {
    return run(service -> QaJson.ticket(connector, service.ticket(connector, ticketId)), 200);
  }

  Answer review(String connector, String ticketId, String body) {
    return run(service -> {
      JsonNode json = parse(body);
      JsonNode rating = json.path("rating");
      if (!rating.isMissingNode() && !rating.isNull() && !rating.canConvertToInt()) {
        throw QaRequestException.invalid("rating: a whole number 1-5, got " + rating);
      }
      return QaJson.review(service.review(connector, ticketId, new ReviewRequest(
          text(json, "criterion"), text(json, "result"),
          rating.isMissingNode() || rating.isNull() ? null : rating.asInt(),
          text(json, "reviewer"), text(json, "comment"))));
    }, 201);
  }

  Answer dispute(String connector, String ticketId, String body) {
    return run(service -> {
      JsonNode json = parse(body);
      return QaJson.dispute(service.dispute(connector, ticketId, text(json, "agent"),
          text(json, "criterion"), text(json, "reason")));
    }, 201);
  }

  Answer resolve(String id, String body) {
    return resolve(id, body, connector -> true);
  }

  /**
   * @param mayRead whether the caller's scope includes a connector: a dispute of another
   *     connector is answered as not found
   */
  Answer resolve(String id, String body, Predicate<String> mayRead) {
    return run(service -> {
      long disputeId;
      try {
        disputeId = Long.parseLong(id);
      } catch (NumberFormatException e) {
        throw QaRequestException.notFound("no dispute " + id);
      }
      if (!service.findDispute(disputeId).map(d -> mayRead.test(d.connector())).orElse(true)) {
        throw QaRequestException.notFound("no dispute " + id);
      }
      JsonNode json = parse(body);
      return QaJson.dispute(service.resolve(disputeId, text(json, "status"),
          text(json, "resolver"), text(json, "comment")));
    }, 200);
  }

  Answer calibration(String connector, String from, String to) {
    return run(service -> {
      String c = required(connector, "connector");
      Instant[] period = period(from, to);
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("connector", c);
      report.put("from", period[0].toString());
      report.put("to", period[1].toString());
      report.put("criteria", service.calibration(c, period[0], period[1]).stream()
          .map(QaJson::agreement).toList());
      return report;
    }, 200);
  }

  Answer coaching(String connector, String agent, String from, String to) {
    return run(service -> {
      String c = required(connector, "connector");
      Instant[] period = period(from, to);
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("connector", c);
      report.put("from", period[0].toString());
      report.put("to", period[1].toString());
      report.put("agents", service.coaching(c, agent == null || agent.isBlank() ? null : agent,
          period[0], period[1]).stream().map(QaJson::coaching).toList());
      return report;
    }, 200);
  }

  private interface Work {
    Object apply(QaService service);
  }

  private Answer run(Work work, int okStatus) {
    if (qa.isEmpty()) {
      return error(404, "QA scoring is off: set qaDirectory in the configuration (docs/qa.md)");
    }
    try {
      return new Answer(okStatus, write(work.apply(qa.get())));
    } catch (QaRequestException e) {
      return error(e.notFound() ? 404 : 400, e.getMessage());
    }
  }

  private Instant[] period(String from, String to) {
    Instant end = to == null || to.isBlank() ? clock.instant() : instant(to, "to");
    Instant start = from == null || from.isBlank() ? end.minus(DEFAULT_PERIOD)
        : instant(from, "from");
    if (!start.isBefore(end)) {
      throw QaRequestException.invalid("from must be before to");
    }
    return new Instant[] {start, end};
  }

  /** An ISO instant ({@code 2026-03-01T00:00:00Z}) or a date ({@code 2026-03-01}, UTC midnight). */
  private static Instant instant(String value, String name) {
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw QaRequestException.invalid(name + ": a date (2026-03-01) or an ISO instant"
          + " (2026-03-01T00:00:00Z), got '" + value + "'");
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw QaRequestException.invalid("send a JSON object as the request body");
    }
    try {
      JsonNode json = JSON.readTree(body);
      if (json == null || !json.isObject()) {
        throw QaRequestException.invalid("send a JSON object as the request body");
      }
      return json;
    } catch (JsonProcessingException e) {
      throw QaRequestException.invalid("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode json, String key) {
    JsonNode value = json.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw QaRequestException.invalid(key + ": must be a single value");
    }
    return value.asText();
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw QaRequestException.invalid(name + ": required query parameter");
    }
    return value;
  }

  private static Answer error(int status, String message) {
    return new Answer(status, write(Map.of("error", message)));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write QA JSON", e);
    }
  }
}
