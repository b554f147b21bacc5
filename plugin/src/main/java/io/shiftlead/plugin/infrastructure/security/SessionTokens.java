package io.shiftlead.plugin.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shiftlead's own short-lived session tokens, issued after a verified signed Zendesk load and sent
 * by the page as {@code Authorization: Bearer}. Form: {@code sls1.<payload>.<mac>}, payload the
 * base64url JSON {@code {i: installation, c: connector, r: role, u: user, exp, auth}}, mac
 * HMAC-SHA256 over {@code sls1.<payload>} with the server's session key. A session can be renewed
 * while valid, never past {@link #MAX_AGE} after the signed load ({@code auth}).
 *
 * <p>The key comes from {@code security.sessionKey}; without it each start draws a random key, so
 * a restart ends every session and the members of a cluster do not accept each other's sessions.
 */
public final class SessionTokens {
  public static final String PREFIX = "sls1.";
  /** How long renewals may extend a session after the signed load that started it. */
  public static final Duration MAX_AGE = Duration.ofHours(12);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final boolean randomKey;
  private final Duration lifetime;
  private final Clock clock;

  /** A valid session: who, what it may read, until when. */
  public record Session(String installation, String connector, Role role, String user,
      Instant expires, Instant authenticated) {}

  /** Why a session token was refused; safe to show and log. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * @param key the HMAC key (at least 32 bytes); null draws a random one for this process
   */
  public SessionTokens(byte[] key, Duration lifetime, Clock clock) {
    if (key != null && key.length < 32) {
      throw new IllegalArgumentException("a session key needs at least 32 bytes");
    }
    this.randomKey = key == null;
    this.key = key == null ? random() : key.clone();
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** True when the key was drawn at start (sessions end with this process). */
  public boolean randomKey() {
    return randomKey;
  }

  public Duration lifetime() {
    return lifetime;
  }

  /** A new session for a verified signed load, valid for {@link #lifetime()}. */
  public String issue(String installation, String connector, Role role, String user) {
    Instant now = clock.instant();
    return token(installation, connector, role, user, now.plus(lifetime), now);
  }

  /** The same session with a fresh expiry, capped at {@link #MAX_AGE} after its signed load. */
  public String renew(Session session) {
    Instant cap = session.authenticated().plus(MAX_AGE);
    Instant exp = clock.instant().plus(lifetime);
    return token(session.installation(), session.connector(), session.role(), session.user(),
        exp.isAfter(cap) ? cap : exp, session.authenticated());
  }

  public Session verify(String token) throws Refused {
    if (token == null || !token.startsWith(PREFIX)) {
      throw new Refused("not a Shiftlead session token");
    }
    String rest = token.substring(PREFIX.length());
    int dot = rest.indexOf('.');
    if (dot <= 0 || dot != rest.lastIndexOf('.')) {
      throw new Refused("the session token is malformed");
    }
    String payload = rest.substring(0, dot);
    byte[] presented;
    try {
      presented = Base64.getUrlDecoder().decode(rest.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new Refused("the session token is malformed");
    }
    if (!MessageDigest.isEqual(mac(PREFIX + payload), presented)) {
      throw new Refused("the session token is not valid (tampered, or from another server or"
          + " an earlier start)");
    }
    JsonNode json;
    try {
      json = JSON.readTree(Base64.getUrlDecoder().decode(payload));
    } catch (IOException | IllegalArgumentException e) {
      throw new Refused("the session token is malformed");
    }
    Instant expires = Instant.ofEpochSecond(json.path("exp").asLong());
    if (!clock.instant().isBefore(expires)) {
      throw new Refused("the session has expired: reload the app in the helpdesk");
    }
    Role role;
    try {
      role = Role.of(json.path("r").asText());
    } catch (IllegalArgumentException e) {
      throw new Refused("the session token is malformed");
    }
    return new Session(json.path("i").asText(), json.path("c").asText(), role,
        json.path("u").asText(null), expires, Instant.ofEpochSecond(json.path("auth").asLong()));
  }

  private String token(String installation, String connector, Role role, String user,
      Instant expires, Instant authenticated) {
    ObjectNode json = JSON.createObjectNode();
    json.put("i", installation);
    json.put("c", connector);
    json.put("r", role.wireName());
    if (user != null) {
      json.put("u", user);
    }
    json.put("exp", expires.getEpochSecond());
    json.put("auth", authenticated.getEpochSecond());
    String payload = B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    return PREFIX + payload + "." + B64.encodeToString(mac(PREFIX + payload));
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
