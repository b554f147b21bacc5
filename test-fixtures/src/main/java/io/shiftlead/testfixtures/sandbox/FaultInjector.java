package io.shiftlead.testfixtures.sandbox;

/** Makes the next N API requests fail with a chosen status, for fault-tolerance tests. */
final class FaultInjector {

  private int remaining;
  private int status;
  private int retryAfterSeconds;

  synchronized void failNext(int count, int status, int retryAfterSeconds) {
    if (count < 0 || status < 100 || status > 599) {
      throw new IllegalArgumentException("count >= 0 and an HTTP status are required");
    }
    this.remaining = count;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The injected failure for this request, or null to handle it normally. */
  synchronized Response nextFailure() {
    if (remaining == 0) {
      return null;
    }
    remaining--;
    Response response;
    if (status == 429) {
      response = Response.text(429, "Too Many Requests (injected by the sandbox)");
    } else {
      response = JsonResponses.json(status, JsonResponses.object()
          .put("error", status >= 500 ? "ServerError" : "InjectedFault")
          .put("description", "Failure injected by the sandbox"));
    }
    if (retryAfterSeconds > 0) {
      response.header("Retry-After", String.valueOf(retryAfterSeconds));
    }
    return response;
  }
}
