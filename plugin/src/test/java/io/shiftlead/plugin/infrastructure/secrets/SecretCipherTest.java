package io.shiftlead.plugin.infrastructure.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
  /** Test keys only (listed in scripts/test-secrets.txt). */
  static final String KEY = "c2wtdGVzdC1zZWNyZXQta2V5LW9uZS0zMmJ5dGVzISE=";
  static final String OTHER_KEY = "c2wtdGVzdC1zZWNyZXQta2V5LXR3by0zMmJ5dGVzISE=";
  private static final String TOKEN = "sl-test-secret-cipher-token-41";

  private static SecretCipher cipher(String key) {
    return SecretCipher.fromEnvironment(Map.of(SecretCipher.KEY_ENV, key)::get).orElseThrow();
  }

  @Test
  void aValueEncryptsToAVersionedEnvelopeAndDecryptsBack() {
    SecretCipher cipher = cipher(KEY);

    String envelope = cipher.encrypt(TOKEN, "connector:acme");

    assertThat(envelope).startsWith("v1:" + cipher.keyId() + ":").doesNotContain(TOKEN);
    assertThat(cipher.keyId()).matches("[0-9a-f]{8}");
    assertThat(cipher.decrypt(envelope, "connector:acme")).isEqualTo(TOKEN);
  }

  @Test
  void everyEncryptionUsesAFreshNonceSoEqualValuesLookDifferent() {
    SecretCipher cipher = cipher(KEY);
    String first = cipher.encrypt(TOKEN, "c");
    String second = cipher.encrypt(TOKEN, "c");

    assertThat(first).isNotEqualTo(second);
    byte[] a = Base64.getDecoder().decode(first.split(":")[2]);
    byte[] b = Base64.getDecoder().decode(second.split(":")[2]);
    assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
  }

  @Test
  void anAlteredValueIsRefusedWithoutShowingIt() {
    SecretCipher cipher = cipher(KEY);
    String envelope = cipher.encrypt(TOKEN, "connector:acme");
    byte[] data = Base64.getDecoder().decode(envelope.split(":")[2]);
    data[data.length - 20] ^= 0x01;
    String tampered = "v1:" + cipher.keyId() + ":" + Base64.getEncoder().encodeToString(data);

    assertThatThrownBy(() -> cipher.decrypt(tampered, "connector:acme"))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("authentication failed")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }

  @Test
  void aValueCopiedToAnotherConnectorDoesNotDecrypt() {
    SecretCipher cipher = cipher(KEY);
    String envelope = cipher.encrypt(TOKEN, "connector:acme");

    assertThatThrownBy(() -> cipher.decrypt(envelope, "connector:other"))
        .isInstanceOf(SecretException.class).hasMessageContaining("authentication failed");
  }

  @Test
  void theWrongKeyIsNamedByItsIdAndTheValueStaysSecret() {
    String envelope = cipher(KEY).encrypt(TOKEN, "c");
    SecretCipher wrong = cipher(OTHER_KEY);

    assertThatThrownBy(() -> wrong.decrypt(envelope, "c"))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("encrypted with key " + cipher(KEY).keyId())
        .hasMessageContaining("SHIFTLEAD_SECRET_KEY is key " + wrong.keyId())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(KEY)
            .doesNotContain(OTHER_KEY));
  }

  @Test
  void aWrongKeyWithTheSameIdStillFailsAuthentication() {
    SecretCipher cipher = cipher(KEY);
    String envelope = cipher.encrypt(TOKEN, "c");
    String relabelled = envelope.replace("v1:" + cipher.keyId(), "v1:" + cipher(OTHER_KEY).keyId());

    assertThatThrownBy(() -> cipher(OTHER_KEY).decrypt(relabelled, "c"))
        .isInstanceOf(SecretException.class).hasMessageContaining("authentication failed");
  }

  @Test
  void afterARotationThePreviousKeyStillDecryptsAndItsValuesAskForReencryption() {
    String old = cipher(KEY).encrypt(TOKEN, "c");
    SecretCipher rotated = SecretCipher.fromEnvironment(Map.of(SecretCipher.KEY_ENV, OTHER_KEY,
        SecretCipher.PREVIOUS_KEY_ENV, KEY)::get).orElseThrow();

    assertThat(rotated.decrypt(old, "c")).isEqualTo(TOKEN);
    assertThat(rotated.needsReencryption(old)).isTrue();
    assertThat(rotated.needsReencryption(rotated.encrypt(TOKEN, "c"))).isFalse();
  }

  @Test
  void withoutAKeyThereIsNoCipherAndABadKeyIsAClearErrorThatDoesNotRepeatIt() {
    assertThat(SecretCipher.fromEnvironment(Map.<String, String>of()::get)).isEmpty();
    assertThatThrownBy(() -> cipher("sl-test-secret-not-base64!"))
        .isInstanceOf(SecretException.class)
        .hasMessage("SHIFTLEAD_SECRET_KEY is not base64: generate a key with"
            + " `openssl rand -base64 32`");
    assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("must be 32 bytes").hasMessageContaining("got 16 bytes");
    assertThatThrownBy(() -> SecretCipher.fromEnvironment(
        Map.of(SecretCipher.PREVIOUS_KEY_ENV, KEY)::get))
        .isInstanceOf(SecretException.class).hasMessageContaining("SHIFTLEAD_SECRET_KEY is not");
  }

  @Test
  void aMalformedEnvelopeIsRefused() {
    SecretCipher cipher = cipher(KEY);
    assertThatThrownBy(() -> cipher.decrypt("plaintext", "c"))
        .isInstanceOf(SecretException.class).hasMessageContaining("not an encrypted secret")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("plaintext"));
    assertThatThrownBy(() -> cipher.decrypt("v1:" + cipher.keyId() + ":AAAA", "c"))
        .isInstanceOf(SecretException.class).hasMessageContaining("truncated");
  }
}
