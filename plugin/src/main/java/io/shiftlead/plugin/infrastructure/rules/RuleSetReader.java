package io.shiftlead.plugin.infrastructure.rules;

import io.shiftlead.plugin.core.rules.Action;
import io.shiftlead.plugin.core.rules.Condition;
import io.shiftlead.plugin.core.rules.Rule;
import io.shiftlead.plugin.core.rules.RuleMode;
import io.shiftlead.plugin.core.rules.RuleSet;
import io.shiftlead.plugin.core.routing.Roster;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Entry;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.MapNode;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one rule file into a {@link RuleSet}, checking it against the vocabulary, the engine and
 * the roster. Every problem is collected with its line and column and thrown together as a {@link
 * RuleFileException}: a file is accepted whole or not at all.
 */
public final class RuleSetReader {
  private static final Set<String> TOP_KEYS = Set.of("version", "name", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of("id", "description", "order", "mode", "when", "then");

  private final Roster roster;

  public RuleSetReader(Roster roster) {
    this.roster = roster;
  }

  /**
   * @param file the name problems are reported under
   * @param defaultName the rule set's name when the file has no {@code name:} (its file stem)
   */
  public RuleSet read(String file, String defaultName, String yaml) {
    Problems problems = new Problems(file);
    Node root = parse(yaml, problems);
    if (root == null) {
      problems.throwIfAny();
      problems.add(new YamlTree.Loc(1, 1), "the file is empty",
          "start with version: and rules:");
      problems.throwIfAny();
    }
    MapNode top = problems.map(root, "a rule file").orElse(null);
    problems.throwIfAny();
    problems.checkKeys(top, TOP_KEYS, "the rule file");
    Entry version = top.entries().get("version");
    if (version == null) {
      problems.add(top, "missing key 'version'", "e.g. version: 2026-11-29.1, raised on each edit");
    }
    String versionText = version == null ? null
        : problems.text(version.value(), "version").orElse(null);
    Entry nameEntry = top.entries().get("name");
    String name = nameEntry == null ? defaultName
        : problems.text(nameEntry.value(), "name").orElse(defaultName);
    Entry rulesEntry = top.entries().get("rules");
    List<Rule> rules = new ArrayList<>();
    if (rulesEntry == null) {
      problems.add(top, "missing key 'rules'", "list the rules under rules:");
    } else {
      readRules(problems.list(rulesEntry.value()), problems, rules);
    }
    problems.throwIfAny();
    return new RuleSet(name, versionText, rules);
  }

  private void readRules(List<Node> nodes, Problems problems, List<Rule> rules) {
    Map<String, Node> ids = new HashMap<>();
    Map<Rule, Node> where = new IdentityHashMap<>();
    int index = 0;
    for (Node node : nodes) {
      int defaultOrder = ++index * 10;
      readRule(node, defaultOrder, problems).ifPresent(rule -> {
        Node previous = ids.putIfAbsent(rule.id(), node);
        if (previous != null) {
          problems.add(node, "duplicate rule id '" + rule.id() + "' (first at line "
              + previous.loc().line() + ")", "give each rule its own id");
        }
        rules.add(rule);
        where.put(rule, node);
      });
    }
    Rule stopper = null;
    for (Rule rule : new RuleSet("", "", rules).rules()) {
      if (stopper != null && rule.mode() == RuleMode.ENABLED) {
        problems.add(where.get(rule), "unreachable rule '" + rule.id() + "': rule '"
            + stopper.id() + "' matches every ticket and stops", "give '" + stopper.id()
            + "' a condition, move '" + rule.id() + "' before it (a lower order), or remove it");
      }
      if (stopper == null && rule.stopsEverything()) {
        stopper = rule;
      }
    }
  }

  private Optional<Rule> readRule(Node node, int defaultOrder, Problems problems) {
    Optional<MapNode> maybe = problems.map(node, "a rule");
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    MapNode map = maybe.get();
    int before = problems.all().size();
    problems.checkKeys(map, RULE_KEYS, "a rule");
    String id = required(map, "id", problems).flatMap(n -> problems.text(n, "id")).orElse(null);
    if (id != null && !id.matches("[a-z0-9][a-z0-9._-]*")) {
      problems.add(map.entries().get("id").value(), "bad rule id '" + id + "'",
          "lower-case letters, digits, '.', '_' and '-'; it appears in notes and the audit log");
    }
    String description = Optional.ofNullable(map.entries().get("description"))
        .flatMap(e -> problems.text(e.value(), "description")).orElse(null);
    int order = Optional.ofNullable(map.entries().get("order"))
        .flatMap(e -> problems.integer(e.value(), "order")).orElse(defaultOrder);
    RuleMode mode = Optional.ofNullable(map.entries().get("mode")).flatMap(e ->
        problems.text(e.value(), "mode").flatMap(text -> {
          Optional<RuleMode> m = RuleMode.fromWire(text);
          if (m.isEmpty()) {
            problems.add(e.value(), "unknown mode '" + text + "'", "enabled, disabled or shadow");
          }
          return m;
        })).orElse(RuleMode.ENABLED);
    Optional<Condition> when = required(map, "when", problems)
        .flatMap(n -> new ConditionReader(problems).read(n));
    List<Action> actions = new ArrayList<>();
    required(map, "then", problems).ifPresent(then -> {
      List<Node> items = problems.list(then);
      if (items.isEmpty()) {
        problems.add(then, "a rule without actions", "list at least one action under then:");
      }
      ActionReader reader = new ActionReader(problems, roster);
      items.forEach(item -> reader.read(item).ifPresent(actions::add));
    });
    if (problems.all().size() > before || id == null || when.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Rule(id, description, order, mode, when.get(), actions));
  }

  private static Optional<Node> required(MapNode map, String key, Problems problems) {
    Entry entry = map.entries().get(key);
    if (entry == null) {
      problems.add(map, "missing key '" + key + "' in a rule", key.equals("when")
          ? "empty conditions: write when: always to match every ticket" : "add " + key + ":");
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  private static Node parse(String yaml, Problems problems) {
    try {
      return YamlTree.parse(yaml);
    } catch (IOException e) {
      var loc = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          && jpe.getLocation() != null ? new YamlTree.Loc(jpe.getLocation().getLineNr(),
              jpe.getLocation().getColumnNr()) : new YamlTree.Loc(1, 1);
      String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          ? jpe.getOriginalMessage() : e.getMessage();
      // SnakeYAML's message: context and problem lines, each followed by an indented excerpt
      String summary = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(
          l.charAt(0))).collect(java.util.stream.Collectors.joining("; "));
      problems.add(loc, "not valid YAML: " + summary,
          "check indentation and quoting around this line");
      return null;
    }
  }
}
