package io.shiftlead.plugin.infrastructure.sla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks SnakeYAML's node tree (which, unlike Jackson's, keeps line numbers) and records problems
 * against the file being read instead of throwing at the first one.
 */
final class YamlNodes {
  private final String file;
  private final List<SlaProblem> problems;

  YamlNodes(String file, List<SlaProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  int problemCount() {
    return problems.size();
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  void problem(Node at, String message, String hint) {
    problems.add(new SlaProblem(file, at == null ? 0 : line(at), message, hint));
  }

  /** The keys of a mapping in order; reports a non-mapping, duplicates and unknown keys. */
  Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (!(node instanceof MappingNode m)) {
      problem(node, what + " must be a mapping (key: value)", null);
      return out;
    }
    for (NodeTuple t : m.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      if (key == null) {
        problem(t.getKeyNode(), "a key in " + what + " must be plain text", null);
      } else if (out.containsKey(key)) {
        problem(t.getKeyNode(), "duplicate key '" + key + "' in " + what, "keep one of them");
      } else if (allowed != null && !allowed.contains(key)) {
        problem(t.getKeyNode(), "unknown key '" + key + "' in " + what,
            Hints.suggest(key, allowed));
      } else {
        out.put(key, t.getValueNode());
      }
    }
    return out;
  }

  List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    if (node instanceof ScalarNode) {
      return List.of(node); // a single value where a list is expected is that one-element list
    }
    problem(node, what + " must be a list", null);
    return List.of();
  }

  String scalar(Node node, String what) {
    if (node instanceof ScalarNode s) {
      return s.getValue().trim();
    }
    problem(node, what + " must be a single value", null);
    return null;
  }

  List<String> scalars(Node node, String what) {
    List<String> out = new ArrayList<>();
    for (Node n : sequence(node, what)) {
      String s = scalar(n, what + " entry");
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** A scalar as text, a list as a list, a mapping as a map: for opaque action values. */
  Object plain(Node node) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    if (node instanceof SequenceNode s) {
      return s.getValue().stream().map(this::plain).toList();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      out.put(((ScalarNode) t.getKeyNode()).getValue(), plain(t.getValueNode()));
    }
    return out;
  }
}
