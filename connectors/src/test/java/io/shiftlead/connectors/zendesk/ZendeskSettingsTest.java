package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ZendeskSettingsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-03T00:00:00Z"), ZoneOffset.UTC);

  private static Map<String, String> minimal() {
    Map<String, String> values = new HashMap<>();
    values.put("baseUrl", "https://acme.zendesk.com/");
    values.put("email", "agent@example.com");
    values.put("apiToken", "secret-token");
    return values;
  }

  @Test
  void theFactoryIsFoundByServiceLoaderUnderItsId() {
    assertThat(ServiceLoader.load(HelpdeskConnectorFactory.class).stream()
        .map(p -> p.get().id()).collect(Collectors.toList())).contains(ZendeskConnectorFactory.ID);
  }

  @Test
  void secretsAreMarkedAndTheWebhookSecretIsOptional() {
    Map<String, SettingDefinition> byKey = new ZendeskConnectorFactory().settings().stream()
        .collect(Collectors.toMap(SettingDefinition::key, d -> d));

    assertThat(byKey.get("apiToken").secret()).isTrue();
    assertThat(byKey.get("webhookSecret").secret()).isTrue();
    assertThat(byKey.get("webhookSecret").required()).isFalse();
    assertThat(byKey.get("baseUrl").required()).isTrue();
    assertThat(byKey.get("requestsPerMinute").defaultValue()).isEqualTo("700");
    assertThat(byKey).containsKeys("email", "exportRequestsPerMinute", "startTime", "pageSize",
        "customFields", "maxRetries", "maxRetryWaitSeconds", "callTimeoutSeconds", "webhookReplayWindowSeconds");
  }

  @Test
  void defaultsApplyAndTheStartTimeIsThirtyDaysBeforeNow() {
    ZendeskSettings settings = ZendeskSettings.from(new ConnectorSettings("acme", minimal()), CLOCK);

    assertThat(settings.baseUrl()).isEqualTo("https://acme.zendesk.com");
    assertThat(settings.requestsPerMinute()).isEqualTo(700);
    assertThat(settings.exportRequestsPerMinute()).isEqualTo(10);
    assertThat(settings.pageSize()).isEqualTo(1000);
    assertThat(settings.maxRetries()).isEqualTo(4);
    assertThat(settings.maxRetryWait()).isEqualTo(Duration.ofSeconds(120));
    assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.webhookReplayWindow()).isEqualTo(Duration.ofSeconds(300));
    assertThat(settings.webhookSecret()).isEmpty();
    assertThat(settings.startTime()).isEqualTo(Instant.parse("2024-04-03T00:00:00Z"));
    assertThat(settings.toString()).doesNotContain("secret-token");
  }

  @Test
  void startTimeAcceptsEpochSecondsAndCustomFieldsParse() {
    Map<String, String> values = minimal();
    values.put("startTime", "1714557600");
    values.put("customFields", "first_reply_minutes:360000000101, shiftlead_status:360000000102");

    ZendeskSettings settings = ZendeskSettings.from(new ConnectorSettings("acme", values), CLOCK);

    assertThat(settings.startTime()).isEqualTo(Instant.ofEpochSecond(1714557600));
    assertThat(settings.customFields()).containsEntry("shiftlead_status", 360000000102L).hasSize(2);
  }

  @Test
  void invalidOrMissingSettingsFailNamingTheKey() {
    assertInvalid("baseUrl", "ftp://x", "baseUrl");
    assertInvalid("requestsPerMinute", "lots", "requestsPerMinute");
    assertInvalid("pageSize", "0", "pageSize");
    assertInvalid("startTime", "yesterday", "startTime");
    assertInvalid("customFields", "first_reply_minutes=1", "customFields");
    assertInvalid("customFields", "a:b", "customFields");
    assertInvalid("apiToken", "", "apiToken");
  }

  private static void assertInvalid(String key, String value, String named) {
    Map<String, String> values = minimal();
    values.put(key, value);
    assertThatThrownBy(() -> ZendeskSettings.from(new ConnectorSettings("acme", values), CLOCK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
  }
}
