package io.shiftlead.plugin.bench.sla;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** JMH: SLA states of 1 000 000 open tickets per operation, one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class SlaStatesBenchmark {
  private List<Ticket> tickets;
  private SlaCalculator calc;

  @Setup
  public void setUp() {
    tickets = BenchTickets.openTickets(1_000_000, 42);
    calc = new SlaCalculator(BenchTickets.policies());
  }

  @Benchmark
  public void statesOfAMillionOpenTickets(Blackhole bh) {
    for (Ticket t : tickets) {
      bh.consume(calc.compute(t, BenchTickets.NOW));
    }
  }
}
