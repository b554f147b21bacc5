package io.shiftlead.plugin.infrastructure.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.application.NotificationSender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Webhook calls over HTTP: a JSON POST, 10 s to answer, any 2xx counts as delivered. */
public final class HttpNotificationSender implements NotificationSender {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public void send(String url, Map<String, Object> payload) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("User-Agent", "Shiftlead/0.1")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)))
        .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        throw new IOException("webhook " + url + " answered " + response.statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
