package io.shiftlead.connectors.freshdesk.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers the last {@code X-RateLimit-Total}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Used-CurrentRequest} Freshdesk reported (-1 until seen). Embeds such as
 * {@code include=requester} cost more than one credit, which the last header shows.
 */
public final class RateLimitHeaderInterceptor implements Interceptor {
  private final AtomicInteger total = new AtomicInteger(-1);
  private final AtomicInteger remaining = new AtomicInteger(-1);
  private final AtomicInteger usedByLastRequest = new AtomicInteger(-1);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    capture(response.header("X-RateLimit-Total"), total);
    capture(response.header("X-RateLimit-Remaining"), remaining);
    capture(response.header("X-RateLimit-Used-CurrentRequest"), usedByLastRequest);
    return response;
  }

  private static void capture(String header, AtomicInteger into) {
    if (header == null) {
      return;
    }
    try {
      into.set(Integer.parseInt(header.trim()));
    } catch (NumberFormatException ignored) {
      // a malformed header is not worth failing the call for
    }
  }

  public int total() {
    return total.get();
  }

  public int remaining() {
    return remaining.get();
  }

  public int usedByLastRequest() {
    return usedByLastRequest.get();
  }
}
