package io.shiftlead.plugin.infrastructure.security;

import java.util.Locale;

/** What a token may do; each role includes everything of the roles before it. */
public enum Role {
  /** Reads the SLA, QA and decisions of tickets (the sidebar) and disputes a QA score. */
  AGENT,
  /**
   * And reviews QA (posts reviews on its connectors' tickets, resolves disputes) and reads the QA
   * calibration and coaching reports; not KPIs, status or admin.
   */
  REVIEWER,
  /** And reports, dashboards and connector status. */
  MANAGER,
  /** And everything else: rules reload, connectors, app packages. */
  ADMIN;

  public boolean includes(Role other) {
    return ordinal() >= other.ordinal();
  }

  public static Role of(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
