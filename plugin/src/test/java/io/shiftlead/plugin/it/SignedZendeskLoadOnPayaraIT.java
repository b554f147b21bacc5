package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.security.ZafTokens;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Zendesk's signed first load against the real WAR on Payara Micro: the sidebar POST with a JWT
 * signed by the app's key (generated here) gets the page and a session that reads the sandbox's
 * tickets; forged and unsigned loads get 401; a cross-site write is refused. One server start.
 */
class SignedZendeskLoadOnPayaraIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ZENDESK_TOKEN = "sl-test-secret-IT-signed-" + System.nanoTime();
  private static final String ADMIN_TOKEN = "sl-test-secret-IT-admin-0123456789";
  private static final String SIDEBAR = "/sidebar/index.html?host=zendesk"
      + "&origin=https%3A%2F%2Facme.zendesk.com&app_guid=it-guid";

  private final ZafTokens keys = new ZafTokens();
  private SandboxHelpdesk sandbox;
  private PayaraServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void aSignedSidebarLoadGetsASessionThatReadsTheTicketAndForgedLoadsAreRefused()
      throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(20)
        .withCredentials("it@shiftlead.test", ZENDESK_TOKEN));
    Path dir = Path.of("target/it/signed-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(dir);
    Path pem = dir.resolve("zendesk-app.pem");
    Files.writeString(pem, keys.publicPem());
    Path config = dir.resolve("shiftlead.yaml");
    Files.writeString(config, """
        store:
          url: jdbc:h2:file:%s
        connectors:
          - name: sandbox
            type: zendesk
            pollIntervalSeconds: 600
            settings:
              baseUrl: %s
              email: it@shiftlead.test
              apiToken: ${IT_ZENDESK_TOKEN}
              startTime: "2026-01-01T00:00:00Z"
        security:
          sessionKey: ${IT_SESSION_KEY}
          tokens:
            - name: ops
              token: ${IT_ADMIN_TOKEN}
              role: admin
          zendeskApps:
            - name: acme-zendesk
              connector: sandbox
              publicKey: file:%s
              audience: %s
        """.formatted(dir.resolve("store/shiftlead"), sandbox.baseUrl(), pem,
        ZafTokens.AUDIENCE));
    server = PayaraServer.start(dir, config, Map.of("IT_ZENDESK_TOKEN", ZENDESK_TOKEN,
        "IT_ADMIN_TOKEN", ADMIN_TOKEN,
        "IT_SESSION_KEY", "sl-test-secret-IT-session-key-0123456789abcdef"));
    long ticket = new SandboxAssertions(sandbox).ticketsWithAnAgentReply().get(0);
    String slaPath = "/api/v1/tickets/sandbox/" + ticket + "/sla";
    await(() -> send(get(slaPath).header("Authorization", "Bearer " + ADMIN_TOKEN))
        .statusCode() == 200);

    Instant now = Instant.now();
    String claims = ZafTokens.claims(ZafTokens.AUDIENCE, ZafTokens.ISSUER, now,
        now.plusSeconds(300));
    HttpResponse<String> forged = signedLoad(keys.rs256(keys.other, "{\"alg\":\"RS256\"}",
        claims));
    HttpResponse<String> unsigned = signedLoad(ZafTokens.unsigned(claims));
    HttpResponse<String> keyConfusion = signedLoad(keys.hs256WithPublicKey(claims));
    String jwt = keys.signed(claims);
    HttpResponse<String> page = signedLoad(jwt);

    for (HttpResponse<String> refused : java.util.List.of(forged, unsigned, keyConfusion)) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("could not verify that Zendesk opened this app")
          .doesNotContain("shiftlead-session");
    }
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'self' https://*.zendesk.com").contains("script-src 'self'");
    assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
    assertThat(page.body()).contains("<script src=\"sidebar.js\"></script>")
        .contains("<meta name=\"shiftlead-connector\" content=\"sandbox\">");
    Matcher meta = Pattern.compile("name=\"shiftlead-session\" content=\"([^\"]+)\"")
        .matcher(page.body());
    assertThat(meta.find()).isTrue();
    String session = meta.group(1);

    assertThat(send(get(slaPath).header("Authorization", "Bearer " + session)).statusCode())
        .isEqualTo(200);
    assertThat(send(get("/api/v1/status").header("Authorization", "Bearer " + session))
        .statusCode()).isEqualTo(403);
    assertThat(send(get(slaPath)).statusCode()).isEqualTo(401);
    HttpResponse<String> renewed = send(post("/api/v1/session", "")
        .header("Authorization", "Bearer " + session));
    assertThat(renewed.statusCode()).isEqualTo(200);
    assertThat(renewed.body()).contains("\"token\":\"sls1.");

    HttpResponse<String> crossSite = send(post("/api/v1/rules/reload", "")
        .header("Authorization", "Bearer " + ADMIN_TOKEN)
        .header("Origin", "https://evil.example"));
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains("cross-site request refused");

    assertThat(server.log()).contains("signed Zendesk load of /sidebar/index.html accepted")
        .contains("signed Zendesk load of /sidebar/index.html refused")
        .doesNotContain(session).doesNotContain(jwt).doesNotContain(ADMIN_TOKEN);
  }

  private HttpResponse<String> signedLoad(String jwt) throws Exception {
    return send(post(SIDEBAR, "token=" + URLEncoder.encode(jwt, StandardCharsets.US_ASCII))
        .header("Content-Type", "application/x-www-form-urlencoded"));
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(10));
  }

  private HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (!condition.call()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within 90 s");
      }
      Thread.sleep(250);
    }
  }
}
