package io.shiftlead.plugin.infrastructure.rules;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.plugin.core.rules.Action;
import io.shiftlead.plugin.core.rules.AddNote;
import io.shiftlead.plugin.core.rules.AssignAgent;
import io.shiftlead.plugin.core.rules.AssignGroup;
import io.shiftlead.plugin.core.rules.ChangeTags;
import io.shiftlead.plugin.core.rules.Escalate;
import io.shiftlead.plugin.core.rules.NoteTemplate;
import io.shiftlead.plugin.core.rules.RuleDefinitionException;
import io.shiftlead.plugin.core.rules.SetField;
import io.shiftlead.plugin.core.rules.SetPriority;
import io.shiftlead.plugin.core.rules.Stop;
import io.shiftlead.plugin.core.routing.Roster;
import io.shiftlead.plugin.core.routing.Strategy;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Entry;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.MapNode;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Node;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of {@code then:}, a mapping with exactly one action key. */
final class ActionReader {
  static final Set<String> ACTIONS = Set.of("set_priority", "add_tags", "remove_tags",
      "set_field", "assign_group", "assign_agent", "add_note", "escalate", "stop");
  private final Problems problems;
  private final Roster roster;

  ActionReader(Problems problems, Roster roster) {
    this.problems = problems;
    this.roster = roster;
  }

  Optional<Action> read(Node node) {
    Optional<MapNode> map = problems.map(node, "an action");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    if (map.get().entries().size() != 1) {
      problems.add(node, "an action is a mapping with exactly one key",
          "write each action as its own list item, e.g. - add_tags: [vip]");
      return Optional.empty();
    }
    Entry entry = map.get().entries().values().iterator().next();
    if (!ACTIONS.contains(entry.key())) {
      problems.add(entry.keyLoc(), "unknown action '" + entry.key() + "'",
          Suggest.didYouMean(entry.key(), ACTIONS) + "actions: "
              + ACTIONS.stream().sorted().toList());
      return Optional.empty();
    }
    try {
      return action(entry.key(), entry.value());
    } catch (RuleDefinitionException e) {
      problems.add(entry.value(), e.getMessage(), e.hint());
      return Optional.empty();
    }
  }

  private Optional<Action> action(String type, Node value) {
    switch (type) {
      case "set_priority": return priority(value).map(SetPriority::new);
      case "add_tags": return tags(value).map(t -> new ChangeTags(true, t));
      case "remove_tags": return tags(value).map(t -> new ChangeTags(false, t));
      case "assign_group": return group(value, "assign_group").map(AssignGroup::new);
      case "add_note":
        return problems.text(value, "add_note").map(t -> new AddNote(new NoteTemplate(t)));
      case "stop":
        return problems.bool(value, "stop").filter(b -> {
          if (!b) {
            problems.add(value, "stop: false does nothing", "remove the action");
          }
          return b;
        }).map(b -> new Stop());
      case "set_field": return setField(value);
      case "escalate": return escalate(value);
      default: return new AssignAgentReader(problems, this).read(value);
    }
  }

  Optional<Priority> priority(Node value) {
    return problems.text(value, "priority").flatMap(text -> {
      Optional<Priority> p = Arrays.stream(Priority.values())
          .filter(v -> v.wireName().equals(text)).findFirst();
      if (p.isEmpty()) {
        problems.add(value, "bad action value: '" + text + "' is not a priority",
            "use one of low, normal, high, urgent");
      }
      return p;
    });
  }

  Optional<String> group(Node value, String what) {
    return problems.text(value, what).filter(g -> {
      if (!roster.isEmpty() && !roster.knowsGroup(g)) {
        problems.add(value, "unknown group '" + g + "'", Suggest.didYouMean(g, roster.groups())
            + "groups in the roster: "
            + roster.groups().stream().sorted().toList() + " (declare agent-less groups under"
            + " groups: in roster.yaml)");
        return false;
      }
      return true;
    });
  }

  Optional<String> agent(Node value) {
    return problems.text(value, "agent").filter(a -> {
      if (!roster.isEmpty() && roster.agent(a).isEmpty()) {
        problems.add(value, "unknown agent '" + a + "'", Suggest.didYouMean(a, roster.agents()
            .stream().map(x -> x.id()).toList()) + "agents in the roster: "
            + roster.agents().stream().map(x -> x.id()).toList());
        return false;
      }
      return true;
    });
  }

  private Optional<List<String>> tags(Node value) {
    List<String> tags = new ArrayList<>();
    for (Node item : problems.list(value)) {
      problems.text(item, "a tag").ifPresent(tag -> {
        if (tag.contains(" ")) {
          problems.add(item, "bad action value: tag '" + tag + "' contains a space",
              "helpdesks split tags on spaces; use - or _");
        } else {
          tags.add(tag);
        }
      });
    }
    if (tags.isEmpty()) {
      problems.add(value, "bad action value: no tags given", "e.g. add_tags: [vip]");
      return Optional.empty();
    }
    return Optional.of(tags);
  }

  private Optional<Action> setField(Node value) {
    return problems.map(value, "set_field").flatMap(map -> {
      problems.checkKeys(map, Set.of("key", "value"), "set_field");
      Entry key = map.entries().get("key");
      Entry val = map.entries().get("value");
      if (key == null || val == null || problems.plain(val.value()) == null) {
        problems.add(value, "bad action value: set_field needs key and value",
            "e.g. set_field: {key: escalation_level, value: 2}");
        return Optional.empty();
      }
      return problems.text(key.value(), "set_field key")
          .map(k -> new SetField(k, problems.plain(val.value())));
    });
  }

  private Optional<Action> escalate(Node value) {
    return problems.map(value, "escalate").flatMap(map -> {
      problems.checkKeys(map, Set.of("priority", "group", "notify"), "escalate");
      Entry p = map.entries().get("priority");
      Entry g = map.entries().get("group");
      Entry n = map.entries().get("notify");
      Optional<Priority> priority = p == null ? Optional.empty() : priority(p.value());
      Optional<String> group = g == null ? Optional.empty() : group(g.value(), "escalate group");
      Optional<URI> url = n == null ? Optional.empty() : problems.text(n.value(), "notify")
          .flatMap(text -> uri(n.value(), text));
      if (p != null && priority.isEmpty() || g != null && group.isEmpty()
          || n != null && url.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Escalate(priority.orElse(null), group.orElse(null),
          url.orElse(null)));
    });
  }

  private Optional<URI> uri(Node node, String text) {
    try {
      return Optional.of(URI.create(text));
    } catch (IllegalArgumentException e) {
      problems.add(node, "bad action value: notify is not a URL: " + text,
          "write a full URL such as https://hooks.example.com/escalations");
      return Optional.empty();
    }
  }

  /** Reads {@code assign_agent}; kept apart because routing has the most options. */
  private record AssignAgentReader(Problems problems, ActionReader actions) {
    Optional<Action> read(Node value) {
      return problems.map(value, "assign_agent").flatMap(map -> {
        problems.checkKeys(map, Set.of("strategy", "agent", "group", "fallback_group",
            "skill_keys"), "assign_agent");
        Entry agent = map.entries().get("agent");
        Entry strategy = map.entries().get("strategy");
        Entry group = map.entries().get("group");
        Optional<String> groupName = group == null ? Optional.empty()
            : actions.group(group.value(), "assign_agent group");
        if (agent != null) {
          return actions.agent(agent.value()).map(a -> AssignAgent.named(a,
              groupName.orElse(null)));
        }
        if (actions.roster.agents().isEmpty()) {
          problems.add(value, "assign_agent routes among the roster's agents, and there are none",
              "add agents to roster.yaml next to the rule files");
          return Optional.empty();
        }
        if (strategy == null || group == null) {
          problems.add(value, "bad action value: assign_agent needs a strategy and a group"
              + " (or a named agent)", "e.g. assign_agent: {strategy: round_robin, group: billing}");
          return Optional.empty();
        }
        Optional<Strategy> chosen = problems.text(strategy.value(), "strategy")
            .flatMap(s -> known(strategy.value(), s));
        Entry fallback = map.entries().get("fallback_group");
        Optional<String> fallbackName = fallback == null ? Optional.empty()
            : actions.group(fallback.value(), "fallback_group");
        Entry keys = map.entries().get("skill_keys");
        List<String> skillKeys = new ArrayList<>();
        if (keys != null) {
          problems.list(keys.value()).forEach(k -> problems.text(k, "a skill key")
              .ifPresent(skillKeys::add));
        }
        if (chosen.isEmpty() || groupName.isEmpty() || fallback != null
            && fallbackName.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new AssignAgent(chosen.get(), null, groupName.get(),
            fallbackName.orElse(null), skillKeys));
      });
    }

    private Optional<Strategy> known(Node node, String name) {
      Optional<Strategy> s = Strategy.fromWire(name);
      if (s.isEmpty()) {
        problems.add(node, "bad action value: unknown routing strategy '" + name + "'",
            "strategies: " + Arrays.stream(Strategy.values()).map(Strategy::wireName).toList());
      }
      return s;
    }
  }
}
