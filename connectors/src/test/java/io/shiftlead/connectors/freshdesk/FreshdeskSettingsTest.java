package io.shiftlead.connectors.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.ConnectorSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreshdeskSettingsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-03T00:00:00Z"), ZoneOffset.UTC);

  private static FreshdeskSettings settings(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>();
    values.put("baseUrl", "https://acme.freshdesk.com/");
    values.put("apiKey", "k-123");
    values.putAll(extra);
    return FreshdeskSettings.from(new ConnectorSettings("acme", values), CLOCK);
  }

  @Test
  void defaultsFollowTheGrowthPlanAndAThirtyDayStart() {
    FreshdeskSettings settings = settings(Map.of());

    assertThat(settings.baseUrl()).isEqualTo("https://acme.freshdesk.com");
    assertThat(settings.requestsPerMinute()).isEqualTo(200);
    assertThat(settings.listRequestsPerMinute()).isEqualTo(20);
    assertThat(settings.pageSize()).isEqualTo(100);
    assertThat(settings.startTime()).isEqualTo(Instant.parse("2024-04-03T00:00:00Z"));
    assertThat(settings.webhookSecret()).isEmpty();
    assertThat(settings.webhookReplayWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.onHoldStatuses()).isEmpty();
  }

  @Test
  void customFieldsMapAdminKeysToCfNamesAndOnHoldStatusesAreNumbers() {
    FreshdeskSettings settings = settings(Map.of(
        "customFields", "first_reply_minutes:cf_first_reply_minutes, qa:cf_qa_score",
        "onHoldStatuses", "6, 7"));

    assertThat(settings.customFields()).containsEntry("first_reply_minutes", "cf_first_reply_minutes")
        .containsEntry("qa", "cf_qa_score");
    assertThat(settings.onHoldStatuses()).isEqualTo(Set.of(6, 7));
  }

  @Test
  void aCustomFieldWithoutTheCfPrefixIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> settings(Map.of("customFields", "qa:QA Score")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customFields")
        .hasMessageContaining("cf_");
  }

  @Test
  void aPageSizeAboveOneHundredIsRefused() {
    assertThatThrownBy(() -> settings(Map.of("pageSize", "101")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
  }

  @Test
  void aMissingApiKeyOrABadUrlOrStartTimeIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> FreshdeskSettings.from(new ConnectorSettings("acme",
        Map.of("baseUrl", "https://acme.freshdesk.com")), CLOCK)).hasMessageContaining("apiKey");
    assertThatThrownBy(() -> settings(Map.of("baseUrl", "acme.freshdesk.com")))
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> settings(Map.of("startTime", "yesterday"))).hasMessageContaining("startTime");
    assertThatThrownBy(() -> settings(Map.of("onHoldStatuses", "waiting")))
        .hasMessageContaining("onHoldStatuses");
  }

  @Test
  void toStringNeverShowsTheSecrets() {
    FreshdeskSettings settings = settings(Map.of("webhookSecret", "hook-secret"));

    assertThat(settings.toString()).doesNotContain("k-123").doesNotContain("hook-secret");
  }
}
