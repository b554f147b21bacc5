package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.infrastructure.security.ZafTokens;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent sidebar and the admin console in a real headless Chromium, against the real WAR on
 * Payara Micro syncing the sandbox helpdesk, with API tokens configured. Skipped only when
 * chromium is not installed and {@code CI} is unset; in CI a missing browser fails the run.
 */
class SidebarAndAdminInBrowserIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final ZafTokens ZENDESK_APP = new ZafTokens();
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String HELPDESK_TOKEN = "it-helpdesk-" + System.nanoTime();
  private static final String AGENT = "it-agent-sandbox-" + System.nanoTime();
  private static final String OTHER_AGENT = "it-agent-globex-" + System.nanoTime();
  private static final String MANAGER = "it-manager-token-" + System.nanoTime();
  private static final String GLOBEX_MANAGER = "it-manager-globex-" + System.nanoTime();
  private static final String ADMIN = "it-admin-token-" + System.nanoTime();
  /** A test key (scripts/test-secrets.txt): connectors added in the console store secrets. */
  private static final String SECRET_KEY = "c2wtdGVzdC1zZWNyZXQta2V5LW9uZS0zMmJ5dGVzISE=";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static SandboxHelpdesk sandbox;
  private static PayaraServer server;
  private static WebDriver browser;
  private static Path dir;

  @BeforeAll
  static void start() throws Exception {
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    Assumptions.assumeTrue(installed || ci,
        "chromium + chromium-driver not installed (apt-get install chromium chromium-driver)");
    assertThat(installed).as("CI must have /usr/bin/chromium and /usr/bin/chromedriver").isTrue();

    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(60)
        .withCredentials("it@shiftlead.test", HELPDESK_TOKEN).withBaseInstant(Instant.now())
        .withRequestsPerMinute(3000));
    dir = Path.of("target/it/browser-" + System.nanoTime()).toAbsolutePath();
    server = PayaraServer.start(dir, config(dir), Map.of(
        "IT_HELPDESK_TOKEN", HELPDESK_TOKEN, "IT_AGENT_TOKEN", AGENT,
        "IT_OTHER_AGENT_TOKEN", OTHER_AGENT, "IT_MANAGER_TOKEN", MANAGER,
        "IT_ADMIN_TOKEN", ADMIN, "IT_GLOBEX_MANAGER_TOKEN", GLOBEX_MANAGER,
        "SHIFTLEAD_SECRET_KEY", SECRET_KEY));
    await(Duration.ofSeconds(120), () -> {
      JsonNode status = JSON.readTree(get("/api/v1/status", MANAGER).body());
      int seen = 0;
      for (JsonNode c : status.path("connectors")) {
        seen += c.path("ticketsSeen").asInt();
      }
      return seen == 120;
    });

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
            "--disable-gpu", "--window-size=1100,900", "--lang=en-GB");
    browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      assertThat(server.log()).doesNotContain(AGENT).doesNotContain(ADMIN)
          .doesNotContain(MANAGER).doesNotContain(HELPDESK_TOKEN).doesNotContain(SECRET_KEY);
      server.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static Path config(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.createDirectories(dir.resolve("sla"));
    Files.writeString(dir.resolve("rules/shared.yaml"), """
        version: "it-1"
        rules:
          - id: refund-priority
            description: Refund requests are high priority
            order: 10
            when:
              all:
                - {field: subject, operator: any_of_words, value: [refund]}
                - {field: status, operator: in, value: [new, open, pending]}
            then:
              - set_priority: high
              - add_tags: [refund-request]
        """);
    // urgent tickets breach at once; everything else runs for weeks
    Files.writeString(dir.resolve("sla/policies.yaml"), """
        policies:
          - name: Browser IT
            order: 1
            targets:
              urgent: {first_reply: 1m calendar, resolution: 2m calendar}
              high: {first_reply: 20d calendar, resolution: 300d calendar}
              normal: {first_reply: 30d calendar, resolution: 365d calendar}
              low: {first_reply: 40d calendar, resolution: 400d calendar}
        """);
    StringBuilder connectors = new StringBuilder();
    for (String name : List.of("sandbox", "globex")) {
      connectors.append("""
            - name: %s
              type: zendesk
              pollIntervalSeconds: 600
              settings:
                baseUrl: %s
                email: it@shiftlead.test
                apiToken: ${IT_HELPDESK_TOKEN}
                requestsPerMinute: 1200
                exportRequestsPerMinute: 600
                pageSize: 100
                startTime: "2020-01-01T00:00:00Z"
                customFields: first_reply_minutes:360000000101
          """.formatted(name, sandbox.baseUrl()));
    }
    Path file = dir.resolve("shiftlead.yaml");
    Files.writeString(file, """
        store:
          url: jdbc:h2:file:%s
        rulesDirectory: %s
        slaDirectory: %s
        connectors:
        %s
        security:
          zendeskApps:
            - name: sandbox-zendesk
              connector: sandbox
              publicKey: file:%s
              audience: %s
          tokens:
            - {name: sandbox-sidebar, token: "${IT_AGENT_TOKEN}", role: agent, connectors: [sandbox]}
            - {name: globex-sidebar, token: "${IT_OTHER_AGENT_TOKEN}", role: agent, connectors: [globex]}
            - {name: team-lead, token: "${IT_MANAGER_TOKEN}", role: manager, connectors: "*"}
            - {name: globex-lead, token: "${IT_GLOBEX_MANAGER_TOKEN}", role: manager, connectors: [globex]}
            - {name: ops, token: "${IT_ADMIN_TOKEN}", role: admin}
        """.formatted(dir.resolve("store/shiftlead"), dir.resolve("rules"), dir.resolve("sla"),
        connectors.toString().stripTrailing(), zendeskKey(dir), ZafTokens.AUDIENCE));
    return file;
  }

  /** The Zendesk app's public key (the key pair is generated for this run). */
  private static Path zendeskKey(Path dir) throws Exception {
    Path pem = dir.resolve("zendesk-app.pem");
    Files.writeString(pem, ZENDESK_APP.publicPem());
    return pem;
  }

  // ------------------------------------------------------------------ sidebar

  /** Loads the sidebar the way Zendesk does with signedUrls: a form POST with the JWT. */
  private static void signedLoad(String path, String jwt) {
    browser.get("about:blank");
    ((JavascriptExecutor) browser).executeScript("var f = document.createElement('form');"
        + " f.method = 'POST'; f.action = arguments[0];"
        + " var i = document.createElement('input'); i.type = 'hidden'; i.name = 'token';"
        + " i.value = arguments[1]; f.appendChild(i); document.body.appendChild(f); f.submit();",
        server.uri(path).toString(), jwt);
  }

  @Test
  void aSignedZendeskLoadShowsTheBadgesThroughASessionAndAForgedLoadIsRefused()
      throws Exception {
    Candidate ticket = ticketWhere(m -> m.path("state").asText().equals("ok")
        && m.path("dueAt").isTextual()).orElseThrow();
    Instant now = Instant.now();
    String claims = ZafTokens.claims(ZafTokens.AUDIENCE, ZafTokens.ISSUER, now,
        now.plusSeconds(300));
    String path = "/sidebar/index.html?ticket=" + ticket.id;

    signedLoad(path, ZENDESK_APP.signed(claims));
    awaitState("ready");
    WebElement badge = browser.findElement(By.cssSelector("#sla-metrics li[data-metric='"
        + ticket.metric + "']"));
    assertThat(badge.getAttribute("data-state")).isEqualTo("ok");
    assertThat(js("return document.querySelector('meta[name=\"shiftlead-session\"]')"
        + ".content;").toString()).startsWith("sls1.");

    signedLoad(path, ZENDESK_APP.rs256(ZENDESK_APP.other, "{\"alg\":\"RS256\"}", claims));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getPageSource()
        .contains("could not verify that Zendesk opened this app"));
    assertThat(browser.findElements(By.id("sla-metrics"))).isEmpty();
  }

  @Test
  void theSidebarShowsEachSlaMetricWithItsStateTextAndALiveCountdown() throws Exception {
    Candidate ticket = ticketWhere(m -> m.path("state").asText().equals("ok")
        && m.path("dueAt").isTextual()).orElseThrow();
    long opened = System.nanoTime();
    browser.get(server.uri("/sidebar/?connector=sandbox&ticket=" + ticket.id + "#token=" + AGENT)
        .toString());
    awaitState("ready");
    long renderedMs = Math.round(((Number) js("return window.shiftleadFirstRenderMs;"))
        .doubleValue());
    System.out.printf("sidebar first render: %d ms after navigation start (%d ms wall clock"
        + " incl. WebDriver)%n", renderedMs, (System.nanoTime() - opened) / 1_000_000);

    for (JsonNode metric : ticket.sla.path("metrics")) {
      WebElement badge = browser.findElement(By.cssSelector("#sla-metrics li[data-metric='"
          + metric.path("metric").asText() + "']"));
      assertThat(badge.getAttribute("data-state")).isEqualTo(metric.path("state").asText());
      assertThat(badge.findElement(By.className("state")).getText())
          .isEqualTo(stateText(metric.path("state").asText()));
    }
    WebElement running = browser.findElement(By.cssSelector(
        "#sla-metrics li[data-metric='" + ticket.metric + "'] .countdown"));
    String before = running.getText();
    assertThat(before).endsWith("left");
    Thread.sleep(2200);
    assertThat(running.getText()).as("the countdown moves").isNotEqualTo(before).endsWith("left");
    assertThat(browser.findElement(By.id("qa-badge")).getText())
        .as("no QA result yet (or a score)").matches("(?s)(Not scored yet|.*Score.*)");
    assertThat(browser.findElement(By.id("routing")).isDisplayed()).isTrue();
    screenshot("sidebar.png", 360, 560);

    browser.findElement(By.cssSelector("#sla-metrics li[data-metric='" + ticket.metric
        + "'] button")).click();
    WebElement dialog = browser.findElement(By.id("explain"));
    assertThat(dialog.isDisplayed()).isTrue();
    assertThat(dialog.getText()).contains("Policy").contains("Browser IT").contains("Due");
    screenshot("sidebar-explanation.png", 360, 560);
    browser.findElement(By.id("explain-close")).click();
  }

  @Test
  void aBreachedMetricSaysBreachedAndARunningOneTurnsBreachedWhenItsDueTimePasses()
      throws Exception {
    Candidate breached = ticketWhere(m -> m.path("state").asText().equals("breached"))
        .orElseThrow();
    browser.get(server.uri("/sidebar/?connector=sandbox&ticket=" + breached.id + "#token="
        + AGENT).toString());
    awaitState("ready");
    WebElement badge = browser.findElement(By.cssSelector("#sla-metrics li[data-metric='"
        + breached.metric + "']"));
    assertThat(badge.findElement(By.className("state")).getText()).isEqualTo("Breached");

    Candidate running = ticketWhere(m -> m.path("state").asText().equals("ok")
        && m.path("dueAt").isTextual()).orElseThrow();
    browser.get(server.uri("/sidebar/?connector=sandbox&ticket=" + running.id + "&poll=600000")
        .toString()); // the token is kept for this tab
    awaitState("ready");
    // the client's clock reaches the due time: moved forward in the page, not by waiting days
    js("var li = document.querySelector(\"#sla-metrics li[data-metric='" + running.metric
        + "']\"); li.setAttribute('data-due', new Date(Date.now() + 1500).toISOString());");
    WebElement li = browser.findElement(By.cssSelector("#sla-metrics li[data-metric='"
        + running.metric + "']"));
    assertThat(li.findElement(By.className("state")).getText()).isEqualTo("OK");
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> "breached".equals(li.getAttribute("data-state")));
    assertThat(li.findElement(By.className("state")).getText()).isEqualTo("Breached");
    assertThat(li.findElement(By.className("countdown")).getText()).startsWith("overdue");
  }

  @Test
  void aTicketShiftleadHasNotSeenAndAnUnreachableServerAreSaidPlainly() throws Exception {
    browser.get(server.uri("/sidebar/?connector=sandbox&ticket=99999999#token=" + AGENT)
        .toString());
    awaitState("not-seen");
    assertThat(browser.findElement(By.id("status-message")).getText())
        .contains("has not seen this ticket yet");
    assertThat(browser.findElement(By.id("sla")).isDisplayed()).isFalse();
    screenshot("sidebar-not-seen.png", 360, 260);

    js("window.fetch = function () { return Promise.reject(new TypeError('offline')); };"
        + " window.shiftleadSidebar.refresh();");
    awaitState("unreachable");
    assertThat(browser.findElement(By.id("status-message")).getText())
        .contains("Shiftlead is unreachable");
  }

  @Test
  void aTokenScopedToAnotherConnectorCannotReadThisConnectorsTickets() throws Exception {
    long id = sandbox.ticketIds().get(0);
    browser.get(server.uri("/sidebar/?connector=sandbox&ticket=" + id + "#token=" + OTHER_AGENT)
        .toString());
    awaitState("denied");
    assertThat(browser.findElement(By.id("status-message")).getText())
        .contains("may not read this ticket");

    assertThat(get("/api/v1/tickets/sandbox/" + id + "/sla", OTHER_AGENT).statusCode())
        .isEqualTo(403);
    assertThat(get("/api/v1/connectors/sandbox/tickets/" + id + "/decisions", OTHER_AGENT)
        .statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/tickets/globex/" + id + "/sla", OTHER_AGENT).statusCode())
        .isEqualTo(200);
    assertThat(get("/api/v1/tickets/sandbox/" + id + "/sla", AGENT).statusCode())
        .isEqualTo(200);
    JsonNode globexStatus = JSON.readTree(get("/api/v1/status", GLOBEX_MANAGER).body());
    assertThat(globexStatus.path("connectors")).hasSize(1);
    assertThat(globexStatus.at("/connectors/0/name").asText()).isEqualTo("globex");
    assertThat(JSON.readTree(get("/api/v1/status", MANAGER).body()).path("connectors"))
        .hasSize(2);
  }

  @Test
  void unauthenticatedOrUnderprivilegedRequestsAreRefusedAndWebhooksStayOpen() throws Exception {
    long id = sandbox.ticketIds().get(0);
    HttpResponse<String> anonymous = get("/api/v1/tickets/sandbox/" + id + "/sla", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains(
        "Bearer realm=\"shiftlead\"");
    assertThat(get("/api/v1/status", "forged-" + ADMIN).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/status", AGENT).statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/status", MANAGER).statusCode()).isEqualTo(200);
    assertThat(post("/api/v1/rules/reload", MANAGER).statusCode()).isEqualTo(403);
    assertThat(post("/api/v1/rules/reload", ADMIN).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/apps/zendesk.zip", AGENT).statusCode()).isEqualTo(403);
    // the webhook endpoint answers on its own terms (vendor signature), not with 401 "token"
    HttpResponse<String> webhook = HTTP.send(HttpRequest.newBuilder(server.uri(
        "/api/v1/webhooks/sandbox")).POST(HttpRequest.BodyPublishers.ofString("{}"))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(webhook.body()).doesNotContain("API token");
    assertThat(server.get("/health/ready").statusCode()).isEqualTo(200);
    HttpResponse<String> page = server.get("/sidebar/index.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'").contains("frame-ancestors 'self' https://*.zendesk.com");
  }

  @Test
  void pollingWithAnEtagGets304UntilSomethingChanges() throws Exception {
    long id = sandbox.ticketIds().get(1);
    HttpResponse<String> first = get("/api/v1/tickets/sandbox/" + id + "/sla", AGENT);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(server.uri(
        "/api/v1/tickets/sandbox/" + id + "/sla")).header("Authorization", "Bearer " + AGENT)
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  // ------------------------------------------------------------------ admin console and apps

  @Test
  void theAdminConsoleListsConnectorsReloadsRulesShowingProblemsAndShowsTheAuditLog()
      throws Exception {
    browser.get(server.uri("/admin/#token=" + ADMIN).toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    WebElement sandboxRow = wait.until(d -> d.findElement(By.cssSelector(
        "#connectors tr[data-connector='sandbox']")));
    assertThat(sandboxRow.getText()).contains("sandbox").contains("zendesk").contains("60");
    assertThat(browser.findElement(By.cssSelector("#connectors tr[data-connector='globex']"))
        .isDisplayed()).isTrue();
    screenshot("admin-connectors.png", 1100, 900);

    Files.writeString(dir.resolve("rules/broken.yaml"), """
        version: "it-2"
        rules:
          - id: broken
            when:
              all:
                - {field: subjekt, operator: contains, value: refund}
            then:
              - set_priority: high
        """);
    try {
      browser.findElement(By.id("reload-rules")).click();
      WebElement result = wait.until(d -> {
        WebElement r = d.findElement(By.id("rules-result"));
        return r.getText().contains("rejected") ? r : null;
      });
      assertThat(result.getText()).contains("broken.yaml").contains("subjekt").containsPattern(
          "line \\d+|:\\d+");
      screenshot("admin-rules-problem.png", 1100, 900);
    } finally {
      Files.delete(dir.resolve("rules/broken.yaml"));
    }

    long ticket = new SandboxAssertions(sandbox).ticketsWithAnAgentReply().get(0);
    new Select(browser.findElement(By.id("audit-connector"))).selectByVisibleText("sandbox");
    browser.findElement(By.id("audit-ticket")).sendKeys(String.valueOf(ticket));
    browser.findElement(By.cssSelector("#audit-form button")).click();
    WebElement audit = wait.until(d -> d.findElement(By.id("audit")).isDisplayed()
        ? d.findElement(By.id("audit")) : null);
    assertThat(audit.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    assertThat(audit.getText()).contains("first_reply_minutes");
    screenshot("admin-audit.png", 1100, 900);
  }

  @Test
  void theConsoleTestsAConnectionAndShowsNoSecret() throws Exception {
    openConsole();
    new Select(browser.findElement(By.id("tools-connector"))).selectByVisibleText("sandbox");
    browser.findElement(By.id("test-connection")).click();
    WebElement out = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
      WebElement r = d.findElement(By.id("test-result"));
      return r.getText().contains("Connected") || r.getText().contains("✖") ? r : null;
    });
    assertThat(out.getText()).contains("Connected").doesNotContain(HELPDESK_TOKEN);
    assertThat(get("/api/v1/connectors/sandbox/test", ADMIN).statusCode()).isEqualTo(405);
    assertThat(post("/api/v1/connectors/sandbox/test", MANAGER).statusCode()).isEqualTo(403);
    assertThat(post("/api/v1/connectors/nope/test", ADMIN).statusCode()).isEqualTo(404);
    screenshot("admin-test-connection.png", 1100, 900);
  }

  @Test
  void aBackfillShowsItsProgressBarUntilDone() throws Exception {
    openConsole();
    new Select(browser.findElement(By.id("tools-connector"))).selectByVisibleText("globex");
    browser.findElement(By.id("backfill-from")).sendKeys("2020-01-01");
    browser.findElement(By.id("backfill-start")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
        "done".equals(d.findElement(By.id("backfill")).getAttribute("data-state")));
    assertThat(browser.findElement(By.id("backfill-bar")).getAttribute("value")).isEqualTo("100");
    assertThat(browser.findElement(By.id("backfill-text")).getText()).contains("Done")
        .contains("60 tickets");
    JsonNode progress = JSON.readTree(get("/api/v1/connectors/globex/backfill", ADMIN).body());
    assertThat(progress.path("ticketsPulled").asInt()).isEqualTo(60);
    assertThat(post("/api/v1/connectors/globex/backfill?from=someday", ADMIN).statusCode())
        .isEqualTo(400);
    screenshot("admin-backfill.png", 1100, 900);
  }

  @Test
  void theConsoleReloadsSlaPoliciesEditedOnDiskAndSwitchesShadowModeOnAndOff() throws Exception {
    openConsole();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.findElement(By.id("live-reload-sla")).click();
    wait.until(d -> d.findElement(By.id("live-result")).getText().startsWith("Reloaded"));
    assertThat(browser.findElement(By.id("live-result")).getText()).contains("Browser IT");
    wait.until(d -> d.findElement(By.id("live-changes")).getText().contains("reload"));
    assertThat(browser.findElement(By.id("live-changes")).getText()).contains("ops");

    browser.findElement(By.id("live-shadow-sla")).click();
    wait.until(d -> d.findElement(By.id("live-result")).getText().contains("only recorded"));
    assertThat(JSON.readTree(get("/api/v1/admin/shadow", ADMIN).body()).path("sla").asBoolean())
        .isTrue();
    js("document.getElementById('live').scrollIntoView()");
    screenshot("admin-live.png", 1100, 900);
    browser.findElement(By.id("live-shadow-sla")).click();
    wait.until(d -> d.findElement(By.id("live-result")).getText().contains("written back again"));
    assertThat(JSON.readTree(get("/api/v1/admin/shadow", ADMIN).body()).path("sla").asBoolean())
        .isFalse();
    assertThat(post("/api/v1/admin/reload/sla", MANAGER).statusCode()).isEqualTo(403);
  }

  @Test
  void aYamlEditWithAnErrorIsMarkedAtItsLineAndNotSavedThenTheFixIsSaved() throws Exception {
    openConsole();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    browser.findElement(By.id("file-name")).sendKeys("globex.yaml");
    browser.findElement(By.id("file-open")).click();
    wait.until(d -> d.findElement(By.id("file-result")).getText().contains("New file"));
    String broken = """
        version: "globex-1"
        rules:
          - id: globex-refunds
            when:
              all:
                - {field: subjekt, operator: contains, value: refund}
            then:
              - add_tags: [globex-refund]
        """;
    setEditor(broken);
    browser.findElement(By.id("file-save")).click();
    WebElement problem = wait.until(d -> d.findElement(By.cssSelector("#file-problems li")));
    assertThat(problem.getAttribute("data-line")).isEqualTo("6");
    assertThat(problem.getText()).contains("globex.yaml:6").contains("subjekt");
    assertThat(browser.findElement(By.cssSelector("#file-gutter .err")).getAttribute("data-line"))
        .isEqualTo("6");
    assertThat(dir.resolve("rules/globex.yaml")).doesNotExist();
    screenshot("admin-editor-problem.png", 1100, 900);

    setEditor(broken.replace("subjekt", "subject"));
    browser.findElement(By.id("file-save")).click();
    wait.until(d -> d.findElement(By.id("file-result")).getText().startsWith("Saved"));
    assertThat(browser.findElements(By.cssSelector("#file-problems li"))).isEmpty();
    assertThat(Files.readString(dir.resolve("rules/globex.yaml"))).contains("field: subject");
  }

  @Test
  void aDryRunShowsWhatACandidateRuleWouldChangeWithoutSavingIt() throws Exception {
    openConsole();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.findElement(By.id("file-name")).sendKeys("shared.yaml");
    browser.findElement(By.id("file-open")).click();
    wait.until(d -> d.findElement(By.id("file-text")).getAttribute("value").contains("it-1"));
    String original = Files.readString(dir.resolve("rules/shared.yaml"));
    setEditor(original + """
          - id: tag-everything
            order: 20
            when: {field: status, operator: in, value: [new, open, pending, on_hold]}
            then:
              - add_tags: [dry-run-seen]
        """);
    WebElement days = browser.findElement(By.id("dry-days"));
    days.clear();
    days.sendKeys("365");
    browser.findElement(By.id("dry-run")).click();
    WebElement table = wait.until(d -> d.findElement(By.id("dry-run-table")).isDisplayed()
        ? d.findElement(By.id("dry-run-table")) : null);
    assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    assertThat(table.getText()).contains("tags added").contains("dry-run-seen")
        .contains("tag-everything").contains("Nothing was saved");
    assertThat(Files.readString(dir.resolve("rules/shared.yaml"))).isEqualTo(original);
    screenshot("admin-dry-run.png", 1100, 900);
  }

  @Test
  void theAuditLogFiltersAcrossTicketsAndTheTokenListShowsNoToken() throws Exception {
    JsonNode all = JSON.readTree(get("/api/v1/audit?connector=sandbox", ADMIN).body());
    assertThat(all.path("entries").size()).isPositive();
    assertThat(get("/api/v1/audit", MANAGER).statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/audit?from=yesterday", ADMIN).statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(get("/api/v1/audit?connector=sandbox&rule=no-such-rule", ADMIN)
        .body()).path("entries").size()).isZero();

    openConsole();
    WebElement access = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        d.findElements(By.cssSelector("#access tr[data-token-name]")).size() == 5
            ? d.findElement(By.id("access")) : null);
    assertThat(access.getText()).contains("ops").contains("admin").contains("team-lead")
        .doesNotContain(ADMIN).doesNotContain(AGENT);
    assertThat(get("/api/v1/admin/access", ADMIN).body()).doesNotContain(ADMIN)
        .doesNotContain(MANAGER);
    screenshot("admin-access.png", 1100, 900);
  }

  @Test
  void anAdminAddsAConnectorWithTheFormAndItsTokenIsNeverShownAgain() throws Exception {
    browser.get("about:blank");
    browser.get(server.uri("/admin/#token=" + ADMIN).toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.until(d -> d.findElements(By.id("cx-setting-apiToken")).size() == 1
        || d.findElements(By.cssSelector("#cx-type option")).size() > 1);
    try {
      new Select(browser.findElement(By.id("cx-type"))).selectByVisibleText("zendesk");
      browser.findElement(By.id("cx-name")).sendKeys("Desk Two");
      browser.findElement(By.id("cx-poll")).sendKeys("600");
      browser.findElement(By.id("cx-setting-baseUrl")).sendKeys(sandbox.baseUrl());
      browser.findElement(By.id("cx-setting-email")).sendKeys("it@shiftlead.test");
      WebElement secret = browser.findElement(By.id("cx-setting-apiToken"));
      assertThat(secret.getAttribute("type")).isEqualTo("password");
      secret.sendKeys(HELPDESK_TOKEN);
      browser.findElement(By.cssSelector("#cx-more summary")).click(); // optional settings
      browser.findElement(By.id("cx-setting-startTime")).sendKeys("2020-01-01T00:00:00Z");
      browser.findElement(By.id("cx-setting-customFields"))
          .sendKeys("first_reply_minutes:360000000101");
      browser.findElement(By.id("cx-save")).click();
      WebElement nameError = wait.until(d -> {
        WebElement e = d.findElement(By.id("cx-name-error"));
        return e.getText().isBlank() ? null : e;
      });
      assertThat(nameError.getText()).contains("lower-case letters");
      assertThat(browser.findElement(By.id("cx-name")).getAttribute("aria-invalid"))
          .isEqualTo("true");

      browser.findElement(By.id("cx-name")).clear();
      browser.findElement(By.id("cx-name")).sendKeys("desk-two");
      browser.findElement(By.id("cx-test")).click();
      wait.until(d -> d.findElement(By.id("cx-result")).getText().contains("Connected"));
      browser.findElement(By.id("cx-save")).click();
      wait.until(d -> d.findElement(By.id("cx-result")).getText().contains("Added desk-two"));
      wait.until(d -> d.findElements(By.cssSelector("#connectors tr[data-connector='desk-two']"))
          .size() == 1);
      wait.until(d -> d.findElements(By.cssSelector("#cx-list tr[data-connector='desk-two']"))
          .size() == 1);
      assertThat(browser.findElement(By.cssSelector("#cx-list tr[data-connector='desk-two']"))
          .getText()).contains("apiToken: set").contains("console");
      assertThat(browser.findElement(By.id("cx-setting-apiToken")).getAttribute("value"))
          .isEmpty();
      js("document.getElementById('connector-admin').scrollIntoView()");
      screenshot("admin-add-connector.png", 1100, 1000);

      await(Duration.ofSeconds(60), () -> {
        for (JsonNode c : JSON.readTree(get("/api/v1/status", ADMIN).body()).path("connectors")) {
          if (c.path("name").asText().equals("desk-two")) {
            return c.path("ticketsSeen").asInt() == 60;
          }
        }
        return false;
      });
      browser.findElement(By.cssSelector("#cx-list tr[data-connector='desk-two'] button"))
          .click();
      WebElement kept = browser.findElement(By.id("cx-setting-apiToken"));
      assertThat(kept.getAttribute("value")).as("a secret is never prefilled").isEmpty();
      assertThat(kept.getAttribute("placeholder")).contains("leave empty to keep");
      assertThat(browser.getPageSource()).doesNotContain(HELPDESK_TOKEN);
      String listed = get("/api/v1/admin/connectors", ADMIN).body();
      assertThat(listed).contains("desk-two").doesNotContain(HELPDESK_TOKEN);
      assertThat(get("/api/v1/admin/connectors", MANAGER).statusCode()).isEqualTo(403);
      assertThat(get("/api/v1/admin/connector-changes", ADMIN).body()).contains("connector.created")
          .contains("token:ops").doesNotContain(HELPDESK_TOKEN);
    } finally {
      HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/admin/connectors/desk-two"))
          .header("Authorization", "Bearer " + ADMIN).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void openConsole() {
    browser.get("about:blank"); // a hash-only change would not reload the console
    browser.get(server.uri("/admin/#token=" + ADMIN).toString());
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(
        "#tools-connector option")).size() == 2);
  }

  private static void setEditor(String text) {
    ((JavascriptExecutor) browser).executeScript("var t = document.getElementById('file-text');"
        + " t.value = arguments[0]; t.dispatchEvent(new Event('input'));", text);
  }

  @Test
  void theServerGeneratesTheZendeskAppWithTheCustomersHostBuiltIn() throws Exception {
    HttpResponse<byte[]> zip = HTTP.send(HttpRequest.newBuilder(server.uri(
        "/api/v1/apps/zendesk.zip?baseUrl=https://shiftlead.acme.example&connector=sandbox"))
        .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
    String manifest = null;
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        if (e.getName().equals("manifest.json")) {
          manifest = new String(in.readAllBytes());
        }
      }
    }
    assertThat(names).contains("manifest.json", "translations/en.json", "assets/logo.png");
    assertThat(manifest).contains("https://shiftlead.acme.example/sidebar/")
        .contains("\"shiftlead.acme.example\"").doesNotContain("localhost");

    HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(server.uri(
        "/api/v1/apps/zendesk.zip?baseUrl=http://shiftlead.acme.example"))
        .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("must use https://");
    assertThat(get("/api/v1/apps/freshdesk.zip?baseUrl=https://shiftlead.acme.example", ADMIN)
        .statusCode()).isEqualTo(200);
  }

  // ------------------------------------------------------------------ helpers

  private record Candidate(long id, String metric, JsonNode sla) {}

  /** A sandbox ticket with a metric the predicate accepts, as the API reports it now. */
  private static Optional<Candidate> ticketWhere(java.util.function.Predicate<JsonNode> metric)
      throws Exception {
    for (long id : sandbox.ticketIds()) {
      HttpResponse<String> r = get("/api/v1/tickets/sandbox/" + id + "/sla", AGENT);
      if (r.statusCode() != 200) {
        continue;
      }
      JsonNode sla = JSON.readTree(r.body());
      for (JsonNode m : sla.path("metrics")) {
        if (metric.test(m)) {
          return Optional.of(new Candidate(id, m.path("metric").asText(), sla));
        }
      }
    }
    return Optional.empty();
  }

  private static String stateText(String state) {
    return switch (state) {
      case "ok" -> "OK";
      case "at_risk" -> "At risk";
      case "breached" -> "Breached";
      case "paused" -> "Paused";
      case "achieved" -> "Achieved";
      default -> state;
    };
  }

  private static void awaitState(String state) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> state.equals(
        d.findElement(By.tagName("body")).getAttribute("data-state")));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Into target/screenshots; also into docs/img with -Dshiftlead.docsImages=<dir>. */
  private static void screenshot(String name, int width, int height) throws Exception {
    Dimension size = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(width, height));
    try {
      Thread.sleep(150);
      Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Path target = Path.of("target/screenshots");
      Files.createDirectories(target);
      Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      String docs = System.getProperty("shiftlead.docsImages");
      if (docs != null && !docs.isBlank()) {
        Files.createDirectories(Path.of(docs));
        Files.copy(shot, Path.of(docs).resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      browser.manage().window().setSize(size);
    }
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
        .timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String token) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri(path))
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void await(Duration timeout, java.util.concurrent.Callable<Boolean> check)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (check.call()) {
          return;
        }
      } catch (Exception notYet) {
        // keep waiting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not reached within " + timeout + "; log:\n" + server.tail());
  }
}
