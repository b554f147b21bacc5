package io.shiftlead.plugin.infrastructure.security;

import static io.shiftlead.plugin.infrastructure.security.ZafTokens.AUDIENCE;
import static io.shiftlead.plugin.infrastructure.security.ZafTokens.ISSUER;
import static io.shiftlead.plugin.infrastructure.security.ZafTokens.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZendeskSignedLoadsTest {
  private static final ZafTokens KEYS = new ZafTokens();
  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final ZendeskSignedLoads loads =
      new ZendeskSignedLoads(List.of(KEYS.installation("acme", "agent")), clock);

  private static String valid() {
    return claims(AUDIENCE, ISSUER, NOW.minusSeconds(5), NOW.plusSeconds(300));
  }

  @Test
  void aTokenSignedByTheAppsKeyForThisInstallationIsAccepted() throws Exception {
    ZendeskSignedLoads.Verified verified = loads.verify(KEYS.signed(valid()));

    assertThat(verified.installation().connector()).isEqualTo("acme");
    assertThat(verified.user()).isEqualTo("7001");
    assertThat(verified.location()).isEqualTo("ticket_sidebar");
  }

  @Test
  void anIssuerWrittenAsAnHttpsUrlIsTheSameAccount() throws Exception {
    String claims = claims(AUDIENCE, "https://" + ISSUER, NOW, NOW.plusSeconds(300));

    assertThat(loads.verify(KEYS.signed(claims)).installation().name()).isEqualTo("acme-zendesk");
  }

  @Test
  void aTamperedPayloadIsRefused() {
    String token = KEYS.signed(valid());
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + ZafTokens.b64(valid().replace("7001", "1")) + "." + parts[2];

    assertThatThrownBy(() -> loads.verify(forged))
        .hasMessageContaining("signature does not verify");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    String token = KEYS.rs256(KEYS.other, "{\"alg\":\"RS256\"}", valid());

    assertThatThrownBy(() -> loads.verify(token))
        .hasMessageContaining("signature does not verify with the public key of installation"
            + " 'acme-zendesk'");
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    assertThatThrownBy(() -> loads.verify(ZafTokens.unsigned(valid())))
        .hasMessageContaining("algorithm 'none'; only RS256 is accepted");
  }

  @Test
  void anHs256TokenKeyedWithThePublicKeyIsRefused() {
    assertThatThrownBy(() -> loads.verify(KEYS.hs256WithPublicKey(valid())))
        .hasMessageContaining("algorithm 'HS256'; only RS256 is accepted");
  }

  @Test
  void anRs256HeaderOverAnEmptySignatureIsRefused() {
    String token = KEYS.signed(valid());
    String stripped = token.substring(0, token.lastIndexOf('.') + 1);

    assertThatThrownBy(() -> loads.verify(stripped)).hasMessageContaining("signature is empty");
  }

  @Test
  void anExpiredTokenIsRefusedOnceTheSkewHasPassed() throws Exception {
    String token = KEYS.signed(valid());
    clock.advance(Duration.ofSeconds(300).plus(ZendeskSignedLoads.SKEW).minusSeconds(1));
    assertThat(loads.verify(token)).isNotNull();

    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> loads.verify(token)).hasMessageContaining("expired");
  }

  @Test
  void aTokenIssuedInTheFutureIsRefused() {
    String claims = claims(AUDIENCE, ISSUER, NOW.plusSeconds(600), NOW.plusSeconds(900));

    assertThatThrownBy(() -> loads.verify(KEYS.signed(claims)))
        .hasMessageContaining("issued in the future");
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"iat\":"
        + NOW.getEpochSecond() + "}";

    assertThatThrownBy(() -> loads.verify(KEYS.signed(claims)))
        .hasMessageContaining("lacks exp or iat");
  }

  @Test
  void aTokenForAnotherInstallationIsRefused() {
    String claims = claims("https://acme.zendesk.com/api/v2/apps/installations/999.json", ISSUER,
        NOW, NOW.plusSeconds(300));

    assertThatThrownBy(() -> loads.verify(KEYS.signed(claims)))
        .hasMessageContaining("installations/999.json")
        .hasMessageContaining("not for an installation configured in security.zendeskApps");
  }

  @Test
  void aTokenFromAnotherAccountIsRefused() {
    String claims = claims(AUDIENCE, "globex.zendesk.com", NOW, NOW.plusSeconds(300));

    assertThatThrownBy(() -> loads.verify(KEYS.signed(claims)))
        .hasMessageContaining("issued by 'globex.zendesk.com', not by acme.zendesk.com");
  }

  @Test
  void garbageIsRefusedWithAClearMessageAndNeverEchoed() {
    assertThatThrownBy(() -> loads.verify(null)).hasMessageContaining("signedUrls");
    assertThatThrownBy(() -> loads.verify("not-a-jwt")).hasMessageContaining("not a JWT");
    assertThatThrownBy(() -> loads.verify("a.b.c.d")).hasMessageContaining("not a JWT");
    assertThatThrownBy(() -> loads.verify("%%%.e30.e30"))
        .hasMessageContaining("header is not base64url")
        .message().doesNotContain("%%%");
    String controlChars = KEYS.rs256(KEYS.zendesk, "{\"alg\":\"RS256\\nforged log line\"}",
        valid());
    assertThatThrownBy(() -> loads.verify(controlChars))
        .message().doesNotContain("\n");
  }
}
