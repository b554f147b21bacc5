package io.shiftlead.plugin.infrastructure.rules;

import io.shiftlead.plugin.infrastructure.rules.YamlTree.Entry;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.ListNode;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Loc;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.MapNode;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Node;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the problems of one file and offers the typed reads every reader needs. Reads never
 * throw: a wrong value is recorded and read as empty, so the reader goes on and reports the rest.
 */
final class Problems {
  private final String file;
  private final List<RuleProblem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(Loc loc, String message, String hint) {
    list.add(new RuleProblem(file, loc.line(), loc.column(), message, hint));
  }

  void add(Node node, String message, String hint) {
    add(node.loc(), message, hint);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<RuleProblem> all() {
    return List.copyOf(list);
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new RuleFileException(list);
    }
  }

  /** Reports duplicate and unknown keys of a mapping. */
  void checkKeys(MapNode map, Set<String> allowed, String where) {
    for (Entry dup : map.duplicates()) {
      add(dup.keyLoc(), "key '" + dup.key() + "' is written twice in " + where,
          "keep one of them");
    }
    for (Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        add(entry.keyLoc(), "unknown key '" + entry.key() + "' in " + where,
            Suggest.didYouMean(entry.key(), allowed) + "allowed keys: " + new TreeSet<>(allowed));
      }
    }
  }

  Optional<MapNode> map(Node node, String what) {
    if (node instanceof MapNode m) {
      return Optional.of(m);
    }
    add(node, what + " must be a mapping (key: value lines)", null);
    return Optional.empty();
  }

  /** A list; a single scalar reads as a list of one. */
  List<Node> list(Node node) {
    return node instanceof ListNode l ? l.items() : List.of(node);
  }

  Optional<String> text(Node node, String what) {
    if (node instanceof Scalar s && s.value() != null && !String.valueOf(s.value()).isBlank()) {
      return Optional.of(String.valueOf(s.value()).trim());
    }
    add(node, what + " must be a non-empty text", null);
    return Optional.empty();
  }

  Optional<Integer> integer(Node node, String what) {
    if (node instanceof Scalar s && s.value() instanceof Integer i) {
      return Optional.of(i);
    }
    add(node, what + " must be a whole number", null);
    return Optional.empty();
  }

  Optional<Boolean> bool(Node node, String what) {
    if (node instanceof Scalar s && s.value() instanceof Boolean b) {
      return Optional.of(b);
    }
    add(node, what + " must be true or false", null);
    return Optional.empty();
  }

  /** The plain Java value of a scalar or a list of scalars (condition values). */
  Object plain(Node node) {
    if (node instanceof Scalar s) {
      return s.value();
    }
    if (node instanceof ListNode l) {
      List<Object> out = new ArrayList<>();
      l.items().forEach(item -> out.add(plain(item)));
      return out;
    }
    add(node, "a value must be a text, a number, true/false or a list of those", null);
    return null;
  }
}
