package io.shiftlead.connectors.rt.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: token <auth token>} (RT::Authen::Token, built into RT 5). The header,
 * not the {@code ?token=} query parameter, so the secret never ends up in URLs, logs or errors.
 */
public final class TokenAuthInterceptor implements Interceptor {
  private final String header;

  public TokenAuthInterceptor(String token) {
    this.header = "token " + token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }

  @Override
  public String toString() {
    return "TokenAuthInterceptor[***]";
  }
}
