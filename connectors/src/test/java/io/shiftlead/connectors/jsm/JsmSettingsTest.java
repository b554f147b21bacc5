package io.shiftlead.connectors.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsmSettingsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-03T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void theFactoryIsFoundByServiceLoaderUnderItsStableId() {
    assertThat(ServiceLoader.load(HelpdeskConnectorFactory.class).stream()
        .map(p -> p.get().id()).collect(Collectors.toList())).contains("jira-service-management");
  }

  @Test
  void theTokenAndWebhookSecretAreDeclaredSecretAndTheProjectKeyRequired() {
    Map<String, SettingDefinition> byKey = JsmSettings.DEFINITIONS.stream()
        .collect(Collectors.toMap(SettingDefinition::key, d -> d));

    assertThat(byKey.get("apiToken").secret()).isTrue();
    assertThat(byKey.get("webhookSecret").secret()).isTrue();
    assertThat(byKey.get("webhookSecret").required()).isFalse();
    assertThat(byKey.get("projectKey").required()).isTrue();
    assertThat(byKey).containsKeys("baseUrl", "email", "requestsPerMinute", "startTime", "pageSize",
        "customFields", "maxRetries", "maxRetryWaitSeconds", "callTimeoutSeconds",
        "webhookReplayWindowSeconds", "timeZone");
  }

  @Test
  void defaultsApplyWhenOnlyTheRequiredSettingsAreGiven() {
    JsmSettings settings = JsmSettings.from(settings(Map.of()), CLOCK);

    assertThat(settings.baseUrl()).isEqualTo("https://acme.atlassian.net");
    assertThat(settings.startTime()).isEqualTo(Instant.parse("2024-04-03T00:00:00Z"));
    assertThat(settings.pageSize()).isEqualTo(50);
    assertThat(settings.timeZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(settings.webhookSecret()).isEmpty();
    assertThat(settings.webhookReplayWindow()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void customFieldsAcceptFullIdsOrBareNumbers() {
    JsmSettings settings = JsmSettings.from(settings(Map.of("customFields",
        "first_reply_minutes:customfield_10050, shiftlead_status:10051")), CLOCK);

    assertThat(settings.customFields()).containsEntry("first_reply_minutes", "customfield_10050")
        .containsEntry("shiftlead_status", "customfield_10051");
  }

  @Test
  void invalidValuesAreRefusedNamingTheSetting() {
    assertRefused("customFields", "status:summary");
    assertRefused("projectKey", "SD OR project = HR");
    assertRefused("timeZone", "Mars/Olympus");
    assertRefused("baseUrl", "acme.atlassian.net");
    assertRefused("pageSize", "0");
    assertRefused("startTime", "last tuesday");
  }

  @Test
  void thePageSizeIsCappedAtJirasSafeMaximum() {
    assertThat(JsmSettings.from(settings(Map.of("pageSize", "5000")), CLOCK).pageSize())
        .isEqualTo(JsmSettings.MAX_PAGE_SIZE);
  }

  private static void assertRefused(String key, String value) {
    assertThatThrownBy(() -> JsmSettings.from(settings(Map.of(key, value)), CLOCK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setting " + key);
  }

  private static ConnectorSettings settings(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>();
    values.put("baseUrl", "https://acme.atlassian.net/");
    values.put("email", "agent@example.com");
    values.put("apiToken", "secret-token");
    values.put("projectKey", "SD");
    values.putAll(extra);
    return new ConnectorSettings("acme", values);
  }
}
