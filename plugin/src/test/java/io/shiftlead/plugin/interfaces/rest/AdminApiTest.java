package io.shiftlead.plugin.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ApiTokenConfig;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.SecurityConfig;
import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminApiTest {

  @Test
  void theTokenListShowsNamesRolesAndConnectorsButNeverATokenOrItsDigest() throws Exception {
    ApiAccess access = new ApiAccess(new SecurityConfig(List.of(
        new ApiTokenConfig("ops", "s3cret-admin-token", "admin", List.of("*")),
        new ApiTokenConfig("sidebar", "s3cret-agent-token", "agent", List.of("zd")))));

    AdminApi.Answer answer = AdminApi.access(access);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).doesNotContain("s3cret").doesNotContain("digest");
    var json = AdminApi.JSON.readTree(answer.json());
    assertThat(json.path("open").asBoolean()).isFalse();
    assertThat(json.path("tokens")).hasSize(2);
    assertThat(json.path("tokens").get(1).path("name").asText()).isEqualTo("sidebar");
    assertThat(json.path("tokens").get(1).path("role").asText()).isEqualTo("agent");
    assertThat(json.path("tokens").get(1).path("connectors").get(0).asText()).isEqualTo("zd");
  }

  @Test
  void withoutTokensTheListSaysTheApiIsOpen() throws Exception {
    var json = AdminApi.JSON.readTree(AdminApi.access(new ApiAccess(
        new SecurityConfig(List.of()))).json());
    assertThat(json.path("open").asBoolean()).isTrue();
    assertThat(json.path("tokens")).isEmpty();
  }

  @Test
  void datesAreIsoDaysAtMidnightUtcOrInstantsAndAnythingElseIsAClearError() {
    assertThat(AdminApi.instant("2024-01-31", "from"))
        .isEqualTo(Instant.parse("2024-01-31T00:00:00Z"));
    assertThat(AdminApi.instant("2024-01-31T10:15:00Z", "from"))
        .isEqualTo(Instant.parse("2024-01-31T10:15:00Z"));
    assertThat(AdminApi.instant(" ", "from")).isNull();
    assertThatThrownBy(() -> AdminApi.instant("yesterday", "to"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to: 'yesterday' is not an ISO date (2024-01-31) or instant"
            + " (2024-01-31T00:00:00Z)");
  }
}
