package io.shiftlead.plugin.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SecurityConfig;
import io.shiftlead.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session tokens from a signed Zendesk load, as {@link ApiAccess} sees them. */
class SessionAccessTest {
  private static final ZafTokens KEYS = new ZafTokens();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final ApiAccess access = new ApiAccess(new SecurityConfig(List.of(),
      List.of(KEYS.installation("acme", "agent")), null, 15, List.of()), clock);

  private String session() throws Exception {
    ZendeskSignedLoads.Verified load = access.signedLoads().verify(KEYS.signed(ZafTokens.claims(
        ZafTokens.AUDIENCE, ZafTokens.ISSUER, clock.instant(), clock.instant().plusSeconds(300))));
    return access.sessions().issue(load.installation().name(), load.installation().connector(),
        Role.of(load.installation().role()), load.user());
  }

  @Test
  void aZendeskAppAloneClosesTheApi() {
    assertThat(access.open()).isFalse();
    assertThat(access.decide("GET", "/v1/tickets/acme/1/sla", null).status()).isEqualTo(401);
  }

  @Test
  void aSessionReadsItsInstallationsConnectorAsAnAgentAndNothingElse() throws Exception {
    String bearer = "Bearer " + session();

    ApiAccess.Decision sla = access.decide("GET", "/v1/tickets/acme/42/sla", bearer);
    assertThat(sla.allowed()).isTrue();
    assertThat(sla.principal().name()).isEqualTo("zendesk:acme-zendesk:user:7001");
    assertThat(sla.principal().session()).isNotNull();
    assertThat(access.decide("GET", "/v1/connectors/acme/tickets/42/decisions", bearer)
        .allowed()).isTrue();
    assertThat(access.decide("GET", "/v1/session", bearer).allowed()).isTrue();
    assertThat(access.decide("GET", "/v1/tickets/globex/42/sla", bearer).status())
        .isEqualTo(403);
    assertThat(access.decide("GET", "/v1/status", bearer).status()).isEqualTo(403);
    assertThat(access.decide("POST", "/v1/tickets/acme/42/qa/reviews", bearer).status())
        .isEqualTo(403);
  }

  @Test
  void anExpiredOrTamperedSessionGets401WithAClearMessage() throws Exception {
    String token = session();
    String tampered = token.substring(0, token.length() - 2)
        + (token.endsWith("AA") ? "BB" : "AA");
    ApiAccess.Decision forged = access.decide("GET", "/v1/tickets/acme/1/sla",
        "Bearer " + tampered);
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.error()).contains("session token is not valid").doesNotContain(tampered);

    clock.advance(Duration.ofMinutes(16));
    ApiAccess.Decision expired = access.decide("GET", "/v1/tickets/acme/1/sla",
        "Bearer " + token);
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.error()).isEqualTo("the session has expired: reload the app in the"
        + " helpdesk");
  }
}
