package io.shiftlead.connectors.freshdesk.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Basic base64(apiKey + ":X")}: Freshdesk takes the API key as the user
 * name and ignores the password, {@code X} by convention.
 */
public final class BasicAuthInterceptor implements Interceptor {
  private final String header;

  public BasicAuthInterceptor(String apiKey) {
    this.header = header(apiKey);
  }

  /** The header value for {@code apiKey}; public so fixtures can match on it. */
  public static String header(String apiKey) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((apiKey + ":X").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }

  @Override
  public String toString() {
    return "BasicAuthInterceptor[***]";
  }
}
