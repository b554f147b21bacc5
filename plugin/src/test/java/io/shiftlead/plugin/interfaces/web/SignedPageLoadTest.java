package io.shiftlead.plugin.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ApiTokenConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SecurityConfig;
import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import io.shiftlead.plugin.infrastructure.security.ZafTokens;
import io.shiftlead.testfixtures.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignedPageLoadTest {
  private static final ZafTokens KEYS = new ZafTokens();
  private static final String PAGE = "<!doctype html>\n<html lang=\"en\">\n<head>\n"
      + "  <meta charset=\"utf-8\">\n</head><body></body></html>\n";
  private static final Function<String, String> READ =
      path -> path.equals("/sidebar/index.html") || path.equals("/admin/index.html") ? PAGE : null;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final ApiAccess access = new ApiAccess(new SecurityConfig(List.of(),
      List.of(KEYS.installation("acme", "agent")), null, 15, List.of()), clock);

  private String valid() {
    return KEYS.signed(ZafTokens.claims(ZafTokens.AUDIENCE, ZafTokens.ISSUER, clock.instant(),
        clock.instant().plusSeconds(300)));
  }

  @Test
  void aVerifiedLoadGetsThePageWithASessionThatReadsItsConnector() {
    SignedPageLoad.Answer answer = SignedPageLoad.answer(access, "/sidebar/", valid(), READ);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.html()).contains("<meta name=\"shiftlead-connector\" content=\"acme\">")
        .contains("<meta name=\"shiftlead-session-seconds\" content=\"900\">")
        .doesNotContain("<script");
    Matcher session = Pattern.compile("name=\"shiftlead-session\" content=\"([^\"]+)\"")
        .matcher(answer.html());
    assertThat(session.find()).isTrue();
    assertThat(access.decide("GET", "/v1/tickets/acme/42/sla", "Bearer " + session.group(1))
        .allowed()).isTrue();
    assertThat(access.decide("GET", "/v1/tickets/globex/42/sla", "Bearer " + session.group(1))
        .status()).isEqualTo(403);
    assertThat(answer.log()).contains("accepted").contains("user 7001")
        .doesNotContain(session.group(1));
  }

  @Test
  void forgedUnsignedAndMissingTokensGet401WithTheReasonAndNoSession() {
    String forged = KEYS.rs256(KEYS.other, "{\"alg\":\"RS256\"}", ZafTokens.claims(
        ZafTokens.AUDIENCE, ZafTokens.ISSUER, clock.instant(), clock.instant().plusSeconds(300)));
    for (String token : new String[] {forged, ZafTokens.unsigned("{}"), null}) {
      SignedPageLoad.Answer answer = SignedPageLoad.answer(access, "/sidebar/index.html", token,
          READ);

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.html()).contains("could not verify that Zendesk opened this app")
          .doesNotContain("shiftlead-session");
      assertThat(answer.log()).contains("refused");
      if (token != null) {
        assertThat(answer.log()).doesNotContain(token);
      }
    }
  }

  @Test
  void theConsolePageTakesSignedLoadsTooButOtherPathsDoNot() {
    assertThat(SignedPageLoad.answer(access, "/admin/", valid(), READ).status()).isEqualTo(200);
    assertThat(SignedPageLoad.answer(access, "/sidebar/sidebar.js", valid(), READ).status())
        .isEqualTo(405);
  }

  @Test
  void withoutZendeskAppsThePageIsServedAsForAGetWithoutASession() {
    ApiAccess tokensOnly = new ApiAccess(new SecurityConfig(List.of(new ApiTokenConfig(
        "acme-sidebar", "agent-token-acme-0123456789", "agent", List.of("acme")))), clock);

    SignedPageLoad.Answer answer = SignedPageLoad.answer(tokensOnly, "/sidebar/", "x.y.z", READ);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.html()).isEqualTo(PAGE);
  }
}
