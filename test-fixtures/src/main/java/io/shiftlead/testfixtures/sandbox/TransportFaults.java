package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** The queue of {@link SandboxFault}s still to inject, each for requests whose path starts so. */
final class TransportFaults {

  private record Armed(SandboxFault fault, String pathPrefix) {}

  private final Deque<Armed> armed = new ArrayDeque<>();

  synchronized void injectNext(int count, SandboxFault fault, String pathPrefix) {
    if (count < 0 || fault == null || pathPrefix == null) {
      throw new IllegalArgumentException("count >= 0, a fault and a path prefix are required");
    }
    for (int i = 0; i < count; i++) {
      armed.add(new Armed(fault, pathPrefix));
    }
  }

  synchronized void clear() {
    armed.clear();
  }

  synchronized int remaining() {
    return armed.size();
  }

  /** The fault to apply to this request (taken from the queue), or null. */
  synchronized SandboxFault take(ApiRequest request) {
    Armed next = armed.peek();
    if (next == null || !request.path.startsWith(next.pathPrefix())) {
      return null;
    }
    boolean cursorFault = next.fault() == SandboxFault.REPEATED_CURSOR
        || next.fault() == SandboxFault.SKIPPED_CURSOR;
    if (cursorFault && !request.path.contains("/incremental/tickets/cursor")) {
      return null;
    }
    armed.poll();
    return next.fault();
  }

  /** Rewrites a handled answer for a body or cursor fault; other faults leave it as it is. */
  static Response rewrite(SandboxFault fault, ApiRequest request, Response response) {
    if (response.status != 200) {
      return response;
    }
    switch (fault) {
      case TRUNCATED_JSON:
        return copyHeaders(response, new Response(200, response.contentType,
            Arrays.copyOf(response.body, response.body.length / 2)));
      case MALFORMED_JSON:
        return copyHeaders(response, new Response(200, response.contentType,
            "{\"tickets\": [ {\"id\": 1,, <html>502 Bad Gateway</html>".getBytes()));
      case REPEATED_CURSOR:
      case SKIPPED_CURSOR:
        return cursor(fault, request, response);
      default:
        return response;
    }
  }

  private static Response cursor(SandboxFault fault, ApiRequest request, Response response) {
    try {
      ObjectNode body = (ObjectNode) JsonResponses.MAPPER.readTree(response.body);
      String asked = request.param("cursor");
      String next;
      if (fault == SandboxFault.REPEATED_CURSOR) {
        if (asked == null || asked.isEmpty()) {
          return response; // a first page has no cursor to repeat
        }
        next = asked;
      } else {
        next = Cursors.encode(Cursors.decode(body.get("after_cursor").asText())
            + SandboxFault.SKIPPED_CHANGES);
      }
      body.put("after_cursor", next);
      body.put("after_url", body.get("after_url").asText()
          .replaceFirst("cursor=[^&]*", "cursor=" + CursorPagination.encode(next)));
      body.put("end_of_stream", false);
      return copyHeaders(response, JsonResponses.ok(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response copyHeaders(Response from, Response to) {
    from.headers.forEach(to::header);
    return to;
  }
}
