package io.shiftlead.plugin.core.routing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The routing strategies a rule can name, with their YAML spelling. */
public enum Strategy {
  ROUND_ROBIN(new RoundRobinStrategy()),
  LEAST_LOADED(new LeastLoadedStrategy()),
  SKILLS(new SkillsStrategy()),
  STICKY(new StickyStrategy());

  private final RoutingStrategy implementation;
  private final String wireName = name().toLowerCase(Locale.ROOT);

  Strategy(RoutingStrategy implementation) {
    this.implementation = implementation;
  }

  public RoutingStrategy implementation() {
    return implementation;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Strategy> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
  }
}
