package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one ObjectMapper of the sandbox, and Zendesk's error bodies. */
final class JsonResponses {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonResponses() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static Response json(int status, JsonNode body) {
    try {
      return new Response(status, "application/json; charset=utf-8", MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Response ok(JsonNode body) {
    return json(200, body);
  }

  static ApiError error(int status, String error, String description) {
    ObjectNode body = object().put("error", error);
    if (description != null) {
      body.put("description", description);
    }
    return new ApiError(json(status, body));
  }

  static ApiError notFound() {
    return error(404, "RecordNotFound", "Not found");
  }

  static ApiError badRequest(String error, String description) {
    return error(400, error, description);
  }

  /** 422 with Zendesk's details map: {@code {"field":[{"description":..,"error":"InvalidValue"}]}}. */
  static ApiError invalid(ObjectNode details) {
    ObjectNode body = object()
        .put("error", "RecordInvalid")
        .put("description", "Record validation errors");
    body.set("details", details);
    return new ApiError(json(422, body));
  }

  static ObjectNode detail(String field, String description) {
    ObjectNode details = object();
    details.putArray(field).addObject().put("description", description).put("error", "InvalidValue");
    return details;
  }

  static Response tooManyRequests(long retryAfterSeconds, String message) {
    return Response.text(429, message).header("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds)));
  }
}
