package io.shiftlead.testfixtures.generator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * When tickets arrive and how long replies take. Most tickets arrive in the customer's business
 * hours (weekdays 08:00-18:00 in their own offset), the rest at night or at weekends, so that SLA
 * clocks with business calendars have something to chew on.
 */
final class ArrivalTimes {

  static final int HISTORY_DAYS = 90;
  private static final double BUSINESS_HOURS_SHARE = 0.72;

  private ArrivalTimes() {}

  static Instant arrival(Random random, Instant base, Language language) {
    Instant earliest = base.minus(Duration.ofDays(HISTORY_DAYS));
    Instant latest = base.minus(Duration.ofMinutes(10));
    ZoneOffset offset = ZoneOffset.ofHours(language.utcOffsetHours);
    boolean business = random.nextDouble() < BUSINESS_HOURS_SHARE;
    while (true) {
      LocalDate day = base.atOffset(offset).toLocalDate().minusDays(random.nextInt(HISTORY_DAYS + 1));
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      int hour;
      if (business) {
        if (weekend) {
          continue;
        }
        hour = 8 + random.nextInt(10);
      } else {
        // Off hours: evenings, nights, or any hour of a weekend day.
        hour = weekend ? random.nextInt(24) : (18 + random.nextInt(14)) % 24;
      }
      LocalTime time = LocalTime.of(hour, random.nextInt(60), random.nextInt(60));
      Instant at = day.atTime(time).toInstant(offset);
      if (!at.isBefore(earliest) && at.isBefore(latest)) {
        return at;
      }
    }
  }

  /** Agent reply delay: faster for urgent tickets, a long tail for low ones. */
  static Duration agentDelay(Random random, String priority) {
    double meanMinutes;
    if ("urgent".equals(priority)) {
      meanMinutes = 45;
    } else if ("high".equals(priority)) {
      meanMinutes = 120;
    } else if ("low".equals(priority)) {
      meanMinutes = 600;
    } else {
      meanMinutes = 320;
    }
    return Duration.ofMinutes(5 + exponential(random, meanMinutes, 3 * 24 * 60));
  }

  static Duration customerDelay(Random random) {
    return Duration.ofMinutes(10 + exponential(random, 600, 4 * 24 * 60));
  }

  static Duration minutesBetween(Random random, int min, int max) {
    return Duration.ofMinutes(min + random.nextInt(max - min + 1));
  }

  private static long exponential(Random random, double mean, long cap) {
    return Math.min(cap, (long) (-mean * Math.log(1 - random.nextDouble())));
  }
}
