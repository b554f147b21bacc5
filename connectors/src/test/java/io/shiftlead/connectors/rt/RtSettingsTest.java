package io.shiftlead.connectors.rt;

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
import org.junit.jupiter.api.Test;

/** Settings are validated before start, name the bad key, and mark the token secret. */
class RtSettingsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void theFactoryIsFoundByServiceLoaderUnderItsStableId() {
    assertThat(ServiceLoader.load(HelpdeskConnectorFactory.class).stream().map(p -> p.get().id()))
        .contains(RtConnectorFactory.ID);
    assertThat(RtConnectorFactory.ID).isEqualTo("request-tracker");
  }

  @Test
  void onlyTheTokenIsSecretAndDefaultsMatchTheDocs() {
    assertThat(RtSettings.DEFINITIONS).filteredOn(SettingDefinition::secret)
        .extracting(SettingDefinition::key).containsExactly(RtSettings.API_TOKEN);

    RtSettings settings = RtSettings.from(settings(Map.of()), CLOCK);

    assertThat(settings.requestsPerMinute()).isEqualTo(300);
    assertThat(settings.pageSize()).isEqualTo(100);
    assertThat(settings.timezone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(settings.startTime()).isEqualTo(CLOCK.instant().minus(Duration.ofDays(30)));
    assertThat(settings.queue()).isEmpty();
    assertThat(settings.tagsField()).isEmpty();
  }

  @Test
  void customFieldNamesMayContainSpacesAndPageSizeIsCappedAt100() {
    RtSettings settings = RtSettings.from(settings(Map.of(
        RtSettings.CUSTOM_FIELDS, "first_reply_minutes:First Reply Minutes, qa:QA Score",
        RtSettings.PAGE_SIZE, "500")), CLOCK);

    assertThat(settings.customFields()).containsOnly(
        Map.entry("first_reply_minutes", "First Reply Minutes"), Map.entry("qa", "QA Score"));
    assertThat(settings.pageSize()).isEqualTo(100);
  }

  @Test
  void invalidSettingsNameTheirKey() {
    assertThatThrownBy(() -> RtSettings.from(settings(Map.of(RtSettings.BASE_URL, "rt.example.com")), CLOCK))
        .hasMessageContaining(RtSettings.BASE_URL);
    assertThatThrownBy(() -> RtSettings.from(settings(Map.of(RtSettings.BASE_URL,
        "https://rt.example.com/REST/2.0")), CLOCK)).hasMessageContaining("without /REST/2.0");
    assertThatThrownBy(() -> RtSettings.from(settings(Map.of(RtSettings.TIMEZONE, "Mars/Olympus")), CLOCK))
        .hasMessageContaining(RtSettings.TIMEZONE);
    assertThatThrownBy(() -> RtSettings.from(settings(Map.of(RtSettings.CUSTOM_FIELDS, "no-colon")), CLOCK))
        .hasMessageContaining(RtSettings.CUSTOM_FIELDS);
    assertThatThrownBy(() -> RtSettings.from(settings(Map.of(RtSettings.START_TIME, "yesterday")), CLOCK))
        .hasMessageContaining(RtSettings.START_TIME);
    Map<String, String> noToken = new HashMap<>(Map.of(RtSettings.BASE_URL, "http://127.0.0.1:8099"));
    assertThatThrownBy(() -> RtSettings.from(new ConnectorSettings("acme", noToken), CLOCK))
        .hasMessageContaining(RtSettings.API_TOKEN);
  }

  private static ConnectorSettings settings(Map<String, String> overrides) {
    Map<String, String> values = new HashMap<>();
    values.put(RtSettings.BASE_URL, "http://127.0.0.1:8099/");
    values.put(RtSettings.API_TOKEN, "1-99-x");
    values.putAll(overrides);
    return new ConnectorSettings("acme", values);
  }
}
