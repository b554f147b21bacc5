package io.shiftlead.plugin.infrastructure.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One metric name with its help text, type and samples (one per label set), as Prometheus
 * groups them.
 *
 * @param name {@code [a-zA-Z_:][a-zA-Z0-9_:]*}; counters end in {@code _total}
 */
public record MetricFamily(String name, Type type, String help, List<Sample> samples) {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** The Prometheus types used here. */
  public enum Type { COUNTER, GAUGE }

  /** One value; labels keep their insertion order. */
  public record Sample(Map<String, String> labels, double value) {
    public Sample {
      labels.keySet().forEach(l -> {
        if (!LABEL.matcher(l).matches() || l.startsWith("__")) {
          throw new IllegalArgumentException("invalid label name: " + l);
        }
      });
      labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
  }

  public MetricFamily {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid metric name: " + name);
    }
    if (type == Type.COUNTER && !name.endsWith("_total")) {
      throw new IllegalArgumentException("a counter's name ends in _total: " + name);
    }
    samples = List.copyOf(samples);
  }

  /** Builds a family sample by sample. */
  public static Builder builder(String name, Type type, String help) {
    return new Builder(name, type, help);
  }

  /** Collects the samples of one family. */
  public static final class Builder {
    private final String name;
    private final Type type;
    private final String help;
    private final List<Sample> samples = new ArrayList<>();

    private Builder(String name, Type type, String help) {
      this.name = name;
      this.type = type;
      this.help = help;
    }

    /** A sample labelled {@code connector="..."}. */
    public Builder connector(String connector, double value) {
      samples.add(new Sample(Map.of("connector", connector), value));
      return this;
    }

    public Builder sample(Map<String, String> labels, double value) {
      samples.add(new Sample(labels, value));
      return this;
    }

    public MetricFamily build() {
      return new MetricFamily(name, type, help, samples);
    }
  }
}
