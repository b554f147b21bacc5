package io.shiftlead.plugin.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ApiTokenConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SecurityConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApiAccessTest {
  private static final String AGENT = "agent-token-acme-0123456789";
  private static final String AGENT_ALL = "agent-token-every-0123456789";
  private static final String MANAGER = "manager-token-0123456789";
  private static final String ADMIN = "admin-token-0123456789abcd";
  private static final String REVIEWER = "reviewer-token-acme-0123456789";

  private final ApiAccess access = new ApiAccess(new SecurityConfig(List.of(
      new ApiTokenConfig("acme-sidebar", AGENT, "agent", List.of("acme")),
      new ApiTokenConfig("all-sidebars", AGENT_ALL, "agent", List.of("*")),
      new ApiTokenConfig("lead", MANAGER, "manager", List.of("*")),
      new ApiTokenConfig("ops", ADMIN, "admin", List.of("*")),
      new ApiTokenConfig("acme-qa", REVIEWER, "reviewer", List.of("acme")))));

  private int status(String method, String path, String token) {
    return access.decide(method, path, token == null ? null : "Bearer " + token).status();
  }

  @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
  @CsvSource(nullValues = "none", value = {
      // ticket reads: agent and up, scoped to connectors
      "GET,  /v1/tickets/acme/42/sla,                 AGENT,     0",
      "GET,  /v1/tickets/acme/42/qa,                  AGENT,     0",
      "GET,  /v1/connectors/acme/tickets/42/decisions, AGENT,    0",
      "GET,  /v1/connectors/acme/tickets/42,          AGENT,     0",
      "GET,  /v1/tickets/globex/42/sla,               AGENT,     403",
      "GET,  /v1/connectors/globex/tickets/42/decisions, AGENT,  403",
      "GET,  /v1/tickets/globex/42/sla,               AGENT_ALL, 0",
      "POST, /v1/tickets/acme/42/qa,                  AGENT,     403",
      "POST, /v1/tickets/acme/42/qa,                  MANAGER,   0",
      // QA: reviewers are managers, agents may dispute their score, managers resolve disputes
      "POST, /v1/tickets/acme/42/qa/reviews,          AGENT,     403",
      "POST, /v1/tickets/acme/42/qa/reviews,          MANAGER,   0",
      "POST, /v1/tickets/acme/42/qa/disputes,         AGENT,     0",
      "POST, /v1/tickets/globex/42/qa/disputes,       AGENT,     403",
      "POST, /v1/qa/disputes/7,                       AGENT,     403",
      "POST, /v1/qa/disputes/7,                       MANAGER,   0",
      // reviewers: QA reviews, disputes and QA reports of their connectors; no KPIs, no admin
      "GET,  /v1/tickets/acme/42/qa,                  REVIEWER,  0",
      "GET,  /v1/tickets/acme/42/sla,                 REVIEWER,  0",
      "POST, /v1/tickets/acme/42/qa/reviews,          REVIEWER,  0",
      "POST, /v1/tickets/globex/42/qa/reviews,        REVIEWER,  403",
      "POST, /v1/tickets/acme/42/qa,                  REVIEWER,  403",
      "POST, /v1/qa/disputes/7,                       REVIEWER,  0",
      "GET,  /v1/reports/qa/calibration,              REVIEWER,  0",
      "GET,  /v1/reports/qa/coaching,                 REVIEWER,  0",
      "GET,  /v1/reports/qa/calibration,              AGENT,     403",
      "GET,  /v1/reports/kpis,                        REVIEWER,  403",
      "GET,  /v1/reports/sla/weekly,                  REVIEWER,  403",
      "GET,  /v1/status,                              REVIEWER,  403",
      "POST, /v1/rules/reload,                        REVIEWER,  403",
      "GET,  /v1/admin/audit,                         REVIEWER,  403",
      "GET,  /v1/reports/qa/calibration,              MANAGER,   0",
      // manager reads
      "GET,  /v1/status,                              AGENT,     403",
      "GET,  /v1/status,                              MANAGER,   0",
      "GET,  /v1/reports/sla/weekly,                  MANAGER,   0",
      "GET,  /v1/reports/sla/weekly,                  AGENT,     403",
      // admin: rules, app packages, connector administration, anything new
      "POST, /v1/rules/reload,                        MANAGER,   403",
      "POST, /v1/rules/reload,                        ADMIN,     0",
      "GET,  /v1/apps/zendesk.zip,                    MANAGER,   403",
      "GET,  /v1/apps/zendesk.zip,                    ADMIN,     0",
      "POST, /v1/connectors/acme/backfill,            MANAGER,   403",
      "GET,  /v1/something-added-later,               MANAGER,   403",
      "GET,  /v1/something-added-later,               ADMIN,     0",
      // no or a wrong token
      "GET,  /v1/tickets/acme/42/sla,                 none,      401",
      "GET,  /v1/status,                              WRONG,     401",
      // webhooks carry the helpdesk's signature instead
      "POST, /v1/webhooks/acme,                       none,      0",
      // climbing out of a public prefix is refused
      "GET,  /v1/webhooks/../status,                  none,      400",
  })
  void rolesAndConnectorScopesDecideEachPath(String method, String path, String who,
      int expected) {
    String token = switch (who == null ? "none" : who) {
      case "AGENT" -> AGENT;
      case "AGENT_ALL" -> AGENT_ALL;
      case "MANAGER" -> MANAGER;
      case "ADMIN" -> ADMIN;
      case "REVIEWER" -> REVIEWER;
      case "WRONG" -> "not-a-configured-token-000";
      default -> null;
    };
    assertThat(status(method, path, token)).isEqualTo(expected);
  }

  @Test
  void aRefusalNamesTheTokenByNameNeverByValue() {
    ApiAccess.Decision denied = access.decide("GET", "/v1/tickets/globex/1/sla", "Bearer " + AGENT);

    assertThat(denied.error()).contains("acme-sidebar").contains("globex").doesNotContain(AGENT);
    assertThat(access.decide("GET", "/v1/status", "Bearer nope").error())
        .isEqualTo("the API token is not valid");
    assertThat(access.decide("GET", "/v1/status", null).error()).contains("Authorization: Bearer");
  }

  @Test
  void theBearerSchemeIsCaseInsensitiveAndOtherSchemesAreNotTokens() {
    assertThat(access.decide("GET", "/v1/status", "bearer " + MANAGER).allowed()).isTrue();
    assertThat(access.decide("GET", "/v1/status", "Basic " + MANAGER).status()).isEqualTo(401);
    assertThat(access.decide("GET", "/v1/status", "Bearer " + MANAGER + "x").status())
        .isEqualTo(401);
    assertThat(access.decide("GET", "/v1/status", "Bearer " + MANAGER).principal().name())
        .isEqualTo("lead");
  }

  @Test
  void withoutTokensTheApiIsOpenAndSaysSo() {
    ApiAccess open = new ApiAccess(SecurityConfig.open());

    assertThat(open.open()).isTrue();
    assertThat(open.decide("POST", "/v1/rules/reload", null).allowed()).isTrue();
    assertThat(access.open()).isFalse();
  }

  @Test
  void aConnectorQueryParameterOutsideTheScopeIsRefused() {
    assertThat(access.decide("GET", "/v1/reports/qa/calibration", "Bearer " + REVIEWER, "acme")
        .allowed()).isTrue();
    ApiAccess.Decision other = access.decide("GET", "/v1/reports/qa/calibration",
        "Bearer " + REVIEWER, "globex");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.error()).contains("acme-qa").contains("globex");
    assertThat(access.decide("GET", "/v1/reports/qa/calibration", "Bearer " + MANAGER, "globex")
        .allowed()).isTrue();
  }

  @Test
  void theRolesAreOrderedAgentReviewerManagerAdmin() {
    assertThat(Role.REVIEWER.includes(Role.AGENT)).isTrue();
    assertThat(Role.AGENT.includes(Role.REVIEWER)).isFalse();
    assertThat(Role.MANAGER.includes(Role.REVIEWER)).isTrue();
    assertThat(Role.REVIEWER.includes(Role.MANAGER)).isFalse();
    assertThat(Role.of("reviewer")).isEqualTo(Role.REVIEWER);
  }
}
