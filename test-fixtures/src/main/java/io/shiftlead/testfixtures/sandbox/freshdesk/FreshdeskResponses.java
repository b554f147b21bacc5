package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.sandbox.ApiError;
import io.shiftlead.testfixtures.sandbox.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Freshdesk's JSON answers and error bodies. */
public final class FreshdeskResponses {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "application/json; charset=utf-8";

  private FreshdeskResponses() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static Response json(int status, JsonNode body) {
    try {
      return new Response(status, JSON, MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Freshdesk answers an unknown or deleted ticket with 404 and an empty body. */
  static ApiError notFound() {
    return new ApiError(new Response(404, JSON, new byte[0]));
  }

  /** 400 {@code {"description":"Validation failed","errors":[{"field","message","code"}]}}. */
  static ApiError validation(String field, String message, String code) {
    ObjectNode body = object().put("description", "Validation failed");
    body.putArray("errors").addObject().put("field", field).put("message", message).put("code", code);
    return new ApiError(json(400, body));
  }

  static ApiError invalidJson() {
    return new ApiError(json(400, object().put("code", "invalid_json")
        .put("message", "Request body has invalid json format")));
  }

  /** The 401 for a missing or wrong API key. */
  public static Response unauthorized() {
    return json(401, object().put("code", "invalid_credentials")
        .put("message", "You have to be logged in to perform this action."));
  }

  /** The 429 over the account's per-minute limit. */
  public static Response rateLimited(long retryAfterSeconds) {
    return json(429, object().put("code", "rate_limit_exceeded")
        .put("message", "You have exceeded the limit of requests per minute"))
        .header("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds)));
  }

  /** The 404 for a path the sandbox does not serve. */
  public static Response noSuchEndpoint() {
    return json(404, object().put("code", "invalid_url").put("message", "Not found"));
  }

  static String iso(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
