package io.shiftlead.plugin.infrastructure.sla;

import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.sla.ActionSpec;
import io.shiftlead.plugin.core.sla.AttributeCondition;
import io.shiftlead.plugin.core.sla.BusinessCalendar;
import io.shiftlead.plugin.core.sla.EscalationLevel;
import io.shiftlead.plugin.core.sla.SlaMetric;
import io.shiftlead.plugin.core.sla.SlaPolicy;
import io.shiftlead.plugin.core.sla.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** One {@code policies:} entry. The vocabulary is closed: every key and value is checked. */
final class PolicyParser {
  static final Set<String> KEYS = Set.of("name", "order", "calendar", "when", "at_risk", "pause",
      "targets", "escalations");
  static final Set<String> WHEN_KEYS = Set.of("priority", "channel", "group", "tags");
  static final Set<String> LEVEL_KEYS = Set.of("level", "after", "metrics", "actions");
  static final Set<String> PRIORITIES = wire(Priority.values());
  static final Set<String> METRICS = wire(SlaMetric.values());
  static final Set<String> STATUSES = wire(TicketStatus.values());
  static final Set<String> CHANNELS = wire(Channel.values());

  private final YamlNodes y;
  private final Map<String, BusinessCalendar> calendars;
  private final Set<String> actionTypes;

  PolicyParser(YamlNodes y, Map<String, BusinessCalendar> calendars, Set<String> actionTypes) {
    this.y = y;
    this.calendars = calendars;
    this.actionTypes = actionTypes;
  }

  private static Set<String> wire(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  SlaPolicy parse(Node node, int defaultOrder) {
    int before = y.problemCount();
    Map<String, Node> m = y.mapping(node, "a policy", KEYS);
    String name = m.containsKey("name") ? y.scalar(m.get("name"), "policy name") : null;
    if (name == null) {
      y.problem(node, "a policy needs a name", "add name: <text>, it appears in notes and the API");
    }
    String where = "policy '" + name + "'";
    int order = defaultOrder;
    if (m.containsKey("order")) {
      String o = y.scalar(m.get("order"), "order");
      try {
        order = Integer.parseInt(o);
      } catch (RuntimeException e) {
        y.problem(m.get("order"), "bad order '" + o + "' in " + where, "a whole number");
      }
    }
    BusinessCalendar calendar = calendar(m.get("calendar"), where);
    boolean hasCalendar = m.containsKey("calendar");
    AttributeCondition when = when(m.get("when"), where);
    double atRisk = atRisk(m.get("at_risk"), where);
    Map<SlaMetric, Set<TicketStatus>> pause = pause(m.get("pause"), where);
    Map<Priority, Map<SlaMetric, Target>> targets = targets(m.get("targets"), where, hasCalendar,
        node);
    List<EscalationLevel> levels = new ArrayList<>();
    if (m.containsKey("escalations")) {
      for (Node l : y.sequence(m.get("escalations"), "escalations")) {
        EscalationLevel level = level(l, where);
        if (level != null) {
          levels.add(level);
        }
      }
    }
    if (y.problemCount() > before) {
      return null;
    }
    return new SlaPolicy(name, order, when, calendar, targets, pause, atRisk, levels);
  }

  private BusinessCalendar calendar(Node node, String where) {
    if (node == null) {
      return null;
    }
    String name = y.scalar(node, "calendar");
    BusinessCalendar c = calendars.get(name);
    if (c == null && name != null) {
      y.problem(node, "unknown calendar '" + name + "' in " + where,
          calendars.isEmpty() ? "define it under calendars: (this file or a calendars file)"
              : Hints.suggest(name, calendars.keySet()));
    }
    return c;
  }

  private AttributeCondition when(Node node, String where) {
    if (node == null) {
      return new AttributeCondition(null, null, null, null);
    }
    Map<String, Node> m = y.mapping(node, "when of " + where, WHEN_KEYS);
    Set<Priority> priorities = EnumSet.noneOf(Priority.class);
    for (String p : values(m.get("priority"), "priority", PRIORITIES, where)) {
      priorities.add(Priority.fromWire(p));
    }
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (String c : values(m.get("channel"), "channel", CHANNELS, where)) {
      channels.add(Channel.fromWire(c));
    }
    Set<String> groups = m.containsKey("group") ? Set.copyOf(y.scalars(m.get("group"), "group"))
        : Set.of();
    Set<String> tags = m.containsKey("tags") ? Set.copyOf(y.scalars(m.get("tags"), "tags"))
        : Set.of();
    return new AttributeCondition(priorities, channels, groups, tags);
  }

  /** Values from a closed set; unknown ones are reported with the allowed list. */
  private List<String> values(Node node, String what, Set<String> allowed, String where) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    for (Node n : y.sequence(node, what)) {
      String v = y.scalar(n, what);
      if (v != null && allowed.contains(v)) {
        out.add(v);
      } else if (v != null) {
        y.problem(n, "unknown " + what + " '" + v + "' in " + where, Hints.suggest(v, allowed));
      }
    }
    return out;
  }

  private double atRisk(Node node, String where) {
    if (node == null) {
      return SlaPolicy.DEFAULT_AT_RISK_SHARE;
    }
    String v = y.scalar(node, "at_risk");
    try {
      double share = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100
          : Double.parseDouble(v);
      if (share >= 0 && share < 1) {
        return share;
      }
    } catch (RuntimeException e) {
      // reported below
    }
    y.problem(node, "bad at_risk '" + v + "' in " + where,
        "a share of the target below 100 %, e.g. 25% or 0.25");
    return SlaPolicy.DEFAULT_AT_RISK_SHARE;
  }

  private Map<SlaMetric, Set<TicketStatus>> pause(Node node, String where) {
    Map<SlaMetric, Set<TicketStatus>> out = new EnumMap<>(SlaMetric.class);
    if (node == null) {
      return out;
    }
    Set<String> keys = new LinkedHashSet<>(METRICS);
    keys.add("default");
    Set<TicketStatus> all = null;
    for (Map.Entry<String, Node> e : y.mapping(node, "pause of " + where, keys).entrySet()) {
      Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
      for (String s : values(e.getValue(), "status", STATUSES, where)) {
        statuses.add(TicketStatus.fromWire(s));
      }
      if (e.getKey().equals("default")) {
        all = statuses;
      } else {
        out.put(SlaMetric.fromWire(e.getKey()), statuses);
      }
    }
    if (all != null) {
      for (SlaMetric metric : SlaMetric.values()) {
        out.putIfAbsent(metric, all);
      }
    }
    return out;
  }

  private Map<Priority, Map<SlaMetric, Target>> targets(Node node, String where,
      boolean hasCalendar, Node policy) {
    Map<Priority, Map<SlaMetric, Target>> out = new EnumMap<>(Priority.class);
    if (node == null) {
      y.problem(policy, where + " has no targets", "add targets: {normal: {first_reply: 4h}}");
      return out;
    }
    y.mapping(node, "targets of " + where, PRIORITIES).forEach((p, metrics) -> {
      Map<SlaMetric, Target> byMetric = new EnumMap<>(SlaMetric.class);
      y.mapping(metrics, p + " targets of " + where, METRICS).forEach((metric, value) -> {
        String text = y.scalar(value, "target");
        try {
          byMetric.put(SlaMetric.fromWire(metric), TargetParser.target(text, hasCalendar));
        } catch (IllegalArgumentException e) {
          y.problem(value, e.getMessage() + " for " + p + "/" + metric + " in " + where,
              "write e.g. 4h business, 90m calendar or 1d 2h; business needs calendar:");
        }
      });
      out.put(Priority.fromWire(p), byMetric);
    });
    return out;
  }

  private EscalationLevel level(Node node, String where) {
    Map<String, Node> m = y.mapping(node, "an escalation level of " + where, LEVEL_KEYS);
    int level = 0;
    String l = m.containsKey("level") ? y.scalar(m.get("level"), "level") : null;
    try {
      level = Integer.parseInt(l);
    } catch (RuntimeException e) {
      // below
    }
    if (level < 1) {
      y.problem(m.getOrDefault("level", node), "bad or missing escalation level '" + l + "' in "
          + where, "level: 1, 2, 3 ...");
    }
    Duration after = Duration.ZERO;
    if (m.containsKey("after")) {
      String a = y.scalar(m.get("after"), "after");
      after = a == null ? null : TargetParser.duration(a);
      if (after == null) {
        y.problem(m.get("after"), "bad time '" + a + "' for after in " + where,
            "calendar time after the breach, e.g. 0h, 2h, 1d");
      }
    }
    Set<SlaMetric> metrics = EnumSet.noneOf(SlaMetric.class);
    for (String metric : values(m.get("metrics"), "metric", METRICS, where)) {
      metrics.add(SlaMetric.fromWire(metric));
    }
    List<ActionSpec> actions = new ArrayList<>();
    if (m.containsKey("actions")) {
      for (Node a : y.sequence(m.get("actions"), "actions")) {
        Map<String, Node> action = y.mapping(a, "an action of " + where, actionTypes);
        action.forEach((type, value) -> {
          ActionSpec spec = new ActionSpec(type, asMap(y.plain(value)));
          if (type.equals("notify") && !isHttpUrl(spec.value().getOrDefault("value",
              spec.value().get("url")))) {
            y.problem(value, "notify needs an http(s) url in " + where,
                "notify: https://hooks.example.com/sla or notify: {url: https://..., to: team_lead}");
          }
          actions.add(spec);
        });
      }
    }
    return level < 1 || after == null ? null : new EscalationLevel(level, after, metrics, actions);
  }

  private static boolean isHttpUrl(Object value) {
    String text = value == null ? "" : String.valueOf(value);
    return text.startsWith("https://") || text.startsWith("http://");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of("value", value);
  }
}
