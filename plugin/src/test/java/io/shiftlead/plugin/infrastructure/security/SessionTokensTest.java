package io.shiftlead.plugin.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.testfixtures.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionTokensTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef-session".getBytes(StandardCharsets.UTF_8);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final SessionTokens sessions = new SessionTokens(KEY, Duration.ofMinutes(15), clock);

  @Test
  void anIssuedSessionVerifiesWithItsConnectorRoleAndUser() throws Exception {
    String token = sessions.issue("acme-zendesk", "acme", Role.AGENT, "7001");

    SessionTokens.Session session = sessions.verify(token);

    assertThat(token).startsWith("sls1.");
    assertThat(session.connector()).isEqualTo("acme");
    assertThat(session.role()).isEqualTo(Role.AGENT);
    assertThat(session.user()).isEqualTo("7001");
    assertThat(session.expires()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
  }

  @Test
  void aSessionExpiresAfterItsLifetime() throws Exception {
    String token = sessions.issue("acme-zendesk", "acme", Role.AGENT, "7001");
    clock.advance(Duration.ofMinutes(15).minusSeconds(1));
    assertThat(sessions.verify(token)).isNotNull();

    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> sessions.verify(token))
        .hasMessage("the session has expired: reload the app in the helpdesk");
  }

  @Test
  void aTamperedPayloadIsRefused() {
    String token = sessions.issue("acme-zendesk", "acme", Role.AGENT, "7001");
    String payload = token.substring(5, token.lastIndexOf('.'));
    String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        json.replace("\"agent\"", "\"admin\"").replace("\"acme\"", "\"globex\"")
            .getBytes(StandardCharsets.UTF_8));
    String forged = "sls1." + forgedPayload + token.substring(token.lastIndexOf('.'));

    assertThatThrownBy(() -> sessions.verify(forged)).hasMessageContaining("not valid");
  }

  @Test
  void aSessionFromAnotherKeyIsRefused() {
    SessionTokens otherServer = new SessionTokens(null, Duration.ofMinutes(15), clock);
    String token = otherServer.issue("acme-zendesk", "acme", Role.AGENT, "7001");

    assertThat(otherServer.randomKey()).isTrue();
    assertThatThrownBy(() -> sessions.verify(token))
        .hasMessageContaining("from another server or an earlier start");
  }

  @Test
  void malformedTokensAreRefused() {
    assertThatThrownBy(() -> sessions.verify("sls1.")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> sessions.verify("sls1.a.b.c")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> sessions.verify("sls1.abc.%%%")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> sessions.verify("static-token")).hasMessageContaining("not a");
  }

  @Test
  void renewingExtendsASessionButNeverPastTwelveHoursAfterTheSignedLoad() throws Exception {
    SessionTokens.Session first = sessions.verify(
        sessions.issue("acme-zendesk", "acme", Role.AGENT, "7001"));
    Instant signedLoad = first.authenticated();

    SessionTokens.Session session = first;
    for (int i = 0; i < 51; i++) { // 51 x 14 min = 11.9 h
      clock.advance(Duration.ofMinutes(14));
      session = sessions.verify(sessions.renew(session));
    }

    assertThat(session.authenticated()).isEqualTo(signedLoad);
    assertThat(session.expires()).isEqualTo(signedLoad.plus(SessionTokens.MAX_AGE));
    clock.set(signedLoad.plus(SessionTokens.MAX_AGE));
    SessionTokens.Session last = session;
    assertThatThrownBy(() -> sessions.verify(sessions.renew(last)))
        .hasMessageContaining("expired");
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> new SessionTokens(new byte[16], Duration.ofMinutes(15), clock))
        .hasMessageContaining("32 bytes");
  }
}
