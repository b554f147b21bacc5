package io.shiftlead.connectors.rt.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sets {@code User-Agent: Shiftlead/0.1} and asks for JSON. Never a {@code Mozilla} agent: REST2
 * answers those with a 302 to the login page instead of 401.
 */
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
