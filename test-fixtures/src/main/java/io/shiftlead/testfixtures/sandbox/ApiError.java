package io.shiftlead.testfixtures.sandbox;

/** Thrown anywhere in request handling to answer with a ready error response. */
public final class ApiError extends RuntimeException {

  final transient Response response;

  public ApiError(Response response) {
    super("HTTP " + response.status, null, false, false);
    this.response = response;
  }
}
