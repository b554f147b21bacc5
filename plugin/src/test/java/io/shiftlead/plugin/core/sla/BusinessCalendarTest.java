package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed business-time cases; instants in UTC with the local time in the comment. */
class BusinessCalendarTest {
  private final BusinessCalendar berlin = Calendars.officeHours("Europe/Berlin");
  private final BusinessCalendar newYork = Calendars.officeHours("America/New_York");

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void berlinOfficeHoursContinueAfterTheSpringDstWeekendAtNineLocalTime() {
    // Fri 2026-03-27 16:00 CET (UTC+1); clocks go forward Sun 03-29; Mon 09:00 is CEST (UTC+2).
    Instant friday = at("2026-03-27T15:00:00Z");
    Instant due = berlin.addBusinessTime(friday, Duration.ofHours(2));
    assertThat(due).isEqualTo(at("2026-03-30T08:00:00Z")); // Mon 10:00 CEST
    assertThat(berlin.businessDuration(friday, due)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void newYorkOfficeHoursContinueAfterTheSpringDstWeekendAtNineLocalTime() {
    // Fri 2026-03-06 13:00 EST (UTC-5); clocks go forward Sun 03-08; Mon 09:00 EDT = 13:00Z.
    Instant friday = at("2026-03-06T18:00:00Z");
    Instant due = newYork.addBusinessTime(friday, Duration.ofHours(8));
    assertThat(due).isEqualTo(at("2026-03-09T17:00:00Z")); // Mon 13:00 EDT
    assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(71));
  }

  @Test
  void aLocalDayIs23HoursOnSpringForwardAnd25HoursOnFallBackInBothZones() {
    BusinessCalendar b = Calendars.allDayLocal("Europe/Berlin");
    BusinessCalendar n = Calendars.allDayLocal("America/New_York");
    // Berlin: Sun 2026-03-29 00:00 CET = 03-28T23:00Z to Mon 00:00 CEST = 03-29T22:00Z.
    assertThat(b.businessDuration(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z")))
        .isEqualTo(Duration.ofHours(23));
    // Berlin: Sun 2026-10-25 00:00 CEST = 10-24T22:00Z to Mon 00:00 CET = 10-25T23:00Z.
    assertThat(b.businessDuration(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z")))
        .isEqualTo(Duration.ofHours(25));
    // New York: Sun 2026-11-01 00:00 EDT = 04:00Z to Mon 00:00 EST = 11-02T05:00Z.
    assertThat(n.businessDuration(at("2026-11-01T04:00:00Z"), at("2026-11-02T05:00:00Z")))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void workingHoursThatSpanTheSkippedHourAreAnHourShorter() {
    BusinessCalendar night = new BusinessCalendar("night", ZoneId.of("Europe/Berlin"),
        Map.of(DayOfWeek.SUNDAY, List.of(DailyInterval.parse("01:00-04:00"))), List.of());
    // Sun 2026-03-29 01:00 CET = 00:00Z; 04:00 CEST = 02:00Z: 3 wall-clock hours, 2 real ones.
    assertThat(night.businessDuration(at("2026-03-29T00:00:00Z"), at("2026-03-29T03:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void holidaysAreSkippedLikeWeekends() {
    BusinessCalendar xmas = Calendars.officeHours("Europe/Berlin", LocalDate.of(2026, 12, 24),
        LocalDate.of(2026, 12, 25));
    // Wed 12-23 16:00 CET: 1h that day, Thu and Fri holidays, weekend, Mon 12-28 09:00 + 3h.
    Instant due = xmas.addBusinessTime(at("2026-12-23T15:00:00Z"), Duration.ofHours(4));
    assertThat(due).isEqualTo(at("2026-12-28T11:00:00Z")); // Mon 12:00 CET
  }

  @Test
  void aTicketArrivingAtNightStartsCountingWhenTheOfficeOpens() {
    Instant night = at("2026-06-09T21:30:00Z"); // Tue 23:30 CEST
    assertThat(berlin.isBusinessTime(night)).isFalse();
    assertThat(berlin.addBusinessTime(night, Duration.ofHours(1)))
        .isEqualTo(at("2026-06-10T08:00:00Z")); // Wed 10:00 CEST
    assertThat(berlin.businessDuration(night, at("2026-06-10T07:30:00Z")))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aLunchBreakSplitsTheDayIntoTwoIntervals() {
    BusinessCalendar split = new BusinessCalendar("split", ZoneId.of("Europe/Berlin"),
        Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.parse("13:00-17:00"),
            DailyInterval.parse("09:00-12:00"))), List.of());
    // Mon 2026-06-15 11:30 CEST + 1h = 30 min before lunch, 30 min after: 13:30 CEST.
    assertThat(split.addBusinessTime(at("2026-06-15T09:30:00Z"), Duration.ofHours(1)))
        .isEqualTo(at("2026-06-15T11:30:00Z"));
  }

  @Test
  void theAlwaysCalendarIsPlainElapsedTime() {
    BusinessCalendar always = BusinessCalendar.always("24x7");
    Instant from = at("2026-03-28T12:00:00Z");
    assertThat(always.addBusinessTime(from, Duration.ofHours(30)))
        .isEqualTo(at("2026-03-29T18:00:00Z"));
  }

  @Test
  void overlappingOrEmptyWeeksAreRejected() {
    assertThatThrownBy(() -> new BusinessCalendar("x", ZoneId.of("UTC"),
        Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-12:00"),
            DailyInterval.parse("11:00-13:00"))), List.of()))
        .hasMessageContaining("overlapping");
    assertThatThrownBy(() -> new BusinessCalendar("x", ZoneId.of("UTC"), Map.of(), List.of()))
        .hasMessageContaining("no working hours");
    assertThatThrownBy(() -> DailyInterval.parse("17:00-09:00")).hasMessageContaining("start");
  }
}
