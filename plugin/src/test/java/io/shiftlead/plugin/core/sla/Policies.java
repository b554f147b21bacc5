package io.shiftlead.plugin.core.sla;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import io.shiftlead.connectors.spi.model.Priority;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The policies the hand-computed cases use. */
final class Policies {
  private Policies() {}

  static final BusinessCalendar BERLIN = Calendars.officeHours("Europe/Berlin");

  /** Berlin office hours; normal: 4h/2h business replies, 8h calendar updates, 16h resolution. */
  static SlaPolicy standard() {
    return new SlaPolicy("standard", 10, TicketCondition.ALWAYS, BERLIN,
        Map.of(
            Priority.NORMAL, Map.of(
                SlaMetric.FIRST_REPLY, Target.business(ofHours(4)),
                SlaMetric.NEXT_REPLY, Target.business(ofHours(2)),
                SlaMetric.PERIODIC_UPDATE, Target.calendar(ofHours(8)),
                SlaMetric.RESOLUTION, Target.business(ofHours(16))),
            Priority.URGENT, Map.of(
                SlaMetric.FIRST_REPLY, Target.calendar(ofHours(1)),
                SlaMetric.RESOLUTION, Target.calendar(ofHours(4)))),
        null, SlaPolicy.DEFAULT_AT_RISK_SHARE,
        List.of(
            new EscalationLevel(1, ofHours(0), Set.of(), List.of(new ActionSpec("notify",
                Map.of("to", "team_lead", "url", "https://hooks.test/sla")))),
            new EscalationLevel(2, ofHours(2), Set.of(SlaMetric.FIRST_REPLY),
                List.of(new ActionSpec("set_priority", Map.of("priority", "urgent"))))));
  }

  /** The vip group: 30 minutes round the clock for a first reply. */
  static SlaPolicy vip() {
    return new SlaPolicy("vip", 0, new AttributeCondition(null, null, Set.of("vip"), null), null,
        Map.of(Priority.NORMAL, Map.of(SlaMetric.FIRST_REPLY, Target.calendar(ofMinutes(30)))),
        null, 0.25, List.of());
  }

  static SlaCalculator calculator() {
    return new SlaCalculator(new SlaPolicies(List.of(standard(), vip())));
  }
}
