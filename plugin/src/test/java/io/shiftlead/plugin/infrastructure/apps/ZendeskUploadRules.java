package io.shiftlead.plugin.infrastructure.apps;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The checks Zendesk runs on an uploaded app (zendesk_apps_support 4.52.0, as provoked one defect
 * at a time in {@code shared/docs/app-manifests.md} §1.7 and §5), re-implemented because zcli
 * cannot validate offline. Messages follow Zendesk's wording. Input: the package's files by path.
 */
final class ZendeskUploadRules {
  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> REQUIRED = Set.of("author", "defaultLocale", "location",
      "frameworkVersion");
  private static final Set<String> HOSTS = Set.of("support", "chat", "sell");
  private static final Set<String> SUPPORT_LOCATIONS = Set.of("top_bar", "nav_bar",
      "ticket_sidebar", "new_ticket_sidebar", "user_sidebar", "organization_sidebar", "background",
      "modal", "ticket_editor", "system_top_bar");
  private static final Set<String> LOCATION_BOOLEANS = Set.of("flexible", "autoLoad", "autoHide",
      "signed");
  private static final Set<String> PARAMETER_TYPES = Set.of("text", "url", "number", "checkbox",
      "multiline", "hidden", "oauth");
  private static final Set<String> SCOPES = Set.of("header", "body", "url", "jwt_secret_key",
      "jwt_claim", "basic_auth_username", "basic_auth_password");
  private static final Pattern LOCALE = Pattern.compile("^[a-z]{2,3}(-\\w{2,3})?$");
  private static final Pattern BLOCKED = Pattern.compile(
      "(?i).*\\.(zip|gz|gzip|tgz|pdf|docx?|xlsx?|pptx?|jar|mp3|7z|rar|sh|bin|exe)$");
  private static final Pattern SECRET_WORDS = Pattern.compile("(?i)\\b(password|secret|"
      + "secretToken|secret_token|auth_key|authKey|auth_pass|authPass|auth_user|AuthUser|api_key)\\b");
  private static final Pattern KEYLIKE_NAME = Pattern.compile("(?i).*(token|key|pwd|password).*");

  final List<String> errors = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  static ZendeskUploadRules check(Map<String, byte[]> files, Set<String> symlinks) {
    ZendeskUploadRules rules = new ZendeskUploadRules();
    rules.run(new TreeMap<>(files), symlinks);
    return rules;
  }

  private void run(Map<String, byte[]> files, Set<String> symlinks) {
    if (!symlinks.isEmpty()) {
      errors.add("Symlinks are not allowed in the zip file");
    }
    if (!files.containsKey("manifest.json")) {
      String nested = files.keySet().stream().filter(f -> f.endsWith("/manifest.json"))
          .findFirst().orElse(null);
      errors.add(nested == null ? "Could not find manifest.json"
          : "Could not find manifest.json in the root of the zip file, but " + nested
              + " was found. Try re-creating the archive from this directory.");
      return;
    }
    JsonNode manifest;
    try {
      manifest = STRICT.readTree(files.get("manifest.json"));
    } catch (JsonProcessingException e) {
      errors.add(e.getOriginalMessage().startsWith("Duplicate field")
          ? "Duplicate keys are specified in the manifest.json file. " + e.getOriginalMessage()
          : "manifest is not proper JSON. " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (String field : new TreeSet<>(REQUIRED)) {
      if (!manifest.has(field)) {
        errors.add("Missing required field in manifest: " + field);
      }
    }
    String framework = manifest.path("frameworkVersion").asText("");
    if (!framework.equals("2.0")) {
      errors.add(framework + " is not a valid framework version. Available versions are: 2.0.");
    }
    if (manifest.has("noTemplate")) {
      errors.add("noTemplate is deprecated and cannot be used with framework version 2 or above.");
    }
    author(manifest.path("author"));
    typed(manifest, "version", JsonNode::isTextual, "must be a string");
    typed(manifest, "private", JsonNode::isBoolean, "must be a boolean value");
    typed(manifest, "signedUrls", JsonNode::isBoolean, "must be a boolean value");
    locations(manifest.path("location"), files);
    List<String> parameterNames = parameters(manifest.path("parameters"));
    String locale = manifest.path("defaultLocale").asText(null);
    if (locale != null && !LOCALE.matcher(locale).matches()) {
      errors.add(locale + " is not a valid default locale.");
    } else if (locale != null) {
      translations(files, locale, parameterNames, !manifest.path("private").asBoolean(true));
    }
    files.forEach((path, content) -> file(path, content));
    logo(files, "assets/logo.png", 320, false);
    logo(files, "assets/logo-small.png", 128, true);
  }

  private void author(JsonNode author) {
    if (author.isMissingNode()) {
      return;
    }
    if (!author.isObject() || !author.path("name").isTextual() || !author.path("email").isTextual()) {
      errors.add("author must have a name and an email");
    }
    if (author.has("url")) {
      String url = author.path("url").asText();
      try {
        URI uri = new URI(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
            || uri.getHost() == null) {
          errors.add("author url must be a valid URL, got \"" + url + "\".");
        }
      } catch (Exception e) {
        errors.add("author url must be a valid URL, got \"" + url + "\".");
      }
    }
  }

  private void typed(JsonNode manifest, String field, java.util.function.Predicate<JsonNode> ok,
      String what) {
    if (manifest.has(field) && !ok.test(manifest.get(field))) {
      errors.add(field + " " + what + ", got \"" + manifest.get(field).asText() + "\".");
    }
  }

  private void locations(JsonNode location, Map<String, byte[]> files) {
    if (!location.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> hosts = location.fields(); hosts.hasNext(); ) {
      Map.Entry<String, JsonNode> host = hosts.next();
      if (!HOSTS.contains(host.getKey())) {
        errors.add(host.getKey() + " is an invalid host for apps.");
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = host.getValue().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> loc = it.next();
        if (host.getKey().equals("support") && !SUPPORT_LOCATIONS.contains(loc.getKey())) {
          errors.add(loc.getKey() + " is an invalid location in Support.");
          continue;
        }
        JsonNode options = loc.getValue();
        String url = options.isTextual() ? options.asText() : options.path("url").asText("");
        if (url.isEmpty()) {
          errors.add(loc.getKey() + " location does not specify a URI.");
        } else if (!validUrl(url, files)) {
          errors.add(url + " is either an invalid location URI, refers to a missing asset, or"
              + " does not use HTTPS.");
        }
        for (String flag : LOCATION_BOOLEANS) {
          if (options.has(flag) && !options.get(flag).isBoolean()) {
            errors.add(options.get(flag).asText() + " is an invalid type for the " + flag
                + " location parameter.");
          }
        }
      }
    }
  }

  /** https anywhere, http(s) only for localhost, {{setting.x}} not checked, or an existing asset. */
  private static boolean validUrl(String url, Map<String, byte[]> files) {
    if (url.contains("{{setting.")) {
      return true;
    }
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null) {
        return files.containsKey("assets/" + uri.getPath()) || files.containsKey(uri.getPath());
      }
      if (uri.getHost() == null) {
        return false;
      }
      return uri.getScheme().equals("https")
          || (uri.getScheme().equals("http") && uri.getHost().equals("localhost"));
    } catch (Exception e) {
      return false;
    }
  }

  private List<String> parameters(JsonNode parameters) {
    List<String> names = new ArrayList<>();
    if (parameters.isMissingNode()) {
      return names;
    }
    if (!parameters.isArray()) {
      errors.add("App parameters must be an array.");
      return names;
    }
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new TreeSet<>();
    List<String> secureWithoutScopes = new ArrayList<>();
    for (JsonNode p : parameters) {
      String name = p.path("name").asText();
      String at = "parameters[name=\"" + name + "\"]";
      names.add(name);
      if (!seen.add(name)) {
        duplicates.add(name);
      }
      if (name.equals("name")) {
        errors.add("Can't call a parameter 'name'");
      }
      String type = p.path("type").asText("text");
      if (!PARAMETER_TYPES.contains(type)) {
        errors.add(type + " is an invalid parameter type.");
      }
      if (p.has("required") && !p.get("required").isBoolean()) {
        errors.add(at + ".required must be a boolean value, got \"" + p.get("required").asText()
            + "\".");
      }
      boolean secure = p.path("secure").asBoolean(false);
      if (type.equals("hidden") && p.path("required").asBoolean(false)) {
        errors.add(name + " is set to hidden and cannot be required.");
      }
      if (p.has("scopes")) {
        JsonNode scopes = p.get("scopes");
        if (!secure) {
          errors.add(at + ".scopes cannot be defined in a non-secure parameter.");
        } else if (!scopes.isArray() || scopes.isEmpty()) {
          errors.add(at + ".scopes cannot be empty.");
        } else {
          List<String> invalid = new ArrayList<>();
          scopes.forEach(s -> {
            if (!SCOPES.contains(s.asText())) {
              invalid.add(s.asText());
            }
          });
          if (!invalid.isEmpty()) {
            errors.add(at + ".scopes contains invalid values: " + String.join(", ", invalid) + ".");
          }
        }
      } else if (secure) {
        secureWithoutScopes.add(name);
      }
      if ((secure || type.equals("hidden")) && p.has("default")) {
        warnings.add("Default values for secure or hidden parameters are not stored securely.");
      }
      if (!secure && KEYLIKE_NAME.matcher(name).matches()) {
        warnings.add("Make sure to set secure to true when using keys in Settings (" + name + ")");
      }
    }
    if (!duplicates.isEmpty()) {
      errors.add("Duplicate app parameters defined: " + duplicates);
    }
    if (!secureWithoutScopes.isEmpty()) {
      warnings.add("The scopes property is not configured for parameter(s): "
          + String.join(", ", secureWithoutScopes) + ".");
    }
    return names;
  }

  private void translations(Map<String, byte[]> files, String locale, List<String> parameters,
      boolean publicApp) {
    String path = "translations/" + locale + ".json";
    if (!files.containsKey(path)) {
      errors.add("Missing translation file for locale '" + locale + "'.");
      return;
    }
    JsonNode app;
    try {
      app = STRICT.readTree(files.get(path)).path("app");
    } catch (IOException e) {
      errors.add(path + " is not valid JSON.");
      return;
    }
    List<String> missing = new ArrayList<>();
    List<String> keys = new ArrayList<>(List.of("name"));
    if (publicApp) {
      keys.addAll(List.of("short_description", "long_description", "installation_instructions"));
    }
    for (String key : keys) {
      if (!app.path(key).isTextual() || app.path(key).asText().isBlank()) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      errors.add("Missing required key from " + path + ": " + missing.stream().sorted()
          .collect(Collectors.joining(", ")));
    }
    for (String parameter : parameters) {
      if (!app.path("parameters").path(parameter).path("label").isTextual()) {
        errors.add("Missing required key label on leaf " + parameter + " from " + path);
      }
    }
  }

  private void file(String path, byte[] content) {
    if (BLOCKED.matcher(path).matches()) {
      errors.add("Unsupported MIME type detected in " + path + ".");
    }
    if (path.matches("(?i).*\\.(html?|js|json|xml)$")) {
      String text = new String(content, StandardCharsets.UTF_8);
      var secret = SECRET_WORDS.matcher(text);
      if (secret.find()) {
        warnings.add("Possible secrets found in " + path + " ('" + secret.group(1) + "...')");
      }
      if (path.matches("(?i).*\\.(html?|js)$") && text.contains("http://")) {
        warnings.add("Possible insecure HTTP request in " + path);
      }
    }
  }

  private void logo(Map<String, byte[]> files, String path, int size, boolean transparency) {
    byte[] png = files.get(path);
    if (png == null) {
      errors.add(path + " is missing (" + size + "x" + size + " PNG)");
      return;
    }
    try {
      boolean pngSignature = png.length > 8 && (png[0] & 0xff) == 0x89 && png[1] == 'P'
          && png[2] == 'N' && png[3] == 'G';
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (!pngSignature || image == null) {
        errors.add(path + " is not a PNG");
      } else if (image.getWidth() != size || image.getHeight() != size) {
        errors.add(path + " must be " + size + "x" + size + ", is " + image.getWidth() + "x"
            + image.getHeight());
      } else if (transparency && !image.getColorModel().hasAlpha()) {
        errors.add(path + " must be a PNG-24 with transparency");
      }
    } catch (IOException e) {
      errors.add(path + " is not a readable PNG: " + e.getMessage());
    }
  }
}
