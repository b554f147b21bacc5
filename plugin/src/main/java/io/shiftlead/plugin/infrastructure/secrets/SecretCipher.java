package io.shiftlead.plugin.infrastructure.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secret values at rest with AES-256-GCM (plain JDK crypto). Every value gets a fresh
 * random 12-byte nonce; the envelope is {@code v1:<keyId>:<base64(nonce | ciphertext | tag)>},
 * where the key id is the first 8 hex digits of the key's SHA-256, so a value names the key it
 * needs without revealing it. The caller's context (for connector secrets, the connector name) is
 * bound as associated data: a value copied to another row does not decrypt.
 *
 * <p>Keys come from the environment: {@value #KEY_ENV} (base64 of 32 random bytes, {@code openssl
 * rand -base64 32}) encrypts and decrypts; {@value #PREVIOUS_KEY_ENV} only decrypts, for a key
 * rotation. Thread-safe.
 */
public final class SecretCipher {
  public static final String KEY_ENV = "SHIFTLEAD_SECRET_KEY";
  public static final String PREVIOUS_KEY_ENV = "SHIFTLEAD_SECRET_KEY_PREVIOUS";
  private static final String VERSION = "v1";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Key current;
  private final Map<String, Key> byId = new LinkedHashMap<>();

  private record Key(String id, SecretKeySpec spec) {}

  /**
   * @param key the 32-byte key that encrypts
   * @param previous an older key that still decrypts; null when there is none
   */
  public SecretCipher(byte[] key, byte[] previous) {
    this.current = key(key, KEY_ENV);
    byId.put(current.id(), current);
    if (previous != null) {
      Key old = key(previous, PREVIOUS_KEY_ENV);
      byId.putIfAbsent(old.id(), old);
    }
  }

  /**
   * The cipher from {@value #KEY_ENV} and {@value #PREVIOUS_KEY_ENV}; empty when no key is set.
   *
   * @throws SecretException when a variable is set but is not base64 of 32 bytes (the message
   *     names the variable, never its value)
   */
  public static Optional<SecretCipher> fromEnvironment(Function<String, String> environment) {
    String key = environment.apply(KEY_ENV);
    String previous = environment.apply(PREVIOUS_KEY_ENV);
    if (key == null || key.isBlank()) {
      if (previous != null && !previous.isBlank()) {
        throw new SecretException(PREVIOUS_KEY_ENV + " is set but " + KEY_ENV + " is not: set the"
            + " new key in " + KEY_ENV);
      }
      return Optional.empty();
    }
    return Optional.of(new SecretCipher(decode(key, KEY_ENV),
        previous == null || previous.isBlank() ? null : decode(previous, PREVIOUS_KEY_ENV)));
  }

  /** The id of the key that encrypts: the first 8 hex digits of its SHA-256. */
  public String keyId() {
    return current.id();
  }

  /** Encrypts {@code plaintext} with the current key, bound to {@code context}. */
  public String encrypt(String plaintext, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, current.spec(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(context));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return VERSION + ":" + current.id() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /**
   * Decrypts an envelope written by {@link #encrypt} for the same {@code context}.
   *
   * @throws SecretException when the envelope is malformed, needs a key that is not configured, or
   *     fails authentication (wrong key, altered value or another context); the message never
   *     contains the value
   */
  public String decrypt(String envelope, String context) {
    String[] parts = envelope == null ? new String[0] : envelope.split(":", 3);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      throw new SecretException("not an encrypted secret (expected " + VERSION
          + ":<keyId>:<data>)");
    }
    Key key = byId.get(parts[1]);
    if (key == null) {
      throw new SecretException("encrypted with key " + parts[1] + ", but " + KEY_ENV
          + " is key " + current.id() + (byId.size() > 1 ? " and " + PREVIOUS_KEY_ENV + " is key "
          + byId.keySet().stream().skip(1).findFirst().orElse("") : "")
          + ": set the key it was stored with (after a rotation, as " + PREVIOUS_KEY_ENV + ")");
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new SecretException("the encrypted data is not base64");
    }
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretException("the encrypted data is truncated");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key.spec(),
          new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
      cipher.updateAAD(aad(context));
      byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretException("authentication failed: the value was altered, copied from"
          + " another record, or the key with id " + key.id() + " is not the one it was stored"
          + " with");
    } catch (GeneralSecurityException e) {
      throw new SecretException("cannot decrypt: " + e.getClass().getSimpleName());
    }
  }

  /** Whether {@code envelope} was encrypted with a key other than the current one. */
  public boolean needsReencryption(String envelope) {
    String[] parts = envelope == null ? new String[0] : envelope.split(":", 3);
    return parts.length == 3 && !parts[1].equals(current.id());
  }

  private static byte[] aad(String context) {
    return ("shiftlead:" + (context == null ? "" : context)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] decode(String base64, String variable) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new SecretException(variable + " is not base64: generate a key with"
          + " `openssl rand -base64 32`");
    }
    if (key.length != 32) {
      throw new SecretException(variable + " must be 32 bytes (base64 of 32 random bytes, e.g."
          + " `openssl rand -base64 32`), got " + key.length + " bytes");
    }
    return key;
  }

  private static Key key(byte[] bytes, String variable) {
    if (bytes == null || bytes.length != 32) {
      throw new SecretException(variable + " must be 32 bytes, got "
          + (bytes == null ? 0 : bytes.length));
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Key(HexFormat.of().formatHex(digest, 0, 4), new SecretKeySpec(bytes, "AES"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }
}
