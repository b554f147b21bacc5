package io.shiftlead.plugin.bench.sla;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.sla.ActionSpec;
import io.shiftlead.plugin.core.sla.AttributeCondition;
import io.shiftlead.plugin.core.sla.BusinessCalendar;
import io.shiftlead.plugin.core.sla.DailyInterval;
import io.shiftlead.plugin.core.sla.EscalationLevel;
import io.shiftlead.plugin.core.sla.SlaMetric;
import io.shiftlead.plugin.core.sla.SlaPolicies;
import io.shiftlead.plugin.core.sla.SlaPolicy;
import io.shiftlead.plugin.core.sla.Target;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A reproducible open backlog: tickets created over the last ten days, a third already answered
 * with a customer follow-up, a fifth pending for a while, priorities mixed, two policies (one in
 * Berlin business hours with holidays, one 24x7 for urgent/vip).
 */
final class BenchTickets {
  static final Instant NOW = Instant.parse("2026-06-17T10:00:00Z");
  private static final Person CUSTOMER = Person.of("c", AuthorRole.CUSTOMER);
  private static final Person AGENT = Person.of("a", AuthorRole.AGENT);

  private BenchTickets() {}

  static SlaPolicies policies() {
    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      week.put(d, List.of(DailyInterval.parse("09:00-12:00"), DailyInterval.parse("13:00-17:00")));
    }
    BusinessCalendar berlin = new BusinessCalendar("berlin", ZoneId.of("Europe/Berlin"), week,
        List.of(LocalDate.of(2026, 6, 4)));
    Map<SlaMetric, Target> normal = Map.of(
        SlaMetric.FIRST_REPLY, Target.business(Duration.ofHours(8)),
        SlaMetric.NEXT_REPLY, Target.business(Duration.ofHours(8)),
        SlaMetric.PERIODIC_UPDATE, Target.calendar(Duration.ofDays(2)),
        SlaMetric.RESOLUTION, Target.business(Duration.ofHours(40)));
    List<EscalationLevel> levels = List.of(
        new EscalationLevel(1, Duration.ZERO, Set.of(), List.of(new ActionSpec("notify", null))),
        new EscalationLevel(2, Duration.ofHours(4), Set.of(), List.of()));
    SlaPolicy vip = new SlaPolicy("vip", 1,
        new AttributeCondition(Set.of(Priority.URGENT), null, null, null), null,
        Map.of(Priority.URGENT, Map.of(SlaMetric.FIRST_REPLY, Target.calendar(Duration.ofHours(1)),
            SlaMetric.RESOLUTION, Target.calendar(Duration.ofHours(8)))),
        null, 0.25, levels);
    SlaPolicy standard = new SlaPolicy("standard", 10, null, berlin,
        Map.of(Priority.LOW, normal, Priority.NORMAL, normal, Priority.HIGH, normal), null, 0.25,
        levels);
    return new SlaPolicies(List.of(vip, standard));
  }

  static List<Ticket> openTickets(int n, long seed) {
    Random r = new Random(seed);
    List<Ticket> out = new ArrayList<>(n);
    Priority[] priorities = Priority.values();
    for (int i = 0; i < n; i++) {
      Instant created = NOW.minusSeconds(r.nextInt(10 * 86_400));
      List<Comment> comments = new ArrayList<>(3);
      List<StatusChange> changes = new ArrayList<>(3);
      comments.add(new Comment("c" + i, CUSTOMER, true, created, ""));
      changes.add(new StatusChange(created, null, TicketStatus.NEW));
      TicketStatus status = TicketStatus.NEW;
      long age = NOW.getEpochSecond() - created.getEpochSecond();
      if (r.nextInt(3) == 0 && age > 7200) {
        Instant reply = created.plusSeconds(r.nextInt((int) (age / 2)));
        comments.add(new Comment("r" + i, AGENT, true, reply, ""));
        changes.add(new StatusChange(reply, status, TicketStatus.OPEN));
        status = TicketStatus.OPEN;
        Instant followUp = reply.plusSeconds(r.nextInt((int) (age / 4) + 1));
        comments.add(new Comment("f" + i, CUSTOMER, true, followUp, ""));
      }
      if (r.nextInt(5) == 0) {
        Instant pending = created.plusSeconds(age / 3);
        changes.add(new StatusChange(pending, status, TicketStatus.PENDING));
        status = TicketStatus.PENDING;
        if (r.nextBoolean()) {
          changes.add(new StatusChange(pending.plusSeconds(age / 3), status, TicketStatus.OPEN));
          status = TicketStatus.OPEN;
        }
      }
      out.add(new Ticket("T" + i, "bench", "", status, priorities[r.nextInt(priorities.length)],
          Channel.EMAIL, created, created, CUSTOMER, null, "support", List.of(), null, comments,
          changes, null, false, comments.size()));
    }
    return out;
  }
}
