package io.shiftlead.connectors.zendesk.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Remembers the last {@code X-Rate-Limit-Remaining} Zendesk reported (-1 until one is seen). */
public final class RateLimitHeaderInterceptor implements Interceptor {
  private final AtomicInteger remaining = new AtomicInteger(-1);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String header = response.header("X-Rate-Limit-Remaining");
    if (header != null) {
      try {
        remaining.set(Integer.parseInt(header.trim()));
      } catch (NumberFormatException ignored) {
        // a malformed header is not worth failing the call for
      }
    }
    return response;
  }

  public int remaining() {
    return remaining.get();
  }
}
