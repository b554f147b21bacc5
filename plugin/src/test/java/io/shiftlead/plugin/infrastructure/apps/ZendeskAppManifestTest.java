package io.shiftlead.plugin.infrastructure.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.plugin.infrastructure.apps.AppPackager.Vendor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code manifest/zendesk} as committed, the generic zip the build makes of it and the package
 * generated for a customer's host all pass Zendesk's upload checks ({@link ZendeskUploadRules});
 * and each check really catches its defect.
 */
class ZendeskAppManifestTest {
  static final Path APP = Path.of("..", "manifest", "zendesk");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Map<String, byte[]> folder(Path root, Set<String> symlinks) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          symlinks.add(rel);
        } else if (Files.isRegularFile(p) && !rel.equals(".zcliignore")) {
          files.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          files.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return files;
  }

  @Test
  void theCommittedAppPassesEveryUploadRuleWithoutWarnings() throws IOException {
    Set<String> symlinks = new HashSet<>();
    ZendeskUploadRules result = ZendeskUploadRules.check(folder(APP, symlinks), symlinks);

    assertThat(result.errors).isEmpty();
    assertThat(result.warnings).isEmpty();
  }

  @Test
  void theCommittedAppIsALocalhostInstallWithASecureHeaderOnlyToken() throws IOException {
    JsonNode manifest = JSON.readTree(APP.resolve("manifest.json").toFile());

    assertThat(manifest.at("/location/support/ticket_sidebar/url").asText())
        .startsWith("http://localhost:8080/sidebar/");
    assertThat(manifest.at("/location/support/nav_bar/url").asText())
        .startsWith("http://localhost:8080/admin/");
    JsonNode token = parameter(manifest, "apiToken");
    assertThat(token.path("secure").asBoolean()).isTrue();
    assertThat(token.path("scopes").toString()).isEqualTo("[\"header\"]");
    assertThat(token.has("default")).isFalse();
    assertThat(parameter(manifest, "shiftleadBaseUrl").path("type").asText()).isEqualTo("url");
  }

  @Test
  void theCommittedAppAsksZendeskToSignEachFirstLoad() throws IOException {
    JsonNode manifest = JSON.readTree(APP.resolve("manifest.json").toFile());

    // Zendesk then POSTs an RS256 JWT to the location URL (docs/adr/0016)
    assertThat(manifest.path("signedUrls").isBoolean()).isTrue();
    assertThat(manifest.path("signedUrls").asBoolean()).isTrue();
  }

  @Test
  void theBuildsGenericZipHoldsExactlyTheCommittedFilesAtItsRoot() throws IOException {
    Map<String, byte[]> zip = unzip(new AppPackager().generic(Vendor.ZENDESK));
    Map<String, byte[]> committed = folder(APP, new HashSet<>());

    assertThat(zip.keySet()).isEqualTo(committed.keySet());
    committed.forEach((path, bytes) -> assertThat(zip.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void aPackageGeneratedForACustomerHostPassesAndCarriesThatHostOnly() throws IOException {
    byte[] zip = new AppPackager().build(Vendor.ZENDESK,
        AppPackager.target(Vendor.ZENDESK, "https://shiftlead.acme.example", "acme"));
    Map<String, byte[]> files = unzip(zip);
    ZendeskUploadRules result = ZendeskUploadRules.check(files, Set.of());

    assertThat(result.errors).isEmpty();
    assertThat(result.warnings).isEmpty();
    JsonNode manifest = JSON.readTree(files.get("manifest.json"));
    assertThat(manifest.at("/location/support/ticket_sidebar/url").asText())
        .isEqualTo("https://shiftlead.acme.example/sidebar/index.html?host=zendesk");
    assertThat(manifest.at("/location/support/nav_bar/url").asText())
        .isEqualTo("https://shiftlead.acme.example/admin/index.html?host=zendesk");
    assertThat(manifest.path("domainWhitelist").toString())
        .isEqualTo("[\"shiftlead.acme.example\"]");
    assertThat(parameter(manifest, "shiftleadBaseUrl").path("default").asText())
        .isEqualTo("https://shiftlead.acme.example");
    assertThat(parameter(manifest, "connectorName").path("default").asText()).isEqualTo("acme");
    assertThat(new String(files.get("manifest.json"), StandardCharsets.UTF_8))
        .doesNotContain("localhost");
    assertThat(files.get("assets/logo.png")).isEqualTo(
        Files.readAllBytes(APP.resolve("assets/logo.png")));
  }

  private static JsonNode parameter(JsonNode manifest, String name) {
    for (JsonNode p : manifest.path("parameters")) {
      if (p.path("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name);
  }

  // ------------------------------------------------------------- each rule catches its defect

  static Stream<Arguments> defects() {
    return Stream.of(
        manifest("author removed", m -> m.remove("author"),
            "Missing required field in manifest: author"),
        manifest("defaultLocale removed", m -> m.remove("defaultLocale"),
            "Missing required field in manifest: defaultLocale"),
        manifest("defaultLocale english", m -> m.put("defaultLocale", "english"),
            "english is not a valid default locale."),
        manifest("location removed", m -> m.remove("location"),
            "Missing required field in manifest: location"),
        manifest("frameworkVersion 1.0", m -> m.put("frameworkVersion", "1.0"),
            "1.0 is not a valid framework version. Available versions are: 2.0."),
        manifest("url on 127.0.0.1", m -> sidebar(m).put("url", "http://127.0.0.1:8080/sidebar"),
            "http://127.0.0.1:8080/sidebar is either an invalid location URI"),
        manifest("url plain http remote", m -> sidebar(m).put("url", "http://shiftlead.example.com/s"),
            "http://shiftlead.example.com/s is either an invalid location URI"),
        manifest("url to a missing asset", m -> sidebar(m).put("url", "assets/sidebar.html"),
            "assets/sidebar.html is either an invalid location URI, refers to a missing asset"),
        manifest("url empty", m -> sidebar(m).put("url", ""),
            "ticket_sidebar location does not specify a URI."),
        manifest("location misspelt", m -> {
          ObjectNode support = (ObjectNode) m.at("/location/support");
          support.set("ticket_sidebarr", support.remove("ticket_sidebar"));
        }, "ticket_sidebarr is an invalid location in Support."),
        manifest("host misspelt", m -> ((ObjectNode) m.get("location"))
            .set("suport", ((ObjectNode) m.get("location")).remove("support")),
            "suport is an invalid host for apps."),
        manifest("flexible as text", m -> sidebar(m).put("flexible", "yes"),
            "yes is an invalid type for the flexible location parameter."),
        manifest("parameter called name", m -> param(m, "connectorName").put("name", "name"),
            "Can't call a parameter 'name'"),
        manifest("password type", m -> param(m, "apiToken").put("type", "password"),
            "password is an invalid parameter type."),
        manifest("duplicate parameter", m -> ((ArrayNode) m.get("parameters"))
            .add(param(m, "apiToken").deepCopy()), "Duplicate app parameters defined: [apiToken]"),
        manifest("hidden and required", m -> param(m, "connectorName").put("type", "hidden"),
            "connectorName is set to hidden and cannot be required."),
        manifest("required as text", m -> param(m, "shiftleadBaseUrl").put("required", "yes"),
            "parameters[name=\"shiftleadBaseUrl\"].required must be a boolean value, got \"yes\"."),
        manifest("scopes on a non-secure parameter", m -> param(m, "shiftleadBaseUrl")
            .putArray("scopes").add("header"),
            "parameters[name=\"shiftleadBaseUrl\"].scopes cannot be defined in a non-secure"),
        manifest("cookie scope", m -> param(m, "apiToken").putArray("scopes").add("cookie")
            .add("header"), "parameters[name=\"apiToken\"].scopes contains invalid values: cookie."),
        manifest("empty scopes", m -> param(m, "apiToken").putArray("scopes"),
            "parameters[name=\"apiToken\"].scopes cannot be empty."),
        manifest("parameters as an object", m -> m.putObject("parameters"),
            "App parameters must be an array."),
        manifest("version as a number", m -> m.put("version", 1.0), "version must be a string"),
        manifest("author url without scheme", m -> ((ObjectNode) m.get("author"))
            .put("url", "example.com"), "author url must be a valid URL, got \"example.com\"."),
        manifest("private as text", m -> m.put("private", "true"),
            "private must be a boolean value, got \"true\"."),
        manifest("signedUrls as text", m -> m.put("signedUrls", "true"),
            "signedUrls must be a boolean value, got \"true\"."),
        manifest("noTemplate", m -> m.put("noTemplate", true), "noTemplate is deprecated"),
        translations("public app without descriptions", m -> m.put("private", false), t -> {
          ((ObjectNode) t.get("app")).remove("long_description");
          ((ObjectNode) t.get("app")).remove("installation_instructions");
        }, "Missing required key from translations/en.json: installation_instructions,"
            + " long_description"),
        translations("no app name", m -> { }, t -> ((ObjectNode) t.get("app")).remove("name"),
            "Missing required key from translations/en.json: name"),
        translations("parameter without label", m -> { }, t -> ((ObjectNode) t.at(
            "/app/parameters/apiToken")).remove("label"),
            "Missing required key label on leaf apiToken from translations/en.json"),
        files("translations deleted", f -> f.remove("translations/en.json"),
            "Missing translation file for locale 'en'."),
        files("manifest not JSON", f -> f.put("manifest.json", "{,,}".getBytes()),
            "manifest is not proper JSON."),
        files("duplicate key", f -> f.put("manifest.json", new String(f.get("manifest.json"),
            StandardCharsets.UTF_8).replaceFirst("\\{", "{\"version\": \"1.0.0\",").getBytes()),
            "Duplicate keys are specified in the manifest.json file."),
        files("zipped one folder too deep", f -> {
          Map<String, byte[]> copy = new LinkedHashMap<>(f);
          f.clear();
          copy.forEach((k, v) -> f.put("app/" + k, v));
        }, "Could not find manifest.json in the root of the zip file, but app/manifest.json"),
        files("a zip inside", f -> f.put("assets/bundle.zip", new byte[] {80, 75, 3, 4}),
            "Unsupported MIME type detected in assets/bundle.zip."),
        files("small logo wrong size", f -> f.put("assets/logo-small.png",
            f.get("assets/logo.png")), "assets/logo-small.png must be 128x128, is 320x320"),
        files("logo missing", f -> f.remove("assets/logo.png"), "assets/logo.png is missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void eachUploadRuleRefusesItsDefect(String defect, Consumer<Map<String, byte[]>> change,
      String expected) throws IOException {
    Map<String, byte[]> files = folder(APP, new HashSet<>());
    change.accept(files);

    assertThat(ZendeskUploadRules.check(files, Set.of()).errors).as(defect)
        .anySatisfy(e -> assertThat(e).contains(expected));
  }

  @Test
  void warningsCatchTokensWithoutScopesDefaultsAndSecretWords() throws IOException {
    Map<String, byte[]> files = folder(APP, new HashSet<>());
    ObjectNode m = (ObjectNode) JSON.readTree(files.get("manifest.json"));
    param(m, "apiToken").remove("scopes");
    param(m, "apiToken").put("default", "x");
    param(m, "connectorName").put("name", "signingKey");
    files.put("manifest.json", JSON.writeValueAsBytes(m));
    files.put("assets/sidebar.js", "var password = 'x'; fetch('http://example.com');".getBytes());

    assertThat(ZendeskUploadRules.check(files, Set.of()).warnings)
        .anySatisfy(w -> assertThat(w).contains("scopes property is not configured for"
            + " parameter(s): apiToken"))
        .anySatisfy(w -> assertThat(w).contains("Default values for secure or hidden"))
        .anySatisfy(w -> assertThat(w).contains("set secure to true").contains("signingKey"))
        .anySatisfy(w -> assertThat(w).contains("Possible secrets found in assets/sidebar.js"))
        .anySatisfy(w -> assertThat(w).contains("Possible insecure HTTP request"));
    assertThat(ZendeskUploadRules.check(folder(APP, new HashSet<>()), Set.of("assets/x")).errors)
        .contains("Symlinks are not allowed in the zip file");
  }

  private static ObjectNode sidebar(ObjectNode m) {
    return (ObjectNode) m.at("/location/support/ticket_sidebar");
  }

  private static ObjectNode param(ObjectNode m, String name) {
    return (ObjectNode) parameter(m, name);
  }

  private static Arguments manifest(String name, Consumer<ObjectNode> change, String expected) {
    return translations(name, change, t -> { }, expected);
  }

  private static Arguments translations(String name, Consumer<ObjectNode> manifest,
      Consumer<ObjectNode> translations, String expected) {
    Consumer<Map<String, byte[]>> change = files -> {
      try {
        ObjectNode m = (ObjectNode) JSON.readTree(files.get("manifest.json"));
        manifest.accept(m);
        files.put("manifest.json", JSON.writeValueAsBytes(m));
        ObjectNode t = (ObjectNode) JSON.readTree(files.get("translations/en.json"));
        translations.accept(t);
        files.put("translations/en.json", JSON.writeValueAsBytes(t));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    return Arguments.of(name, change, expected);
  }

  private static Arguments files(String name, Consumer<Map<String, byte[]>> change,
      String expected) {
    return Arguments.of(name, change, expected);
  }
}
