package io.shiftlead.plugin.infrastructure.metrics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Prometheus text exposition format 0.0.4: {@code # HELP} and {@code # TYPE} per family, one
 * line per sample, label values and help escaped, {@code NaN} for an unknown value, a final line
 * break.
 */
public final class PrometheusText {
  /** The {@code Content-Type} Prometheus expects for this format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private PrometheusText() {}

  public static String format(List<MetricFamily> families) {
    StringBuilder out = new StringBuilder();
    for (MetricFamily family : families) {
      out.append("# HELP ").append(family.name()).append(' ')
          .append(family.help().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
      out.append("# TYPE ").append(family.name()).append(' ')
          .append(family.type().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
      for (MetricFamily.Sample sample : family.samples()) {
        out.append(family.name()).append(labels(sample.labels())).append(' ')
            .append(value(sample.value())).append('\n');
      }
    }
    return out.toString();
  }

  private static String labels(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return "";
    }
    return labels.entrySet().stream()
        .map(e -> e.getKey() + "=\"" + escape(e.getValue()) + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String escape(String labelValue) {
    return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String value(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
