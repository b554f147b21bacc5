package io.shiftlead.plugin.infrastructure.rules;

import io.shiftlead.plugin.core.routing.AgentLoad;
import io.shiftlead.plugin.core.routing.Roster;
import io.shiftlead.plugin.core.routing.RoutingContext;
import io.shiftlead.plugin.core.routing.RoutingState;
import io.shiftlead.plugin.core.rules.Rule;
import io.shiftlead.plugin.core.rules.RuleSet;
import io.shiftlead.plugin.core.rules.RulesEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A rules directory: {@code roster.yaml}, {@code shared.yaml} (rules for every connector) and one
 * {@code <connector id>.yaml} per connector. {@link #reload()} swaps in what is valid and keeps the
 * last good version of any file that is not, so a typo never stops the rules that were running.
 */
public final class RuleSetRepository {
  public static final String ROSTER_FILE = "roster.yaml";
  public static final String SHARED = "shared";

  private final Path directory;
  private volatile Snapshot snapshot = new Snapshot(Roster.empty(), Map.of());

  /** What is in effect; replaced whole, so readers never see half a reload. */
  private record Snapshot(Roster roster, Map<String, RuleSet> sets) {}

  public RuleSetRepository(Path directory) {
    this.directory = directory;
  }

  public synchronized LoadReport reload() {
    Snapshot old = snapshot;
    Map<String, List<RuleProblem>> rejected = new LinkedHashMap<>();
    List<String> loaded = new ArrayList<>();
    Roster roster = old.roster();
    Path rosterFile = directory.resolve(ROSTER_FILE);
    if (Files.exists(rosterFile)) {
      try {
        roster = new RosterReader().read(ROSTER_FILE, read(rosterFile));
        loaded.add(ROSTER_FILE);
      } catch (RuleFileException e) {
        rejected.put(ROSTER_FILE, e.problems());
      }
    }
    Map<String, RuleSet> sets = new HashMap<>();
    RuleSetReader reader = new RuleSetReader(roster);
    for (Path file : ruleFiles()) {
      String fileName = file.getFileName().toString();
      String name = fileName.replaceFirst("\\.ya?ml$", "");
      try {
        sets.put(name, reader.read(fileName, name, read(file)));
        loaded.add(fileName);
      } catch (RuleFileException e) {
        rejected.put(fileName, e.problems());
        if (old.sets().containsKey(name)) {
          sets.put(name, old.sets().get(name));
        }
      }
    }
    rejectIdsSharedWithShared(sets, old, rejected, loaded);
    snapshot = new Snapshot(roster, Map.copyOf(sets));
    return new LoadReport(loaded, rejected);
  }

  public Roster roster() {
    return snapshot.roster();
  }

  /** The shared rules and the connector's own, merged by order, under a combined version. */
  public RuleSet ruleSetFor(String connectorId) {
    return merge(snapshot, connectorId);
  }

  /**
   * An engine supplier for {@code RulesEvaluator}: it rebuilds the engine only after a reload, and
   * routes with the given (persistable) memory and loads.
   */
  public Supplier<RulesEngine> engineFor(String connectorId, RoutingState state, AgentLoad load) {
    return new Supplier<>() {
      private Snapshot seen;
      private RulesEngine engine;

      @Override
      public synchronized RulesEngine get() {
        Snapshot now = snapshot;
        if (now != seen) {
          engine = new RulesEngine(merge(now, connectorId),
              new RoutingContext(now.roster(), state, load));
          seen = now;
        }
        return engine;
      }
    };
  }

  private static RuleSet merge(Snapshot snap, String connectorId) {
    RuleSet shared = snap.sets().getOrDefault(SHARED, RuleSet.empty(SHARED));
    RuleSet own = connectorId.equals(SHARED) ? RuleSet.empty(connectorId)
        : snap.sets().getOrDefault(connectorId, RuleSet.empty(connectorId));
    List<Rule> rules = new ArrayList<>(shared.rules());
    rules.addAll(own.rules());
    return new RuleSet(connectorId, SHARED + "@" + shared.version() + "+" + connectorId + "@"
        + own.version(), rules);
  }

  /** A connector's rule may not reuse a shared rule's id: traces and audits name rules by id. */
  private static void rejectIdsSharedWithShared(Map<String, RuleSet> sets, Snapshot old,
      Map<String, List<RuleProblem>> rejected, List<String> loaded) {
    RuleSet shared = sets.get(SHARED);
    if (shared == null) {
      return;
    }
    Set<String> sharedIds = shared.rules().stream().map(Rule::id).collect(Collectors.toSet());
    for (String name : List.copyOf(sets.keySet())) {
      if (name.equals(SHARED)) {
        continue;
      }
      List<RuleProblem> problems = sets.get(name).rules().stream()
          .filter(r -> sharedIds.contains(r.id()))
          .map(r -> new RuleProblem(name + ".yaml", 1, 1, "duplicate rule id '" + r.id()
              + "': shared.yaml has a rule with that id", "rename one of them"))
          .toList();
      if (!problems.isEmpty()) {
        rejected.put(name + ".yaml", problems);
        loaded.remove(name + ".yaml");
        sets.remove(name);
        if (old.sets().containsKey(name)) {
          sets.put(name, old.sets().get(name));
        }
      }
    }
  }

  private List<Path> ruleFiles() {
    if (!Files.isDirectory(directory)) {
      return List.of(); // no rules yet: only the built-in evaluation runs
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().matches(".+\\.ya?ml"))
          .filter(f -> !f.getFileName().toString().equals(ROSTER_FILE)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list rules directory " + directory, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
