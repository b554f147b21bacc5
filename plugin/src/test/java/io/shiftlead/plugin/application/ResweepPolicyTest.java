package io.shiftlead.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.plugin.application.ResweepPolicy.Sweep;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResweepPolicyTest {
  private static final Instant T = Instant.parse("2026-11-29T06:00:00Z");
  private static final ResweepPolicy DAILY =
      new ResweepPolicy(Duration.ofHours(24), Duration.ofHours(26));

  @Test
  void theNextSweepIsDueOneIntervalAfterTheLast() {
    assertThat(DAILY.dueAt(new Sweep(T, T.minus(Duration.ofHours(26)))))
        .contains(T.plus(Duration.ofHours(24)));
    assertThat(DAILY.dueAt(Sweep.baseline(T))).contains(T.plus(Duration.ofHours(24)));
    assertThat(ResweepPolicy.OFF.dueAt(Sweep.baseline(T))).isEmpty();
  }

  @Test
  void anOnTimeSweepStartsOneLookbackAgoOverlappingThePreviousByTheMargin() {
    Sweep last = new Sweep(T, T.minus(Duration.ofHours(26)));
    Instant now = T.plus(Duration.ofHours(24));
    assertThat(DAILY.from(last, now)).isEqualTo(now.minus(Duration.ofHours(26)))
        .isEqualTo(T.minus(Duration.ofHours(2)));
  }

  @Test
  void aLateSweepJoinsThePreviousOneAtMostSevenDaysBeyondItsLookback() {
    Sweep last = new Sweep(T, T.minus(Duration.ofHours(26)));
    assertThat(DAILY.from(last, T.plus(Duration.ofDays(3)))).isEqualTo(T.minus(Duration.ofHours(2)));
    Instant muchLater = T.plus(Duration.ofDays(60));
    assertThat(DAILY.from(last, muchLater))
        .isEqualTo(muchLater.minus(Duration.ofHours(26)).minus(Duration.ofDays(7)));
  }

  @Test
  void durationsAreReadAndWrittenInTheConfigurationForm() {
    assertThat(ResweepPolicy.parse("6h")).isEqualTo(Duration.ofHours(6));
    assertThat(ResweepPolicy.parse(" 90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(ResweepPolicy.parse("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(ResweepPolicy.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(ResweepPolicy.format(Duration.ofHours(48))).isEqualTo("2d");
    assertThatThrownBy(() -> ResweepPolicy.parse("six hours"))
        .hasMessageContaining("like 6h, 90m or 2d");
  }

  @Test
  void aLookbackShorterThanTheIntervalOrATooShortIntervalIsRefused() {
    assertThatThrownBy(() -> new ResweepPolicy(Duration.ofHours(24), Duration.ofHours(12)))
        .hasMessageContaining("lookback must be at least every (24h), got 12h");
    assertThatThrownBy(() -> new ResweepPolicy(Duration.ofMinutes(1), Duration.ofHours(1)))
        .hasMessageContaining("every must be at least 10m");
  }
}
