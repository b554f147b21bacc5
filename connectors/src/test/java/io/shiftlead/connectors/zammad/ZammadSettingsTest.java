package io.shiftlead.connectors.zammad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ZammadSettingsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-03T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void theFactoryIsFoundByServiceLoaderUnderIdZammad() {
    assertThat(ServiceLoader.load(HelpdeskConnectorFactory.class).stream()
        .map(p -> p.get().id()).collect(Collectors.toList())).contains("zammad");
  }

  @Test
  void theTokenAndWebhookSecretAreDeclaredSecretAndOnlyBaseUrlAndTokenAreRequired() {
    Map<String, SettingDefinition> byKey = ZammadSettings.DEFINITIONS.stream()
        .collect(Collectors.toMap(SettingDefinition::key, d -> d));

    assertThat(byKey.get(ZammadSettings.API_TOKEN).secret()).isTrue();
    assertThat(byKey.get(ZammadSettings.WEBHOOK_SECRET).secret()).isTrue();
    assertThat(byKey.get(ZammadSettings.WEBHOOK_SECRET).required()).isFalse();
    assertThat(byKey.values().stream().filter(SettingDefinition::required).map(SettingDefinition::key))
        .containsExactlyInAnyOrder(ZammadSettings.BASE_URL, ZammadSettings.API_TOKEN);
    assertThat(byKey.get(ZammadSettings.REQUESTS_PER_MINUTE).defaultValue()).isEqualTo("600");
  }

  @Test
  void defaultsApplyAndThePageSizeIsCappedAtZammadsMaximum() {
    ZammadSettings settings = ZammadSettings.from(settings(Map.of(ZammadSettings.PAGE_SIZE, "1000",
        ZammadSettings.CUSTOM_FIELDS, "first_reply_minutes:shiftlead_first_reply_minutes")), CLOCK);

    assertThat(settings.pageSize()).isEqualTo(200);
    assertThat(settings.requestsPerMinute()).isEqualTo(600);
    assertThat(settings.startTime()).isEqualTo(Instant.parse("2024-04-03T00:00:00Z"));
    assertThat(settings.customFields()).containsEntry("first_reply_minutes", "shiftlead_first_reply_minutes");
    assertThat(settings.webhookSecret()).isEmpty();
  }

  @Test
  void invalidSettingsNameTheirKey() {
    assertThatThrownBy(() -> ZammadSettings.from(settings(Map.of(ZammadSettings.CUSTOM_FIELDS, "x:Bad Name")), CLOCK))
        .hasMessageContaining(ZammadSettings.CUSTOM_FIELDS);
    assertThatThrownBy(() -> ZammadSettings.from(settings(Map.of(ZammadSettings.BASE_URL, "ftp://x")), CLOCK))
        .hasMessageContaining(ZammadSettings.BASE_URL);
    assertThatThrownBy(() -> ZammadSettings.from(settings(Map.of(ZammadSettings.START_TIME, "yesterday")), CLOCK))
        .hasMessageContaining(ZammadSettings.START_TIME);
    assertThatThrownBy(() -> ZammadSettings.from(settings(Map.of(ZammadSettings.REQUESTS_PER_MINUTE, "0")), CLOCK))
        .hasMessageContaining(ZammadSettings.REQUESTS_PER_MINUTE);
  }

  @Test
  void aCursorSurvivesFormatAndParseAndGarbageIsAPermanentError() throws Exception {
    SearchCursor cursor = new SearchCursor(Instant.parse("2024-05-02T10:28:00Z"), 2,
        Map.of(105L, Instant.parse("2024-05-02T10:00:00.250Z"), 106L, Instant.parse("2024-05-02T10:30:00Z")));

    assertThat(SearchCursor.parse(cursor.format())).isEqualTo(cursor);
    assertThat(cursor.watermark()).isEqualTo(Instant.parse("2024-05-02T10:30:00Z"));
    assertThatThrownBy(() -> SearchCursor.parse("MTU3NjYxMzUzOS4wfHw0Njd8"))
        .isInstanceOf(io.shiftlead.connectors.spi.error.PermanentException.class);
    assertThatThrownBy(() -> SearchCursor.parse("v1|not-a-time|1|"))
        .isInstanceOf(io.shiftlead.connectors.spi.error.PermanentException.class);
  }

  private static ConnectorSettings settings(Map<String, String> overrides) {
    Map<String, String> values = new java.util.HashMap<>();
    values.put(ZammadSettings.BASE_URL, "https://support.example.com/");
    values.put(ZammadSettings.API_TOKEN, "t0ken");
    values.putAll(overrides);
    return new ConnectorSettings("acme", values);
  }
}
