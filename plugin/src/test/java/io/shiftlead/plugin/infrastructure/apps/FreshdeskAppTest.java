package io.shiftlead.plugin.infrastructure.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.infrastructure.apps.AppPackager.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code manifest/freshdesk} against the platform 3.0 rules the FDK's validator applies (checked
 * structurally: the FDK CLI is not installable here, see shared/docs/app-manifests.md §3.6), and
 * the package generated for a customer's host.
 */
class FreshdeskAppTest {
  private static final Path APP = Path.of("..", "manifest", "freshdesk");
  private static final Path SIDEBAR = Path.of("src", "main", "webapp", "sidebar");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TICKET_LOCATIONS = Set.of("ticket_sidebar",
      "ticket_requester_info", "ticket_top_navigation", "ticket_background",
      "time_entry_background", "ticket_attachment", "ticket_conversation_editor",
      "new_ticket_requester_info", "new_ticket_background");
  private static final Set<String> COMMON_LOCATIONS = Set.of("full_page_app", "cti_global_sidebar");

  static void assertValidApp(Map<String, byte[]> files) throws IOException {
    assertThat(files).as("iparams.json is mandatory").containsKey("config/iparams.json");
    JsonNode manifest = JSON.readTree(files.get("manifest.json"));
    assertThat(manifest.path("platform-version").asText()).isEqualTo("3.0");
    JsonNode modules = manifest.path("modules");
    Set<String> declared = new TreeSet<>();
    modules.path("common").path("requests").fieldNames().forEachRemaining(declared::add);
    for (Iterator<Map.Entry<String, JsonNode>> it = modules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> module = it.next();
      Set<String> allowed = module.getKey().equals("common") ? COMMON_LOCATIONS
          : TICKET_LOCATIONS;
      assertThat(module.getKey()).isIn("common", "support_ticket");
      module.getValue().path("location").fields().forEachRemaining(loc -> {
        assertThat(allowed).as("Invalid location(s) mentioned in modules: %s in %s",
            loc.getKey(), module.getKey()).contains(loc.getKey());
        String url = loc.getValue().path("url").asText();
        assertThat(url).as("a location url is a file inside app/").doesNotContain("://");
        assertThat(files).as("app/" + url).containsKey("app/" + url);
        assertThat(files).as("icon.svg not found").containsKey("app/"
            + loc.getValue().path("icon").asText());
      });
    }
    JsonNode requests = JSON.readTree(files.get("config/requests.json"));
    Set<String> defined = new TreeSet<>();
    requests.fieldNames().forEachRemaining(defined::add);
    assertThat(defined).as("every request template declared in manifest.json is defined and"
        + " vice versa").isEqualTo(declared);
    JsonNode iparams = JSON.readTree(files.get("config/iparams.json"));
    Set<String> secure = new HashSet<>();
    iparams.fields().forEachRemaining(p -> {
      assertThat(p.getValue().path("display_name").isTextual()).as(p.getKey()).isTrue();
      assertThat(p.getValue().path("type").asText()).isIn("text", "number", "dropdown",
          "checkbox", "radio", "domain", "url", "multiline", "multiselect");
      if (p.getValue().path("secure").asBoolean()) {
        secure.add(p.getKey());
      }
    });
    assertThat(secure).as("the API token is a secure iparam").contains("api_token");
    for (JsonNode template : requests) {
      JsonNode schema = template.path("schema");
      assertThat(schema.path("method").asText()).isEqualTo("GET");
      assertThat(schema.path("host").asText()).isEqualTo("<%= iparam.shiftlead_host %>");
      assertThat(schema.path("headers").path("Authorization").asText())
          .isEqualTo("Bearer <%= iparam.api_token %>");
      String outsideHeaders = ((com.fasterxml.jackson.databind.node.ObjectNode) schema.deepCopy()).without("headers").toString();
      secure.forEach(s -> assertThat(outsideHeaders)
          .as("Invalid iparam substitution: secure iparam %s outside headers", s)
          .doesNotContain("iparam." + s));
      int attempts = template.path("options").path("maxAttempts").asInt(1);
      assertThat(attempts).isBetween(1, 5);
    }
    String html = new String(files.get("app/index.html"));
    assertThat(html).contains("{{{appclient}}}").contains("data-host=\"freshdesk\"");
  }

  @Test
  void theCommittedAppFollowsThePlatform3Rules() throws IOException {
    Map<String, byte[]> files = ZendeskAppManifestTest.folder(APP, new HashSet<>());
    assertValidApp(files);
    JsonNode requests = JSON.readTree(files.get("config/requests.json"));
    requests.forEach(t -> assertThat(t.at("/schema/protocol").asText()).isEqualTo("https"));
  }

  @Test
  void theSidebarInsideTheAppIsTheSameCodeTheServerServes() throws IOException {
    assertThat(Files.readString(APP.resolve("app/scripts/sidebar.js")))
        .as("manifest/freshdesk/app/scripts/sidebar.js is a copy of the plugin's; copy it again")
        .isEqualTo(Files.readString(SIDEBAR.resolve("sidebar.js")));
    assertThat(Files.readString(APP.resolve("app/styles/sidebar.css")))
        .isEqualTo(Files.readString(SIDEBAR.resolve("sidebar.css")));
    String served = Files.readString(SIDEBAR.resolve("index.html"))
        .replace("<html lang=\"en\">", "<html lang=\"en\" data-host=\"freshdesk\">")
        .replace("href=\"sidebar.css\"", "href=\"styles/sidebar.css\"")
        .replace("<script src=\"sidebar.js\"></script>",
            "<script src=\"{{{appclient}}}\"></script>\n  <script src=\"scripts/sidebar.js\"></script>");
    assertThat(Files.readString(APP.resolve("app/index.html")))
        .as("the app's index.html is the served page plus the Freshworks client").isEqualTo(served);
  }

  @Test
  void aPackageGeneratedForACustomerHostCarriesItAsTheInstallDefault() throws IOException {
    Map<String, byte[]> files = ZendeskAppManifestTest.unzip(new AppPackager().build(
        Vendor.FRESHDESK, AppPackager.target(Vendor.FRESHDESK, "https://shiftlead.acme.example",
            "acme")));

    assertValidApp(files);
    JsonNode iparams = JSON.readTree(files.get("config/iparams.json"));
    assertThat(iparams.at("/shiftlead_host/default_value").asText())
        .isEqualTo("shiftlead.acme.example");
    assertThat(iparams.at("/connector_name/default_value").asText()).isEqualTo("acme");
    assertThat(iparams.at("/api_token/default_value").isMissingNode()).isTrue();
    JSON.readTree(files.get("config/requests.json")).forEach(t ->
        assertThat(t.at("/schema/protocol").asText()).isEqualTo("https"));
    assertThat(files.get("app/scripts/sidebar.js"))
        .isEqualTo(Files.readAllBytes(APP.resolve("app/scripts/sidebar.js")));
  }
}
