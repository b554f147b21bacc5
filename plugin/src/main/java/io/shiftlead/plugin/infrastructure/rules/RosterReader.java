package io.shiftlead.plugin.infrastructure.rules;

import io.shiftlead.plugin.core.routing.Agent;
import io.shiftlead.plugin.core.routing.Roster;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Entry;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.MapNode;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code roster.yaml}: the agents (id, name, groups, skills, capacity, away) and the groups
 * without agents that rules may still name. Problems are reported like a rule file's.
 */
public final class RosterReader {
  private static final Set<String> AGENT_KEYS =
      Set.of("id", "name", "groups", "skills", "capacity", "away");

  public Roster read(String file, String yaml) {
    Problems problems = new Problems(file);
    Node root;
    try {
      root = YamlTree.parse(yaml);
    } catch (IOException e) {
      problems.add(new YamlTree.Loc(1, 1), "not valid YAML: " + e.getMessage().lines()
          .findFirst().orElse(""), "check indentation and quoting");
      throw new RuleFileException(problems.all());
    }
    if (root == null) {
      return Roster.empty();
    }
    MapNode top = problems.map(root, "a roster").orElse(null);
    problems.throwIfAny();
    problems.checkKeys(top, Set.of("groups", "agents"), "the roster");
    Set<String> groups = new LinkedHashSet<>();
    Optional.ofNullable(top.entries().get("groups")).ifPresent(e -> problems.list(e.value())
        .forEach(g -> problems.text(g, "a group").ifPresent(groups::add)));
    List<Agent> agents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Optional.ofNullable(top.entries().get("agents")).ifPresent(e -> problems.list(e.value())
        .forEach(node -> agent(node, problems).ifPresent(agent -> {
          if (!ids.add(agent.id())) {
            problems.add(node, "agent '" + agent.id() + "' is listed twice", "keep one entry");
          } else {
            agents.add(agent);
          }
        })));
    problems.throwIfAny();
    return new Roster(agents, groups);
  }

  private static Optional<Agent> agent(Node node, Problems problems) {
    return problems.map(node, "an agent").flatMap(map -> {
      problems.checkKeys(map, AGENT_KEYS, "an agent");
      Entry id = map.entries().get("id");
      if (id == null) {
        problems.add(map, "an agent needs an id", "the helpdesk's agent id, e.g. id: \"3902\"");
        return Optional.empty();
      }
      String name = text(map, "name", problems);
      int capacity = Optional.ofNullable(map.entries().get("capacity"))
          .flatMap(e -> problems.integer(e.value(), "capacity")).orElse(0);
      boolean away = Optional.ofNullable(map.entries().get("away"))
          .flatMap(e -> problems.bool(e.value(), "away")).orElse(false);
      return problems.text(id.value(), "id").map(i -> new Agent(i, name,
          strings(map, "groups", problems), strings(map, "skills", problems), capacity, away));
    });
  }

  private static String text(MapNode map, String key, Problems problems) {
    Entry e = map.entries().get(key);
    return e == null ? null : problems.text(e.value(), key).orElse(null);
  }

  private static Set<String> strings(MapNode map, String key, Problems problems) {
    Set<String> out = new LinkedHashSet<>();
    Entry e = map.entries().get(key);
    if (e != null) {
      problems.list(e.value()).forEach(n -> problems.text(n, key).ifPresent(out::add));
    }
    return out;
  }
}
