package io.shiftlead.testfixtures.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP response to send: handlers return these, the server adds the common headers. Public for
 * the vendor handlers in sub-packages.
 */
public final class Response {

  final int status;
  final String contentType;
  final byte[] body;
  final Map<String, String> headers = new LinkedHashMap<>();

  public Response(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  public static Response text(int status, String text) {
    return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  static Response html(String html) {
    return new Response(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public int status() {
    return status;
  }

  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
