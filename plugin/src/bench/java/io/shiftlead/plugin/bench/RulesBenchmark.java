package io.shiftlead.plugin.bench;

import io.shiftlead.connectors.spi.model.Ticket;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same 50-rule routing and escalation set over the same 100 000 generated tickets, evaluated
 * one ticket at a time (as the pipeline does) by Shiftlead's engine, Easy Rules and Drools.
 * Single-threaded: the scores are ticket evaluations per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Threads(1)
public class RulesBenchmark {
  static final int TICKETS = 100_000;

  List<Ticket> tickets;
  List<BenchFacts> beans;
  ShiftleadRuleSet shiftlead;
  EasyRulesSet easyRules;
  DroolsRuleSet drools;

  @Setup
  public void setUp() throws IOException {
    tickets = BenchTickets.generate(TICKETS);
    List<BenchRule> rules = BenchRule.fifty();
    shiftlead = new ShiftleadRuleSet(rules);
    easyRules = new EasyRulesSet(rules);
    drools = new DroolsRuleSet(rules);
    SameResults.check(tickets, shiftlead, easyRules, drools);
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public void shiftlead(Blackhole hole) {
    for (Ticket ticket : tickets) {
      hole.consume(shiftlead.evaluate(ticket));
    }
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public void easyRules(Blackhole hole) {
    for (Ticket ticket : tickets) {
      hole.consume(easyRules.evaluate(new BenchFacts(ticket)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public void drools(Blackhole hole) {
    for (Ticket ticket : tickets) {
      hole.consume(drools.evaluate(new BenchFacts(ticket)));
    }
  }
}
