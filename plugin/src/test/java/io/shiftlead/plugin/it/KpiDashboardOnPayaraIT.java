package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo configuration on a real Payara Micro: the dashboard page and its charting library are
 * served from the WAR, the KPI report has numbers for the sandbox's tickets and surveys, the CSV
 * agrees with the JSON, and survey answers sent in are validated and counted.
 */
class KpiDashboardOnPayaraIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private PayaraServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void demoDashboardServesKpisForTheSandboxAndTakesSurveysIn() throws Exception {
    int sandboxPort = PayaraServer.freePort();
    Path dir = Path.of("target/it/kpi-" + System.nanoTime());
    server = PayaraServer.start(dir, null, Map.of("SHIFTLEAD_SANDBOX_PORT", "" + sandboxPort));
    await(Duration.ofSeconds(120), () -> JSON.readTree(server.get("/api/v1/status").body())
        .path("connectors").get(0).path("ticketsSeen").asInt() == 500);
    String period = "from=2000-01-01&to=" + LocalDate.now(ZoneOffset.UTC).plusDays(1);

    var page = server.get("/dashboard/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Team KPIs").contains("../js/echarts.min.js");
    var echarts = server.get("/js/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body().length()).isGreaterThan(500_000);
    assertThat(server.get("/dashboard/dashboard.js").body()).contains("/reports/kpis");

    JsonNode report = JSON.readTree(server.get("/api/v1/reports/kpis?" + period
        + "&groupBy=agent").body());
    JsonNode total = report.path("total");
    assertThat(total.path("created").asLong()).isGreaterThan(400);
    assertThat(total.path("solved").asLong()).isGreaterThan(0);
    assertThat(total.path("first_reply_median_minutes").isNumber()).isTrue();
    assertThat(total.path("csat_responses").asLong()).as("sandbox CSAT pulled").isPositive();
    assertThat(report.path("slices").size()).isGreaterThan(1);

    String csv = server.get("/api/v1/reports/kpis?" + period + "&groupBy=agent&format=csv")
        .body();
    List<String> header = Arrays.asList(csv.lines().findFirst().orElseThrow().split(","));
    List<String> totalLine = Arrays.asList(csv.lines().skip(1).findFirst().orElseThrow()
        .split(",", -1));
    assertThat(totalLine.subList(0, 2)).containsExactly("current", "total");
    assertThat(totalLine.get(header.indexOf("created")))
        .isEqualTo(total.path("created").asText());
    assertThat(totalLine.get(header.indexOf("solved"))).isEqualTo(total.path("solved").asText());

    long csatBefore = total.path("csat_responses").asLong();
    String now = Instant.now().toString();
    var good = server.post("/api/v1/surveys/sandbox", Map.of(), "{\"ticket\":\"1\","
        + "\"kind\":\"csat\",\"score\":2,\"scale\":\"1-5\",\"comment\":\"slow\","
        + "\"answeredAt\":\"" + now + "\"}");
    assertThat(good.statusCode()).isEqualTo(200);
    var bad = server.post("/api/v1/surveys/sandbox", Map.of(), "{\"ticket\":\"1\","
        + "\"kind\":\"csat\",\"score\":9,\"scale\":\"1-5\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("score 9 is outside the scale 1-5");
    var imported = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
        .newBuilder(server.uri("/api/v1/surveys/sandbox/import"))
        .header("Content-Type", "text/csv")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("ticket,kind,score,answeredAt\n"
            + "2,csat,5," + now + "\n"
            + "3,csat,five," + now + "\n")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonNode importResult = JSON.readTree(imported.body());
    assertThat(importResult.path("accepted").asInt()).isEqualTo(1);
    assertThat(importResult.path("rejected").get(0).path("line").asInt()).isEqualTo(3);
    assertThat(server.post("/api/v1/surveys/nobody", Map.of(), "{}").statusCode())
        .isEqualTo(404);
    assertThat(server.get("/api/v1/reports/kpis?groupBy=planet").statusCode()).isEqualTo(400);

    JsonNode after = JSON.readTree(server.get("/api/v1/reports/kpis?" + period).body());
    assertThat(after.path("total").path("csat_responses").asLong()).isEqualTo(csatBefore + 2);
    assertThat(after.path("negativeSurveys").toString()).contains("slow");

    screenshot();
  }

  /**
   * The populated dashboard in headless Chromium, saved as target/kpi-dashboard.png (copied to
   * docs/kpi-dashboard.png by hand); skipped when no Chromium is installed.
   */
  private void screenshot() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    if (!java.nio.file.Files.isExecutable(chromium)) {
      return;
    }
    Path png = Path.of("target/kpi-dashboard.png").toAbsolutePath();
    java.nio.file.Files.deleteIfExists(png);
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1700",
        "--virtual-time-budget=15000", "--screenshot=" + png,
        server.uri("/dashboard/?days=90").toString()).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(png).exists();
  }

  private static void await(Duration limit, java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    Await.until(limit, Duration.ofMillis(500), condition);
  }
}
