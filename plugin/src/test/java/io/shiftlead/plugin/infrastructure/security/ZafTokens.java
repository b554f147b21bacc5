package io.shiftlead.plugin.infrastructure.security;

import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ZendeskAppConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints the JWTs Zendesk sends on a signed app load, with a key pair generated for the test:
 * well-formed ones and each kind of forgery.
 */
public final class ZafTokens {
  public static final String AUDIENCE =
      "https://acme.zendesk.com/api/v2/apps/installations/360001.json";
  public static final String ISSUER = "acme.zendesk.com";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  public final KeyPair zendesk;
  public final KeyPair other;

  public ZafTokens() {
    this.zendesk = generate();
    this.other = generate();
  }

  public ZendeskAppConfig installation(String connector, String role) {
    return new ZendeskAppConfig("acme-zendesk", connector, zendesk.getPublic(), AUDIENCE, ISSUER,
        role);
  }

  /** The public key as the PEM an admin downloads from Zendesk. */
  public String publicPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(zendesk.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  public static String claims(String aud, String iss, Instant iat, Instant exp) {
    return "{\"iss\":\"" + iss + "\",\"aud\":\"" + aud + "\",\"sub\":\"7001\",\"iat\":"
        + iat.getEpochSecond() + ",\"nbf\":" + iat.getEpochSecond() + ",\"exp\":"
        + exp.getEpochSecond() + ",\"context\":{\"product\":\"support\","
        + "\"location\":\"ticket_sidebar\"}}";
  }

  /** A token as Zendesk signs it: RS256 with the app's key. */
  public String signed(String claims) {
    return rs256(zendesk, "{\"typ\":\"JWT\",\"alg\":\"RS256\"}", claims);
  }

  public String rs256(KeyPair key, String header, String claims) {
    String input = b64(header) + "." + b64(claims);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key.getPrivate());
      rsa.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key-confusion forgery: HS256 with the (public) key's bytes as the HMAC secret. */
  public String hs256WithPublicKey(String claims) {
    String input = b64("{\"typ\":\"JWT\",\"alg\":\"HS256\"}") + "." + b64(claims);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(publicPem().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return input + "." + B64.encodeToString(mac.doFinal(
          input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code alg: none} with an empty signature. */
  public static String unsigned(String claims) {
    return b64("{\"typ\":\"JWT\",\"alg\":\"none\"}") + "." + b64(claims) + ".";
  }

  public static String b64(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
