package io.shiftlead.plugin.infrastructure.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the app package an admin uploads into a helpdesk. The build zips {@code manifest/zendesk}
 * and {@code manifest/freshdesk} as committed (a valid app for {@code http://localhost:8080}) onto
 * the classpath; {@link #build} rewrites the few files that carry the host: Zendesk's location
 * URLs, {@code domainWhitelist} and parameter defaults; Freshdesk's iparam defaults and the
 * request templates' protocol. Every other file is copied unchanged.
 */
public final class AppPackager {
  /** The host the committed manifests point at. */
  public static final String LOCAL_BASE = "http://localhost:8080";
  private static final Pattern CONNECTOR = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The helpdesks Shiftlead ships an app for. */
  public enum Vendor {
    ZENDESK, FRESHDESK;

    public static Vendor of(String name) {
      for (Vendor v : values()) {
        if (v.name().equalsIgnoreCase(name)) {
          return v;
        }
      }
      throw new IllegalArgumentException("no app for '" + name + "': zendesk or freshdesk");
    }

    String resource() {
      return "/shiftlead-apps/shiftlead-" + name().toLowerCase(Locale.ROOT) + "-app.zip";
    }
  }

  /** Where the customer's Shiftlead is reachable, and which connector the helpdesk is. */
  public record Target(URI baseUrl, String connector) {
    public String host() {
      return baseUrl.getHost();
    }

    /** Host with the port when one is given. */
    public String authority() {
      return baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    public String origin() {
      return baseUrl.getScheme() + "://" + authority();
    }
  }

  /**
   * Checks what the helpdesks accept (Zendesk: https, or http only for {@code localhost};
   * Freshdesk: a bare host name) and explains what to change otherwise.
   *
   * @throws IllegalArgumentException with a message fit for the admin
   */
  public static Target target(Vendor vendor, String baseUrl, String connector) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("baseUrl is required: where the helpdesk reaches"
          + " Shiftlead, e.g. https://shiftlead.example.com");
    }
    URI uri;
    try {
      uri = new URI(baseUrl.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute https:// URL, e.g."
          + " https://shiftlead.example.com");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
        || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))) {
      throw new IllegalArgumentException("baseUrl must be scheme://host[:port] only (no path,"
          + " query, user or fragment): Shiftlead serves the sidebar at /sidebar/");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    boolean local = host.equals("localhost");
    if (IPV4.matcher(host).matches() || host.startsWith("[")) {
      throw new IllegalArgumentException("baseUrl needs a host name, not an IP address: the"
          + " helpdesks refuse IP addresses (use localhost for a local install)");
    }
    if (scheme.equals("http") && !local) {
      throw new IllegalArgumentException("baseUrl must use https://: the helpdesks accept"
          + " plain http only for localhost");
    }
    if (vendor == Vendor.FRESHDESK && uri.getPort() >= 0 && !local) {
      throw new IllegalArgumentException("Freshdesk request templates take a bare host name:"
          + " serve Shiftlead on the default https port (443) and drop :" + uri.getPort());
    }
    if (connector != null && !connector.isBlank() && !CONNECTOR.matcher(connector).matches()) {
      throw new IllegalArgumentException("connector must be a configured connector name"
          + " (lower-case letters, digits, dashes), got '" + connector + "'");
    }
    URI normalised = URI.create(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    return new Target(normalised, connector == null || connector.isBlank() ? null : connector);
  }

  /** The package as committed (for {@code http://localhost:8080}). */
  public byte[] generic(Vendor vendor) {
    return read(vendor);
  }

  /** The package with the target's host built in. */
  public byte[] build(Vendor vendor, Target target) {
    Map<String, UnaryOperator<byte[]>> rewrites = new LinkedHashMap<>();
    if (vendor == Vendor.ZENDESK) {
      rewrites.put("manifest.json", json(m -> zendeskManifest(m, target)));
    } else {
      rewrites.put("config/iparams.json", json(i -> freshdeskIparams(i, target)));
      rewrites.put("config/requests.json", json(r -> freshdeskRequests(r, target)));
    }
    return rewrite(read(vendor), rewrites);
  }

  private static void zendeskManifest(JsonNode manifest, Target target) {
    JsonNode support = manifest.path("location").path("support");
    for (Iterator<JsonNode> it = support.elements(); it.hasNext(); ) {
      JsonNode location = it.next();
      String url = location.path("url").asText("");
      if (url.startsWith(LOCAL_BASE)) {
        ((ObjectNode) location).put("url", target.origin() + url.substring(LOCAL_BASE.length()));
      }
    }
    ArrayNode whitelist = ((ObjectNode) manifest).putArray("domainWhitelist");
    whitelist.add(target.host());
    for (JsonNode parameter : manifest.path("parameters")) {
      String name = parameter.path("name").asText();
      if (name.equals("shiftleadBaseUrl")) {
        ((ObjectNode) parameter).put("default", target.origin());
      } else if (name.equals("connectorName") && target.connector() != null) {
        ((ObjectNode) parameter).put("default", target.connector());
      }
    }
  }

  private static void freshdeskIparams(JsonNode iparams, Target target) {
    ((ObjectNode) iparams.path("shiftlead_host")).put("default_value", target.authority());
    if (target.connector() != null) {
      ((ObjectNode) iparams.path("connector_name")).put("default_value", target.connector());
    }
  }

  private static void freshdeskRequests(JsonNode requests, Target target) {
    for (JsonNode template : requests) {
      ((ObjectNode) template.path("schema")).put("protocol", target.baseUrl().getScheme());
    }
  }

  private static UnaryOperator<byte[]> json(java.util.function.Consumer<JsonNode> change) {
    return bytes -> {
      try {
        JsonNode node = JSON.readTree(bytes);
        change.accept(node);
        return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static byte[] read(Vendor vendor) {
    try (InputStream in = AppPackager.class.getResourceAsStream(vendor.resource())) {
      if (in == null) {
        throw new IllegalStateException(vendor.resource() + " is missing: the build zips"
            + " manifest/ (maven-assembly, execution helpdesk-apps)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<byte[]>> rewrites) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        UnaryOperator<byte[]> change = rewrites.get(entry.getName());
        if (change != null) {
          content = change.apply(content);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        zout.putNextEntry(copy);
        zout.write(content);
        zout.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
