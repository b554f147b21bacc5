package io.shiftlead.connectors.jsm.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets {@code User-Agent: Shiftlead/0.1} and asks for JSON. */
public final class UserAgentInterceptor implements Interceptor {
  public static final String USER_AGENT = "Shiftlead/0.1";

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/json")
        .build());
  }
}
