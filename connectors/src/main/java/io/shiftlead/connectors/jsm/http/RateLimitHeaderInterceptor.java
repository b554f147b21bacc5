package io.shiftlead.connectors.jsm.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers the last {@code X-RateLimit-Remaining} (-1 until seen) and {@code X-RateLimit-NearLimit}
 * Jira reported. Jira sends them only on some limiting mechanisms, so absence means "unknown".
 */
public final class RateLimitHeaderInterceptor implements Interceptor {
  private final AtomicInteger remaining = new AtomicInteger(-1);
  private final AtomicBoolean nearLimit = new AtomicBoolean(false);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String header = response.header("X-RateLimit-Remaining");
    if (header != null) {
      try {
        remaining.set(Integer.parseInt(header.trim()));
      } catch (NumberFormatException ignored) {
        // a malformed header is not worth failing the call for
      }
    }
    nearLimit.set("true".equalsIgnoreCase(response.header("X-RateLimit-NearLimit")));
    return response;
  }

  public int remaining() {
    return remaining.get();
  }

  public boolean nearLimit() {
    return nearLimit.get();
  }
}
