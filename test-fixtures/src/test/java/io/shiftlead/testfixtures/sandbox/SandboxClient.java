package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny HTTP client for the sandbox tests, sending Zendesk API-token auth unless told not to. */
class SandboxClient {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final SandboxHelpdesk sandbox;

  SandboxClient(SandboxHelpdesk sandbox) {
    this.sandbox = sandbox;
  }

  String authorization() {
    SandboxOptions o = sandbox.options();
    return "Basic " + Base64.getEncoder().encodeToString(
        (o.email() + "/token:" + o.apiToken()).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String pathOrUrl) {
    return send(request(pathOrUrl).GET().header("Authorization", authorization()).build());
  }

  HttpResponse<String> getWithoutAuth(String pathOrUrl) {
    return send(request(pathOrUrl).GET().build());
  }

  HttpResponse<String> put(String path, String json) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json))
        .header("Authorization", authorization()).header("Content-Type", "application/json").build());
  }

  HttpResponse<String> post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  JsonNode getJson(String pathOrUrl) {
    HttpResponse<String> response = get(pathOrUrl);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + pathOrUrl + " -> " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private HttpRequest.Builder request(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : sandbox.baseUrl() + pathOrUrl;
    return HttpRequest.newBuilder(URI.create(url));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
