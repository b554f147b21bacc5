package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Business-time arithmetic is consistent whatever the zone, DST or holidays. */
class BusinessCalendarProperties {
  // 2026-01-01 .. 2027-01-01, so both DST changes of both zones fall inside.
  private static final long FROM = 1_767_225_600_000L;
  private static final long TO = 1_798_761_600_000L;

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Arbitraries.of(
        Calendars.officeHours("Europe/Berlin", LocalDate.of(2026, 12, 25)),
        Calendars.officeHours("America/New_York", LocalDate.of(2026, 7, 3)),
        Calendars.allDayLocal("Europe/Berlin"),
        Calendars.allDayLocal("America/New_York"),
        BusinessCalendar.always("24x7"));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(FROM, TO).map(Instant::ofEpochMilli);
  }

  @Property(tries = 500)
  void addingThenMeasuringGivesBackTheSameDuration(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant from, @ForAll @LongRange(min = 0, max = 400 * 3_600_000L) long ms) {
    Instant end = cal.addBusinessTime(from, Duration.ofMillis(ms));
    assertThat(cal.businessDuration(from, end)).isEqualTo(Duration.ofMillis(ms));
  }

  @Property(tries = 500)
  void addingMoreBusinessTimeNeverEndsEarlier(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant from, @ForAll @LongRange(min = 0, max = 200 * 3_600_000L) long a,
      @ForAll @LongRange(min = 0, max = 200 * 3_600_000L) long b) {
    Instant shorter = cal.addBusinessTime(from, Duration.ofMillis(Math.min(a, b)));
    Instant longer = cal.addBusinessTime(from, Duration.ofMillis(Math.max(a, b)));
    assertThat(longer).isAfterOrEqualTo(shorter);
  }

  @Property(tries = 500)
  void measuringIsMonotonicAndAdditive(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant x, @ForAll("instants") Instant y, @ForAll("instants") Instant z) {
    Instant[] s = {x, y, z};
    java.util.Arrays.sort(s);
    Duration ab = cal.businessDuration(s[0], s[1]);
    Duration bc = cal.businessDuration(s[1], s[2]);
    Duration ac = cal.businessDuration(s[0], s[2]);
    assertThat(ac).isGreaterThanOrEqualTo(ab);
    assertThat(ac).isEqualTo(ab.plus(bc));
    assertThat(ac).isLessThanOrEqualTo(Duration.between(s[0], s[2]));
  }
}
