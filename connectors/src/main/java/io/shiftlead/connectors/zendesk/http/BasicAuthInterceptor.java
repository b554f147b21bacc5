package io.shiftlead.connectors.zendesk.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Basic base64(email + "/token:" + apiToken)} to every request. */
public final class BasicAuthInterceptor implements Interceptor {
  private final String header;

  public BasicAuthInterceptor(String email, String apiToken) {
    this.header = "Basic " + Base64.getEncoder()
        .encodeToString((email + "/token:" + apiToken).getBytes(StandardCharsets.UTF_8));
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
