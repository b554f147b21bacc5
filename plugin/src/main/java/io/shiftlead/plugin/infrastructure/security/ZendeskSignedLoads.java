package io.shiftlead.plugin.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ZendeskAppConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Verifies the JWT Zendesk sends (form field {@code token}) when it first loads an app location
 * with {@code signedUrls}: RS256 only (so neither {@code none} nor an HS256 token "signed" with
 * the public key as an HMAC secret is accepted), signed by the installation's app key, {@code
 * aud} naming a configured installation, {@code iss} its account host, {@code exp} in the future
 * and {@code iat} not in the future (both with {@link #SKEW}). JDK {@link Signature} only.
 */
public final class ZendeskSignedLoads {
  /** Clock difference tolerated between Zendesk and this server. */
  public static final Duration SKEW = Duration.ofSeconds(60);
  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

  private final List<ZendeskAppConfig> installations;
  private final Clock clock;

  /** A load that verified: the installation, the Zendesk user ({@code sub}) and the location. */
  public record Verified(ZendeskAppConfig installation, String user, String location) {}

  /** Why a token was refused; the message is safe to show and to log (it never holds the token). */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  public ZendeskSignedLoads(List<ZendeskAppConfig> installations, Clock clock) {
    this.installations = List.copyOf(installations);
    this.clock = clock;
  }

  /** True when at least one installation is configured. */
  public boolean configured() {
    return !installations.isEmpty();
  }

  public Verified verify(String token) throws Refused {
    if (token == null || token.isBlank()) {
      throw new Refused("no signed token: open Shiftlead from inside Zendesk (the app needs"
          + " signedUrls: true)");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new Refused("the signed token is too long");
    }
    String[] parts = token.trim().split("\\.", -1);
    if (parts.length != 3) {
      throw new Refused("the signed token is not a JWT (header.payload.signature)");
    }
    JsonNode header = json(parts[0], "header");
    String alg = header.path("alg").asText("");
    if (!"RS256".equals(alg)) {
      throw new Refused("the signed token uses algorithm '" + safe(alg)
          + "'; only RS256 is accepted");
    }
    if (header.has("crit")) {
      throw new Refused("the signed token has critical header parameters this server does not"
          + " understand");
    }
    JsonNode claims = json(parts[1], "payload");
    ZendeskAppConfig installation = installation(claims.path("aud"));
    byte[] signature = decode(parts[2], "signature");
    if (!signatureVerifies(installation, parts[0] + "." + parts[1], signature)) {
      throw new Refused("the signed token's signature does not verify with the public key of"
          + " installation '" + installation.name() + "'");
    }
    String iss = claims.path("iss").asText("").toLowerCase(Locale.ROOT);
    if (!iss.equals(installation.issuer()) && !iss.equals("https://" + installation.issuer())) {
      throw new Refused("the signed token was issued by '" + safe(iss) + "', not by "
          + installation.issuer());
    }
    Instant now = clock.instant();
    Instant exp = instant(claims, "exp");
    Instant iat = instant(claims, "iat");
    if (exp == null || iat == null) {
      throw new Refused("the signed token lacks exp or iat");
    }
    if (!now.isBefore(exp.plus(SKEW))) {
      throw new Refused("the signed token expired at " + exp + ": reload the app in Zendesk");
    }
    if (iat.isAfter(now.plus(SKEW))) {
      throw new Refused("the signed token was issued in the future (" + iat + "); check the"
          + " server clock");
    }
    Instant nbf = instant(claims, "nbf");
    if (nbf != null && nbf.isAfter(now.plus(SKEW))) {
      throw new Refused("the signed token is not valid before " + nbf);
    }
    String user = claims.path("sub").isValueNode() ? claims.path("sub").asText() : null;
    String location = claims.path("context").path("location").asText(null);
    return new Verified(installation, user, location);
  }

  private ZendeskAppConfig installation(JsonNode aud) throws Refused {
    List<String> audiences = new ArrayList<>();
    if (aud.isTextual()) {
      audiences.add(aud.asText());
    } else if (aud.isArray()) {
      aud.forEach(a -> audiences.add(a.asText()));
    }
    for (ZendeskAppConfig installation : installations) {
      if (audiences.contains(installation.audience())) {
        return installation;
      }
    }
    throw new Refused(audiences.isEmpty() ? "the signed token names no audience (aud)"
        : "the signed token is for " + safe(audiences.toString())
            + ", not for an installation configured in security.zendeskApps");
  }

  private static boolean signatureVerifies(ZendeskAppConfig installation, String signed,
      byte[] signature) throws Refused {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(installation.publicKey());
      rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** Claims are shown in messages and logs: no control characters, bounded length. */
  static String safe(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
  }

  private static Instant instant(JsonNode claims, String name) throws Refused {
    JsonNode n = claims.path(name);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isNumber()) {
      throw new Refused("the signed token's " + name + " is not a number of seconds");
    }
    return Instant.ofEpochSecond(n.asLong());
  }

  private static JsonNode json(String part, String what) throws Refused {
    try {
      JsonNode node = JSON.readTree(decode(part, what));
      if (node == null || !node.isObject()) {
        throw new Refused("the signed token's " + what + " is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new Refused("the signed token's " + what + " is not JSON");
    }
  }

  private static byte[] decode(String part, String what) throws Refused {
    if (part.isEmpty() || part.contains("=")) {
      throw new Refused("the signed token's " + what + " is "
          + (part.isEmpty() ? "empty" : "not base64url without padding"));
    }
    try {
      return B64URL.decode(part);
    } catch (IllegalArgumentException e) {
      throw new Refused("the signed token's " + what + " is not base64url");
    }
  }
}
