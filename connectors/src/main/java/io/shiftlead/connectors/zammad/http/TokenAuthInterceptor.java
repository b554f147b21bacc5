package io.shiftlead.connectors.zammad.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Token token=<apiToken>} (Zammad's personal access token) to every request. */
public final class TokenAuthInterceptor implements Interceptor {
  private final String header;

  public TokenAuthInterceptor(String apiToken) {
    this.header = "Token token=" + apiToken;
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
