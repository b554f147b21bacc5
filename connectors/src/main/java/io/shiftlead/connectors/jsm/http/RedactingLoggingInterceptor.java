package io.shiftlead.connectors.jsm.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each exchange (method, URL, status, time, headers) at DEBUG; credentials never reach the log:
 * sensitive headers are replaced by {@code ██} and bodies are not logged.
 */
public final class RedactingLoggingInterceptor implements Interceptor {
  private static final System.Logger LOG = System.getLogger(RedactingLoggingInterceptor.class.getName());
  private static final Set<String> REDACTED =
      Set.of("authorization", "cookie", "set-cookie", "proxy-authorization");

  private final String tenant;

  public RedactingLoggingInterceptor(String tenant) {
    this.tenant = tenant;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isLoggable(Level.DEBUG)) {
      return chain.proceed(request);
    }
    long start = System.nanoTime();
    LOG.log(Level.DEBUG, "jsm:{0} --> {1} {2} {3}", tenant, request.method(), request.url(),
        redact(request.headers()));
    try {
      Response response = chain.proceed(request);
      LOG.log(Level.DEBUG, "jsm:{0} <-- {1} {2} ({3} ms) {4}", tenant, response.code(),
          request.url(), (System.nanoTime() - start) / 1_000_000, redact(response.headers()));
      return response;
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "jsm:{0} <-- FAILED {1}: {2}", tenant, request.url(), e.toString());
      throw e;
    }
  }

  static String redact(Headers headers) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      out.append(i == 0 ? "" : ", ").append(name).append('=')
          .append(REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "██" : headers.value(i));
    }
    return out.append(']').toString();
  }
}
