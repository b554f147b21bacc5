package io.shiftlead.plugin.infrastructure.sla;

import io.shiftlead.plugin.core.sla.BusinessCalendar;
import io.shiftlead.plugin.core.sla.SlaPolicies;
import io.shiftlead.plugin.core.sla.SlaPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads SLA policies and calendars from one or more YAML files (calendars may sit in the same file
 * or a separate one) and validates everything before returning: the caller swaps the running set
 * only when the whole set is valid, otherwise it gets every problem with file, line and hint.
 *
 * <p>Top-level keys: {@code calendars} (list) and {@code policies} (list). See docs/sla.md.
 */
public final class SlaPolicyReader {
  static final Set<String> TOP_KEYS = Set.of("calendars", "policies");
  /** The action types escalation levels may use; the rules engine maps them onto its actions. */
  public static final Set<String> DEFAULT_ACTION_TYPES = Set.of("set_priority", "assign_group",
      "assign_agent", "add_tags", "remove_tags", "add_note", "notify", "set_field");

  /** A YAML text and the name errors should call it by (usually its path). */
  public record Source(String name, String text) {}

  private final Set<String> actionTypes;

  public SlaPolicyReader() {
    this(DEFAULT_ACTION_TYPES);
  }

  public SlaPolicyReader(Set<String> actionTypes) {
    this.actionTypes = Set.copyOf(actionTypes);
  }

  public SlaPolicies readFiles(List<Path> files) {
    List<Source> sources = new ArrayList<>();
    for (Path f : files) {
      try {
        sources.add(new Source(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new SlaPolicyException(List.of(new SlaProblem(f.toString(), 0,
            "cannot read the file: " + e.getMessage(), null)));
      }
    }
    return read(sources);
  }

  public SlaPolicies read(List<Source> sources) {
    List<SlaProblem> problems = new ArrayList<>();
    Map<Source, Map<String, Node>> docs = new LinkedHashMap<>();
    for (Source s : sources) {
      YamlNodes y = new YamlNodes(s.name(), problems);
      Node root = parse(s, problems);
      if (root != null) {
        docs.put(s, y.mapping(root, "the file", TOP_KEYS));
      }
    }
    // Calendars first, from every file, so a policy may name a calendar defined elsewhere.
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    docs.forEach((s, top) -> {
      YamlNodes y = new YamlNodes(s.name(), problems);
      if (top.containsKey("calendars")) {
        for (Node c : y.sequence(top.get("calendars"), "calendars")) {
          BusinessCalendar cal = CalendarParser.parse(y, c);
          if (cal != null && calendars.putIfAbsent(cal.name(), cal) != null) {
            y.problem(c, "calendar '" + cal.name() + "' is defined twice", "rename one");
          }
        }
      }
    });
    List<SlaPolicy> policies = new ArrayList<>();
    Set<String> names = new HashSet<>();
    docs.forEach((s, top) -> {
      YamlNodes y = new YamlNodes(s.name(), problems);
      PolicyParser parser = new PolicyParser(y, calendars, actionTypes);
      if (top.containsKey("policies")) {
        for (Node p : y.sequence(top.get("policies"), "policies")) {
          SlaPolicy policy = parser.parse(p, (policies.size() + 1) * 10);
          if (policy != null && !names.add(policy.name())) {
            y.problem(p, "policy '" + policy.name() + "' is defined twice", "names must be unique");
          } else if (policy != null) {
            policies.add(policy);
          }
        }
      }
    });
    if (!problems.isEmpty()) {
      throw new SlaPolicyException(problems);
    }
    return new SlaPolicies(policies);
  }

  private static Node parse(Source s, List<SlaProblem> problems) {
    try {
      Node root = new Yaml(new LoaderOptions()).compose(new StringReader(s.text()));
      if (root == null) {
        problems.add(new SlaProblem(s.name(), 1, "the file is empty",
            "expected calendars: and/or policies:"));
      }
      return root;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(new SlaProblem(s.name(), line, "not valid YAML: " + e.getProblem(),
          "check indentation and quoting near this line"));
      return null;
    }
  }
}
