package io.shiftlead.plugin.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.shiftlead.plugin.infrastructure.config.ConfigException;
import io.shiftlead.plugin.infrastructure.config.ConfigLoader;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadRuntime;
import io.shiftlead.plugin.infrastructure.secrets.SecretCipher;
import io.shiftlead.plugin.testing.Await;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connectors added from the admin console, through the console's API against the real runtime
 * (H2 store) and the sandbox helpdesk: they sync without a restart and after one, and their
 * secret is nowhere but encrypted in its column.
 */
class ConsoleConnectorsTest {
  private static final String KEY = "c2wtdGVzdC1zZWNyZXQta2V5LW9uZS0zMmJ5dGVzISE=";
  private static final String OTHER_KEY = "c2wtdGVzdC1zZWNyZXQta2V5LXR3by0zMmJ5dGVzISE=";
  private static final String EMAIL = "console@shiftlead.test";
  private static final String TOKEN = "sl-test-secret-console-zd-7c41";
  private static final String NEW_TOKEN = "sl-test-secret-console-zd-new-9a02";
  private static final String WRONG_TOKEN = "sl-test-secret-console-wrong-3e17";

  @TempDir
  Path dir;

  private SandboxHelpdesk sandbox;
  private final List<ShiftleadRuntime> runtimes = new ArrayList<>();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private HttpServer echo;

  @BeforeEach
  void startSandbox() {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(30)
        .withCredentials(EMAIL, TOKEN).withRequestsPerMinute(6000));
  }

  @AfterEach
  void stop() {
    runtimes.forEach(ShiftleadRuntime::close);
    scheduler.shutdownNow();
    sandbox.close();
    if (echo != null) {
      echo.stop(0);
    }
  }

  private ShiftleadRuntime start(String key, String connectorsYaml) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    String yaml = """
        store:
          url: jdbc:h2:file:%s
        rulesDirectory: %s
        slaDirectory: %s
        """.formatted(dir.resolve("store/db").toAbsolutePath(), dir.resolve("rules"),
        dir.resolve("sla")) + connectorsYaml;
    ConnectorRegistry registry = new ConnectorRegistry(getClass().getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings,
        Map.of("CONFIG_ZD_TOKEN", TOKEN)::get).load("test", yaml);
    Optional<SecretCipher> cipher = key == null ? Optional.empty()
        : SecretCipher.fromEnvironment(Map.of(SecretCipher.KEY_ENV, key)::get);
    ShiftleadRuntime runtime = ShiftleadRuntime.start(config, registry, scheduler,
        Clock.systemUTC(), cipher);
    runtimes.add(runtime);
    return runtime;
  }

  private String definition(String name, String token) {
    return """
        {"name": "%s", "type": "zendesk", "pollIntervalSeconds": 1,
         "settings": {"baseUrl": "%s", "email": "%s", "apiToken": "%s",
           "requestsPerMinute": "6000", "exportRequestsPerMinute": "600", "pageSize": "100",
           "startTime": "2026-01-01T00:00:00Z", "customFields": "first_reply_minutes:%d"}}
        """.formatted(name, sandbox.baseUrl(), EMAIL, token, CustomField.FIRST_REPLY_MINUTES_ID);
  }

  private static AdminApi api(ShiftleadRuntime runtime) {
    return new AdminApi(runtime, Clock.systemUTC());
  }

  private static JsonNode json(AdminApi.Answer answer) throws Exception {
    return AdminApi.JSON.readTree(answer.json());
  }

  private Map<String, String> rawRow(String name) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:h2:file:"
        + dir.resolve("store/db").toAbsolutePath(), "sa", "");
        var s = c.prepareStatement("SELECT settings, secrets FROM connector_definitions"
            + " WHERE name = ?")) {
      s.setString(1, name);
      try (var rows = s.executeQuery()) {
        assertThat(rows.next()).as("row of " + name).isTrue();
        return Map.of("settings", rows.getString("settings"), "secrets", rows.getString("secrets"));
      }
    }
  }

  @Test
  void aConnectorAddedInTheConsoleSyncsAtOnceAndItsTokenIsStoredOnlyEncrypted() throws Exception {
    ShiftleadRuntime runtime = start(KEY, "");

    AdminApi.Answer created = api(runtime).createConnector("token:ops", definition("desk", TOKEN));

    assertThat(created.status()).as(created.json()).isEqualTo(201);
    assertThat(created.json()).doesNotContain(TOKEN);
    Await.until(Duration.ofSeconds(60), () -> runtime.tickets().count("desk") == 30);
    Map<String, String> row = rawRow("desk");
    assertThat(row.get("secrets")).startsWith("v1:").doesNotContain(TOKEN);
    assertThat(row.get("settings")).contains(sandbox.baseUrl()).doesNotContain(TOKEN)
        .doesNotContain("apiToken");

    JsonNode listed = json(api(runtime).listConnectors());
    assertThat(listed.toString()).doesNotContain(TOKEN);
    JsonNode desk = listed.path("connectors").get(0);
    assertThat(desk.path("name").asText()).isEqualTo("desk");
    assertThat(desk.path("source").asText()).isEqualTo("console");
    assertThat(desk.path("running").asBoolean()).isTrue();
    assertThat(desk.path("settings").path("email").asText()).isEqualTo(EMAIL);
    assertThat(desk.path("settings").has("apiToken")).isFalse();
    assertThat(desk.path("secrets").path("apiToken").path("set").asBoolean()).isTrue();
    assertThat(desk.path("secrets").path("webhookSecret").path("set").asBoolean()).isFalse();
    assertThat(desk.path("createdBy").asText()).isEqualTo("token:ops");
    assertThat(json(api(runtime).testConnection("desk")).path("ok").asBoolean()).isTrue();
  }

  @Test
  void aConsoleConnectorComesBackAfterARestartButNotWithoutItsKey() throws Exception {
    ShiftleadRuntime first = start(KEY, "");
    assertThat(api(first).createConnector("token:ops", definition("desk", TOKEN)).status())
        .isEqualTo(201);
    Await.until(Duration.ofSeconds(60), () -> first.tickets().count("desk") == 30);
    first.close();
    runtimes.remove(first);

    assertThatThrownBy(() -> start(null, ""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("connector 'desk' (added from the admin console): its secrets"
            + " cannot be decrypted: SHIFTLEAD_SECRET_KEY is not set")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    assertThatThrownBy(() -> start(OTHER_KEY, ""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("encrypted with key")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(KEY));

    ShiftleadRuntime again = start(KEY, "");
    assertThat(again.knowsConnector("desk")).isTrue();
    long before = sandbox.requestsServed();
    Await.until(Duration.ofSeconds(30), () -> sandbox.requestsServed() > before + 2);
    assertThat(json(api(again).testConnection("desk")).path("ok").asBoolean()).isTrue();
  }

  @Test
  void aConfiguredConnectorOfTheSameNameWinsAtStartUp() throws Exception {
    ShiftleadRuntime first = start(KEY, "");
    assertThat(api(first).createConnector("token:ops", definition("desk", NEW_TOKEN)).status())
        .isEqualTo(201);
    first.close();
    runtimes.remove(first);

    ShiftleadRuntime withConfig = start(KEY, """
        connectors:
          - name: desk
            type: zendesk
            pollIntervalSeconds: 1
            settings:
              baseUrl: %s
              email: %s
              apiToken: ${CONFIG_ZD_TOKEN}
              startTime: "2026-01-01T00:00:00Z"
        """.formatted(sandbox.baseUrl(), EMAIL));

    JsonNode listed = json(api(withConfig).listConnectors()).path("connectors");
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).path("source").asText()).isEqualTo("config");
    assertThat(listed.get(0).path("running").asBoolean()).isTrue();
    assertThat(listed.get(1).path("source").asText()).isEqualTo("console");
    assertThat(listed.get(1).path("running").asBoolean()).isFalse();
    assertThat(listed.toString()).doesNotContain(TOKEN).doesNotContain(NEW_TOKEN);
    // the configured token (the sandbox's) is the one in use
    assertThat(json(api(withConfig).testConnection("desk")).path("ok").asBoolean()).isTrue();
    // the stored one can still be changed (a secret left out is kept) or deleted
    AdminApi.Answer change = api(withConfig).updateConnector("token:ops", "desk",
        definition("desk", ""));
    assertThat(change.status()).as(change.json()).isEqualTo(200);
    assertThat(json(change).path("running").asBoolean()).isFalse();
    assertThat(json(api(withConfig).testConnection("desk")).path("ok").asBoolean())
        .as("still the configured connector").isTrue();
  }

  @Test
  void aChangeWithoutTheSecretKeepsItAndTheChangeLogNamesWhoAndWhatButNoSecret()
      throws Exception {
    ShiftleadRuntime runtime = start(KEY, "");
    api(runtime).createConnector("token:ops", definition("desk", TOKEN));

    AdminApi.Answer kept = api(runtime).updateConnector("token:lead", "desk", """
        {"pollIntervalSeconds": 2, "settings": {"baseUrl": "%s", "email": "%s",
          "startTime": "2026-01-01T00:00:00Z"}}""".formatted(sandbox.baseUrl(), EMAIL));
    assertThat(kept.status()).as(kept.json()).isEqualTo(200);
    assertThat(json(kept).path("pollIntervalSeconds").asInt()).isEqualTo(2);
    assertThat(json(api(runtime).testConnection("desk")).path("ok").asBoolean())
        .as("the kept token still works").isTrue();

    AdminApi.Answer replaced = api(runtime).updateConnector("token:lead", "desk",
        definition("desk", NEW_TOKEN));
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(rawRow("desk").get("secrets")).doesNotContain(NEW_TOKEN);
    assertThat(json(api(runtime).testConnection("desk")).path("ok").asBoolean())
        .as("the sandbox knows only the first token").isFalse();
    assertThat(api(runtime).deleteConnector("token:ops", "desk").status()).isEqualTo(200);
    assertThat(runtime.knowsConnector("desk")).isFalse();

    JsonNode changes = json(api(runtime).adminChanges()).path("entries");
    assertThat(changes.toString()).doesNotContain(TOKEN).doesNotContain(NEW_TOKEN)
        .doesNotContain(KEY);
    assertThat(changes).hasSize(4);
    assertThat(changes.get(3).path("action").asText()).isEqualTo("connector.created");
    assertThat(changes.get(3).path("actor").asText()).isEqualTo("token:ops");
    assertThat(changes.get(3).path("detail").asText()).contains("type zendesk")
        .contains("email=" + EMAIL).contains("secrets set: apiToken");
    assertThat(changes.get(2).path("detail").asText())
        .isEqualTo("changed: pollIntervalSeconds=2, customFields removed,"
            + " exportRequestsPerMinute=10, pageSize=1000, requestsPerMinute=700");
    assertThat(changes.get(1).path("actor").asText()).isEqualTo("token:lead");
    assertThat(changes.get(1).path("detail").asText()).contains("apiToken (secret) replaced");
    assertThat(changes.get(0).path("action").asText()).isEqualTo("connector.deleted");
  }

  @Test
  void badDefinitionsAreRefusedFieldByFieldWithoutRepeatingTheSecret() throws Exception {
    ShiftleadRuntime runtime = start(KEY, "");

    JsonNode missing = json(api(runtime).createConnector("token:ops", """
        {"name": "Bad Name", "type": "zendesk", "settings": {"apiToken": "%s", "colour": "red"}}
        """.formatted(TOKEN)));
    assertThat(missing.toString()).doesNotContain(TOKEN);
    assertThat(missing.path("problems").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "settings.colour", "settings.baseUrl",
            "settings.email");

    AdminApi.Answer unknownType = api(runtime).createConnector("token:ops",
        "{\"name\": \"x\", \"type\": \"helpscout\"}");
    assertThat(unknownType.status()).isEqualTo(422);
    assertThat(json(unknownType).path("problems").get(0).path("message").asText())
        .startsWith("unknown connector type 'helpscout': one of [");

    AdminApi.Answer notJson = api(runtime).createConnector("token:ops",
        "{\"settings\": {\"apiToken\": \"" + TOKEN + "\"");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json()).contains("the body is not JSON").doesNotContain(TOKEN);

    api(runtime).createConnector("token:ops", definition("desk", TOKEN));
    AdminApi.Answer twice = api(runtime).createConnector("token:ops", definition("desk", TOKEN));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json()).contains("exists already").doesNotContain(TOKEN);
  }

  @Test
  void withoutAKeyTheConsoleRefusesToStoreASecretAndSaysWhatToDo() throws Exception {
    ShiftleadRuntime runtime = start(null, "");

    AdminApi.Answer refused = api(runtime).createConnector("token:ops", definition("desk", TOKEN));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(json(refused).path("error").asText())
        .startsWith("SHIFTLEAD_SECRET_KEY is not set, so secrets entered in the console cannot be"
            + " stored encrypted.");
    assertThat(refused.json()).doesNotContain(TOKEN);
    assertThat(json(api(runtime).listConnectors()).path("connectors")).isEmpty();
    assertThat(json(api(runtime).connectorTypes()).path("secretsCanBeStored").asBoolean())
        .isFalse();
  }

  @Test
  void aConnectionTestBeforeSavingNeverEchoesTheTokenAHelpdeskRepeats() throws Exception {
    echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    echo.createContext("/", exchange -> {
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      String credentials = auth == null ? "" : new String(Base64.getDecoder()
          .decode(auth.substring(auth.indexOf(' ') + 1)), StandardCharsets.UTF_8);
      byte[] body = ("{\"error\": \"Couldn't authenticate you as " + credentials + "\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    echo.start();
    ShiftleadRuntime runtime = start(KEY, "");

    JsonNode failed = json(api(runtime).testCandidate("""
        {"name": "trial", "type": "zendesk", "settings": {"baseUrl": "http://127.0.0.1:%d",
          "email": "%s", "apiToken": "%s", "maxRetries": "0"}}
        """.formatted(echo.getAddress().getPort(), EMAIL, WRONG_TOKEN)));

    assertThat(failed.path("ok").asBoolean()).isFalse();
    assertThat(failed.path("error").asText()).isEqualTo("AuthFailed");
    assertThat(failed.path("message").asText()).contains("Couldn't authenticate you as")
        .contains("****").doesNotContain(WRONG_TOKEN);
    JsonNode good = json(api(runtime).testCandidate(definition("trial", TOKEN)));
    assertThat(good.path("ok").asBoolean()).isTrue();
    assertThat(runtime.knowsConnector("trial")).as("a test saves nothing").isFalse();
  }
}
