package io.shiftlead.plugin.core.qa;

import java.util.Objects;

/** A team's QA setup as read from YAML: its scorecards (in selection order) and check settings. */
public record QaConfiguration(ScorecardSelection scorecards, QaSettings settings) {
  public QaConfiguration {
    Objects.requireNonNull(scorecards, "scorecards");
    Objects.requireNonNull(settings, "settings");
  }
}
