package io.shiftlead.connectors.jsm;

import io.shiftlead.connectors.jsm.wire.WireDate;
import io.shiftlead.connectors.jsm.wire.WireDuration;
import io.shiftlead.connectors.jsm.wire.WireSla;
import io.shiftlead.connectors.jsm.wire.WireSlaCycle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSM's own SLA metrics as ticket fields {@code jsm_sla_<name>} (e.g. {@code jsm_sla_time_to_first_response}),
 * so Shiftlead's SLA results can be compared with what JSM shows agents. Each value describes the
 * ongoing cycle, or the last completed one when none is running.
 */
final class JsmSlas {
  static final String PREFIX = "jsm_sla_";

  private JsmSlas() {}

  static Map<String, Object> fields(List<WireSla> metrics) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (metrics == null) {
      return fields;
    }
    for (WireSla metric : metrics) {
      if (metric == null || metric.name() == null || metric.name().isBlank()) {
        continue;
      }
      boolean ongoing = metric.ongoingCycle() != null;
      WireSlaCycle cycle = ongoing ? metric.ongoingCycle() : last(metric.completedCycles());
      if (cycle == null) {
        continue;
      }
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("completed", !ongoing);
      put(value, "breached", cycle.breached());
      put(value, "paused", cycle.paused());
      put(value, "goalMillis", millis(cycle.goalDuration()));
      put(value, "elapsedMillis", millis(cycle.elapsedTime()));
      put(value, "remainingMillis", millis(cycle.remainingTime()));
      put(value, "startTime", instant(cycle.startTime()));
      put(value, "breachTime", instant(cycle.breachTime()));
      put(value, "stopTime", instant(cycle.stopTime()));
      fields.put(key(metric.name()), Map.copyOf(value));
    }
    return fields;
  }

  /** "Time to first response" becomes {@code jsm_sla_time_to_first_response}. */
  static String key(String name) {
    String slug = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_")
        .replaceAll("^_+|_+$", "");
    return PREFIX + slug;
  }

  private static WireSlaCycle last(List<WireSlaCycle> cycles) {
    return cycles == null || cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
  }

  private static Long millis(WireDuration duration) {
    return duration == null ? null : duration.millis();
  }

  /** ISO text, so the value stays plain data whatever the plugin does with fields. */
  private static String instant(WireDate date) {
    if (date == null) {
      return null;
    }
    if (date.epochMillis() != null) {
      return Instant.ofEpochMilli(date.epochMillis()).toString();
    }
    Instant parsed = JsmTime.parse(date.iso8601());
    return parsed == null ? null : parsed.toString();
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
