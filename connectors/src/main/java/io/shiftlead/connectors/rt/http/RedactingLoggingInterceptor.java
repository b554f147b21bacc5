package io.shiftlead.connectors.rt.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each exchange (method, URL, status, time, headers) at DEBUG; credentials never reach the log:
 * sensitive headers and a {@code token} query parameter are replaced by {@code ██}, bodies are not
 * logged (ticket content is personal data).
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
    String url = redact(request.url());
    LOG.log(Level.DEBUG, "request-tracker:{0} --> {1} {2} {3}", tenant, request.method(), url,
        redact(request.headers()));
    try {
      Response response = chain.proceed(request);
      LOG.log(Level.DEBUG, "request-tracker:{0} <-- {1} {2} ({3} ms) {4}", tenant, response.code(),
          url, (System.nanoTime() - start) / 1_000_000, redact(response.headers()));
      return response;
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "request-tracker:{0} <-- FAILED {1}: {2}", tenant, url, e.toString());
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

  static String redact(HttpUrl url) {
    return url.queryParameter("token") == null
        ? url.toString()
        : url.newBuilder().setQueryParameter("token", "██").build().toString();
  }
}
