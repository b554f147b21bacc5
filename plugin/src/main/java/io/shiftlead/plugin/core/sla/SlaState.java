package io.shiftlead.plugin.core.sla;

import java.util.Locale;

/** Where one metric of one ticket stands at an instant. */
public enum SlaState {
  /** Running, more than the at-risk share of the target left. */
  OK,
  /** Running, at most the at-risk share of the target left. */
  AT_RISK,
  /** The target is used up (running, paused or done late). */
  BREACHED,
  /** Done within the target. */
  ACHIEVED,
  /** Not running because of the ticket's status, target not yet used up. */
  PAUSED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
