package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed request: method, path without a trailing ".json", decoded query (first value of each
 * name), and the raw body. Public for the vendor handlers in sub-packages.
 */
public final class ApiRequest {

  final String method;
  final String path;
  final Map<String, String> query;
  final byte[] body;
  final HttpExchange exchange;

  private ApiRequest(HttpExchange exchange, byte[] body) {
    this.exchange = exchange;
    this.method = exchange.getRequestMethod().toUpperCase();
    String rawPath = exchange.getRequestURI().getPath();
    this.path = rawPath.endsWith(".json") ? rawPath.substring(0, rawPath.length() - 5) : rawPath;
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    this.body = body;
  }

  static ApiRequest read(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return new ApiRequest(exchange, in.readAllBytes());
    }
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public byte[] body() {
    return body.clone();
  }

  public String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The decoded query parameters, first value of each, in request order. */
  public Map<String, String> query() {
    return Collections.unmodifiableMap(query);
  }

  public String param(String name) {
    return query.get(name);
  }

  /** An integer query parameter; a malformed one is the caller's error (400). */
  Integer intParam(String name) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw JsonResponses.badRequest("InvalidPaginationParameter", name + " must be an integer");
    }
  }

  Long longParam(String name) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw JsonResponses.badRequest("InvalidValue", name + " must be an integer");
    }
  }

  public boolean includes(String sideload) {
    String include = query.get("include");
    if (include == null) {
      return false;
    }
    for (String part : include.split(",")) {
      if (part.trim().equals(sideload)) {
        return true;
      }
    }
    return false;
  }

  /** The body as a JSON object, or 400 InvalidJSON as Zendesk answers for unparseable bodies. */
  ObjectNode jsonBody() {
    try {
      JsonNode node = JsonResponses.MAPPER.readTree(body);
      if (node instanceof ObjectNode) {
        return (ObjectNode) node;
      }
    } catch (IOException e) {
      // fall through to the error below
    }
    throw JsonResponses.badRequest("InvalidJSON", "The request body is not a valid JSON object");
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(key, value);
    }
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
