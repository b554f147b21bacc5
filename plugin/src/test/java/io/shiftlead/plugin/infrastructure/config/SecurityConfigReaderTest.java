package io.shiftlead.plugin.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.SettingDefinition;
import io.shiftlead.plugin.infrastructure.security.ZafTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code security.zendeskApps}, {@code sessionKey}, {@code sessionMinutes}, {@code allowedOrigins}. */
class SecurityConfigReaderTest {
  private static final ZafTokens KEYS = new ZafTokens();
  private static final String CONNECTORS = """
      store:
        url: jdbc:h2:mem:x
      connectors:
        - name: acme
          type: zendesk
          settings:
            baseUrl: https://acme.zendesk.com
            email: ops@acme.test
            apiToken: ${ZENDESK_TOKEN}
      """;

  private static ShiftleadConfig load(String security, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(extraEnv);
    env.put("ZENDESK_TOKEN", "z");
    return new ConfigLoader(type -> Optional.of(List.of(
        SettingDefinition.required("baseUrl", "url"), SettingDefinition.required("email", "e"),
        SettingDefinition.secret("apiToken", "t"))), env::get)
        .load("t", CONNECTORS + security);
  }

  @Test
  void aZendeskAppTakesItsPublicKeyFromTheEnvironmentAndItsIssuerFromTheAudience() {
    ShiftleadConfig config = load("""
        security:
          sessionKey: ${SHIFTLEAD_SESSION_KEY}
          sessionMinutes: 10
          allowedOrigins: [https://ops.example.com]
          zendeskApps:
            - name: acme-zendesk
              connector: acme
              publicKey: ${ZENDESK_APP_PUBLIC_KEY}
              audience: https://acme.zendesk.com/api/v2/apps/installations/360001.json
        """, Map.of("ZENDESK_APP_PUBLIC_KEY", KEYS.publicPem().replace("\n", "\\n"),
        "SHIFTLEAD_SESSION_KEY", "0123456789abcdef0123456789abcdef"));

    var app = config.security().zendeskApps().get(0);
    assertThat(app.publicKey()).isEqualTo(KEYS.zendesk.getPublic());
    assertThat(app.issuer()).isEqualTo("acme.zendesk.com");
    assertThat(app.role()).isEqualTo("agent");
    assertThat(config.security().sessionMinutes()).isEqualTo(10);
    assertThat(config.security().sessionKey()).hasSize(32);
    assertThat(config.security().allowedOrigins()).containsExactly("https://ops.example.com");
    assertThat(config.security().toString()).doesNotContain("0123456789abcdef");
  }

  @Test
  void aPkcs1PublicKeyFileIsReadToo(@TempDir Path dir) throws Exception {
    byte[] spki = KEYS.zendesk.getPublic().getEncoded();
    // SubjectPublicKeyInfo for a 2048-bit key: 24 bytes of header, then the PKCS#1 key
    byte[] pkcs1 = java.util.Arrays.copyOfRange(spki, 24, spki.length);
    Path pem = dir.resolve("public_key.pem");
    Files.writeString(pem, "-----BEGIN RSA PUBLIC KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(pkcs1) + "\n-----END RSA PUBLIC KEY-----\n",
        StandardCharsets.US_ASCII);

    ShiftleadConfig config = load("""
        security:
          zendeskApps:
            - name: acme-zendesk
              connector: acme
              publicKey: file:%s
              audience: https://acme.zendesk.com/api/v2/apps/installations/360001.json
              role: reviewer
        """.formatted(pem), Map.of());

    var key = (RSAPublicKey) config.security().zendeskApps().get(0).publicKey();
    assertThat(key.getModulus())
        .isEqualTo(((RSAPublicKey) KEYS.zendesk.getPublic()).getModulus());
    assertThat(config.security().zendeskApps().get(0).role()).isEqualTo("reviewer");
  }

  @Test
  void badEntriesNameTheKeyAndNeverEchoTheSessionKey() {
    assertThatThrownBy(() -> load("""
        security:
          sessionKey: ${SHORT_KEY}
          sessionMinutes: 600
          allowedOrigins: [https://ops.example.com/path]
          zendeskApps:
            - name: acme-zendesk
              connector: globex
              publicKey: "-----BEGIN PUBLIC KEY-----\\nnot base64!\\n-----END PUBLIC KEY-----"
              audience: http://acme.zendesk.com/api/v2/apps/installations/1.json
              role: boss
        """, Map.of("SHORT_KEY", "short-session-key")))
        .hasMessageContaining("security.sessionKey: too short")
        .hasMessageContaining("security.sessionMinutes: a whole number of minutes from 1 to 120")
        .hasMessageContaining("security.allowedOrigins[0]: an origin is scheme://host[:port]")
        .hasMessageContaining("security.zendeskApps[0].connector: one of the configured"
            + " connectors (acme), got 'globex'")
        .hasMessageContaining("security.zendeskApps[0].publicKey: not an RSA public key")
        .hasMessageContaining("security.zendeskApps[0].audience: the installation's URL")
        .hasMessageContaining("security.zendeskApps[0].role: one of admin, manager, reviewer,"
            + " agent, got 'boss'")
        .message().doesNotContain("short-session-key");
  }

  @Test
  void aSessionKeyWrittenInlineIsRefused() {
    assertThatThrownBy(() -> load("""
        security:
          sessionKey: written-inline-0123456789abcdef0123456789
        """, Map.of()))
        .hasMessageContaining("security.sessionKey: a secret must reference an environment"
            + " variable")
        .message().doesNotContain("written-inline");
  }

  @Test
  void withoutTheNewKeysSessionsUseARandomKeyForFifteenMinutes() {
    var security = load("", Map.of()).security();

    assertThat(security.zendeskApps()).isEmpty();
    assertThat(security.sessionKey()).isNull();
    assertThat(security.sessionMinutes()).isEqualTo(15);
  }
}
