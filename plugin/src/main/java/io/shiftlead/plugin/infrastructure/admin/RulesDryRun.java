package io.shiftlead.plugin.infrastructure.admin;

import io.shiftlead.plugin.application.replay.RulesDiff;
import io.shiftlead.plugin.core.routing.InMemoryRoutingState;
import io.shiftlead.plugin.core.routing.RoutingContext;
import io.shiftlead.plugin.core.rules.BusinessTime;
import io.shiftlead.plugin.core.rules.Rule;
import io.shiftlead.plugin.core.rules.RuleSet;
import io.shiftlead.plugin.core.rules.RulesEngine;
import io.shiftlead.plugin.infrastructure.rules.RuleFileException;
import io.shiftlead.plugin.infrastructure.rules.RuleSetReader;
import io.shiftlead.plugin.infrastructure.rules.RuleSetRepository;
import io.shiftlead.plugin.infrastructure.store.JdbcAdminQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a candidate rules file (not saved) and the running rules over the stored tickets updated in
 * the last N days, and returns every difference. {@code shared.yaml} applies to every connector,
 * {@code <connector>.yaml} to that connector only. Both sets are checked, not evaluated: nothing
 * is written and no routing memory moves.
 */
public final class RulesDryRun {
  /** The most difference rows returned; {@link Result#truncated()} says when there were more. */
  public static final int MAX_ROWS = 1000;
  public static final int MAX_DAYS = 365;

  private final RuleSetRepository rules;
  private final JdbcAdminQueries queries;
  private final List<String> connectors;
  private final Clock clock;

  /** The diff, with how many tickets were compared. */
  public record Result(String file, int days, long ticketsCompared, List<RulesDiff.Row> rows,
      boolean truncated) {}

  public RulesDryRun(RuleSetRepository rules, JdbcAdminQueries queries, List<String> connectors,
      Clock clock) {
    this.rules = rules;
    this.queries = queries;
    this.connectors = List.copyOf(connectors);
    this.clock = clock;
  }

  /**
   * @throws EditedFileException when the candidate does not read (the same problems as a save)
   * @throws IllegalArgumentException for a file that names no connector, or days out of range
   */
  public Result run(String fileName, String candidateYaml, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
    }
    String name = fileName.replaceFirst("\\.ya?ml$", "");
    boolean shared = name.equals(RuleSetRepository.SHARED);
    if (!shared && !connectors.contains(name)) {
      throw new IllegalArgumentException("'" + fileName + "' is neither shared.yaml nor a"
          + " connector's file; connectors: " + connectors);
    }
    RuleSet candidate;
    try {
      candidate = new RuleSetReader(rules.roster()).read(fileName, name, candidateYaml);
    } catch (RuleFileException e) {
      throw new EditedFileException(e.problems().stream().map(p -> new FileProblem(p.file(),
          p.line(), p.column(), p.message(), p.hint())).toList());
    }
    Instant now = clock.instant();
    Instant since = now.minus(Duration.ofDays(days));
    List<RulesDiff.Row> rows = new ArrayList<>();
    long[] compared = {0};
    boolean[] truncated = {false};
    for (String connector : shared ? connectors : List.of(name)) {
      RuleSet running = rules.ruleSetFor(connector);
      RuleSet other = withCandidate(running, candidate, shared);
      RulesDiff diff = new RulesDiff(engine(running), engine(other),
          BusinessTime.always(ZoneOffset.UTC));
      queries.forEachUpdatedSince(connector, since, ticket -> {
        compared[0]++;
        if (rows.size() >= MAX_ROWS) {
          truncated[0] = true;
          return;
        }
        rows.addAll(diff.diff(connector, ticket, now));
      });
    }
    List<RulesDiff.Row> capped = rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    return new Result(fileName, days, compared[0], List.copyOf(capped),
        truncated[0] || rows.size() > MAX_ROWS);
  }

  /** The running set with its shared or its own rules replaced by the candidate's. */
  private RuleSet withCandidate(RuleSet running, RuleSet candidate, boolean shared) {
    List<String> sharedIds = rules.ruleSetFor(RuleSetRepository.SHARED).rules().stream()
        .map(Rule::id).toList();
    List<Rule> merged = new ArrayList<>();
    if (shared) {
      merged.addAll(candidate.rules());
      running.rules().stream().filter(r -> !sharedIds.contains(r.id())).forEach(merged::add);
    } else {
      running.rules().stream().filter(r -> sharedIds.contains(r.id())).forEach(merged::add);
      merged.addAll(candidate.rules());
    }
    return new RuleSet(running.name(), running.version() + "~candidate", merged);
  }

  private RulesEngine engine(RuleSet set) {
    return new RulesEngine(set, new RoutingContext(rules.roster(), new InMemoryRoutingState(),
        new io.shiftlead.plugin.core.routing.InMemoryAgentLoad()));
  }
}
