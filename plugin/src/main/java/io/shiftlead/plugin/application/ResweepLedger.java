package io.shiftlead.plugin.application;

import java.util.Optional;

/**
 * The last re-sweep of each connector, kept in the store so that a restart neither sweeps again at
 * once nor postpones the next sweep forever, and a cluster member taking a connector over knows
 * when the previous holder swept.
 */
public interface ResweepLedger {

  Optional<ResweepPolicy.Sweep> last(String connector);

  /** Records a sweep (or the baseline), replacing the previous one. */
  void record(String connector, ResweepPolicy.Sweep sweep);
}
