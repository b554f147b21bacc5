package io.shiftlead.plugin.infrastructure.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ZendeskAppConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code security.zendeskApps}: per Zendesk app installation with {@code signedUrls}, the
 * connector its sessions may read, the app's RSA public key (PEM inline, {@code ${ENV}} or {@code
 * file:/path}; a public key is no secret), the {@code aud} and {@code iss} its tokens must carry,
 * and the role of its sessions. The key is parsed here so a broken PEM stops start-up.
 */
final class ZendeskAppsReader {
  private static final int MIN_RSA_BITS = 2048;

  private final EnvironmentReferences env;

  ZendeskAppsReader(EnvironmentReferences env) {
    this.env = env;
  }

  List<ZendeskAppConfig> read(JsonNode node, Set<String> connectorNames, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add("security.zendeskApps: must be a list of {name, connector, publicKey,"
          + " audience, issuer, role}");
      return List.of();
    }
    List<ZendeskAppConfig> result = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> audiences = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String at = "security.zendeskApps[" + i + "]";
      if (!item.isObject()) {
        problems.add(at + ": must be a mapping with name, connector, publicKey, audience");
        continue;
      }
      SecurityConfigReader.unknown(at + ".", item,
          Set.of("name", "connector", "publicKey", "audience", "issuer", "role"), problems);
      String name = item.path("name").asText(null);
      if (name == null || name.isBlank()) {
        problems.add(at + ".name: required");
      } else if (!names.add(name)) {
        problems.add(at + ".name: '" + name + "' is used twice");
      }
      String connector = item.path("connector").asText(null);
      if (connector == null || !connectorNames.contains(connector)) {
        problems.add(at + ".connector: one of the configured connectors ("
            + String.join(", ", connectorNames.stream().sorted().toList()) + "), got '"
            + connector + "'");
      }
      PublicKey key = publicKey(at + ".publicKey", item.path("publicKey"), problems);
      String audience = item.path("audience").asText(null);
      String host = host(audience);
      if (host == null) {
        problems.add(at + ".audience: the installation's URL that Zendesk signs as aud, e.g."
            + " https://acme.zendesk.com/api/v2/apps/installations/123.json, got '" + audience
            + "'");
      } else if (!audiences.add(audience)) {
        problems.add(at + ".audience: '" + audience + "' is used twice");
      }
      String issuer = item.path("issuer").asText(host);
      if (issuer == null || issuer.isBlank() || issuer.contains("/")) {
        problems.add(at + ".issuer: the account's host that Zendesk signs as iss, e.g."
            + " acme.zendesk.com, got '" + issuer + "'");
      }
      String role = item.path("role").asText("agent");
      if (!SecurityConfigReader.ROLES.contains(role)) {
        problems.add(at + ".role: one of admin, manager, reviewer, agent, got '" + role + "'");
      }
      result.add(new ZendeskAppConfig(name, connector, key, audience,
          issuer == null ? null : issuer.toLowerCase(Locale.ROOT), role));
    }
    return List.copyOf(result);
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      return "https".equals(uri.getScheme()) && uri.getHost() != null
          ? uri.getHost().toLowerCase(Locale.ROOT) : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private PublicKey publicKey(String at, JsonNode node, List<String> problems) {
    String raw = node.isValueNode() ? node.asText() : null;
    if (raw == null || raw.isBlank()) {
      problems.add(at + ": required: the app's public key (PEM), ${ENV} or file:/path");
      return null;
    }
    String pem = raw;
    if (EnvironmentReferences.isReference(raw)) {
      pem = env.resolve(at, raw, problems);
    } else if (raw.startsWith("file:")) {
      try {
        pem = Files.readString(Path.of(raw.substring(5)), StandardCharsets.US_ASCII);
      } catch (IOException | RuntimeException e) {
        problems.add(at + ": cannot read " + raw.substring(5) + " (" + e.getMessage() + ")");
        return null;
      }
    }
    if (pem == null || pem.isEmpty()) {
      return null;
    }
    try {
      PublicKey key = parsePem(pem);
      if (((RSAPublicKey) key).getModulus().bitLength() < MIN_RSA_BITS) {
        problems.add(at + ": an RSA key of at least " + MIN_RSA_BITS + " bits is required");
        return null;
      }
      return key;
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      problems.add(at + ": not an RSA public key in PEM form (-----BEGIN PUBLIC KEY-----"
          + " ...): " + e.getMessage());
      return null;
    }
  }

  /**
   * An X.509 {@code PUBLIC KEY} or PKCS#1 {@code RSA PUBLIC KEY} PEM; escaped {@code \n} (as in
   * one-line environment values) allowed.
   */
  static PublicKey parsePem(String pem) throws GeneralSecurityException {
    String text = pem.replace("\\n", "\n").trim();
    boolean pkcs1 = text.startsWith("-----BEGIN RSA PUBLIC KEY-----");
    String begin = pkcs1 ? "-----BEGIN RSA PUBLIC KEY-----" : "-----BEGIN PUBLIC KEY-----";
    String end = pkcs1 ? "-----END RSA PUBLIC KEY-----" : "-----END PUBLIC KEY-----";
    if (!text.startsWith(begin) || !text.endsWith(end)) {
      throw new IllegalArgumentException("missing the BEGIN/END PUBLIC KEY lines");
    }
    String body = text.substring(begin.length(), text.length() - end.length())
        .replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(body);
    return KeyFactory.getInstance("RSA").generatePublic(
        new X509EncodedKeySpec(pkcs1 ? spki(der) : der));
  }

  /** Wraps a PKCS#1 RSAPublicKey in SubjectPublicKeyInfo (rsaEncryption, NULL parameters). */
  private static byte[] spki(byte[] pkcs1) {
    byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    byte[] bits = new byte[pkcs1.length + 1];
    System.arraycopy(pkcs1, 0, bits, 1, pkcs1.length);
    byte[] bitString = tlv(0x03, bits);
    byte[] both = new byte[algorithm.length + bitString.length];
    System.arraycopy(algorithm, 0, both, 0, algorithm.length);
    System.arraycopy(bitString, 0, both, algorithm.length, bitString.length);
    return tlv(0x30, both);
  }

  private static byte[] tlv(int tag, byte[] value) {
    int n = value.length;
    byte[] length = n < 128 ? new byte[] {(byte) n}
        : n < 256 ? new byte[] {(byte) 0x81, (byte) n}
        : new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    byte[] out = new byte[1 + length.length + n];
    out[0] = (byte) tag;
    System.arraycopy(length, 0, out, 1, length.length);
    System.arraycopy(value, 0, out, 1 + length.length, n);
    return out;
  }
}
