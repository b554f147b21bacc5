package io.shiftlead.testfixtures.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One endpoint: method, path pattern (without ".json"), and what answers it. */
final class Route {

  /** Answers a request whose path matched; groups of the pattern are in {@code path}. */
  interface Handler {
    Response handle(ApiRequest request, Matcher path);
  }

  private final String method;
  private final Pattern pattern;
  private final Handler handler;

  Route(String method, String regex, Handler handler) {
    this.method = method;
    this.pattern = Pattern.compile(regex);
    this.handler = handler;
  }

  /** The response if this route matches, else null. */
  Response tryHandle(ApiRequest request) {
    if (!method.equals(request.method)) {
      return null;
    }
    Matcher matcher = pattern.matcher(request.path);
    return matcher.matches() ? handler.handle(request, matcher) : null;
  }

  static long id(Matcher path) {
    try {
      return Long.parseLong(path.group(1));
    } catch (NumberFormatException e) {
      throw JsonResponses.notFound();
    }
  }
}
