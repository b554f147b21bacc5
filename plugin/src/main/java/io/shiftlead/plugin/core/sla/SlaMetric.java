package io.shiftlead.plugin.core.sla;

import java.util.Locale;

/** The metrics a policy sets targets for, with the wire names of the YAML and the JSON. */
public enum SlaMetric {
  /** Ticket created until the first public agent reply. */
  FIRST_REPLY,
  /** Oldest unanswered customer message (after the first reply) until the next public agent reply. */
  NEXT_REPLY,
  /** Each public agent reply until the next one, while the ticket is open. */
  PERIODIC_UPDATE,
  /** Ticket created until solved; a reopen resumes the clock, solved time does not count. */
  RESOLUTION;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The metric for a wire name, or null when there is none (the reader reports it). */
  public static SlaMetric fromWire(String value) {
    for (SlaMetric m : values()) {
      if (m.wireName().equals(value)) {
        return m;
      }
    }
    return null;
  }
}
