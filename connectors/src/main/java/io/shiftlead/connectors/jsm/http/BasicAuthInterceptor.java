package io.shiftlead.connectors.jsm.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Basic base64(email + ":" + apiToken)}: Atlassian API tokens are the
 * password of the account's email (no {@code /token} suffix as on Zendesk).
 */
public final class BasicAuthInterceptor implements Interceptor {
  private final String header;

  public BasicAuthInterceptor(String email, String apiToken) {
    this.header = "Basic " + Base64.getEncoder()
        .encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
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
