package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * What differs between the vendors' APIs around the shared state: the endpoints, the credentials,
 * the 401 and 429 answers and the rate-limit headers. {@link SandboxHelpdesk} runs the same pipeline
 * (count, injected fault, auth, account limit, endpoint) for each.
 */
interface ApiDialect {

  List<Route> routes();

  boolean authorized(ApiRequest request);

  Response unauthorized();

  Response overLimit(RateLimitWindow.Decision decision);

  /** The credits a request takes from the per-minute budget. */
  default int cost(ApiRequest request) {
    return 1;
  }

  /** Adds the rate-limit headers to every API response. */
  void rateHeaders(Response response, RateLimitWindow.Decision decision, int cost);

  /** How this API shows ticket {@code id}, for the admin page; null when it is the state's own shape. */
  default ObjectNode adminView(long id) {
    return null;
  }

  /** 404 for a path no route serves. */
  Response noSuchEndpoint();

  /** The value of {@code Authorization: Basic} for {@code user:password}. */
  static String basic(String userAndPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }
}
