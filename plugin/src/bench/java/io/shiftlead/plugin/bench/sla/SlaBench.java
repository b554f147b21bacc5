package io.shiftlead.plugin.bench.sla;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.sla.NextDueIndex;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.TicketSla;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-main SLA benchmark (no JMH needed): computes the SLA states of 1 000 000 open tickets on
 * one thread, six timed passes after four warm-up passes, then measures the due index's heap per
 * open ticket. Run it as described in docs/benchmarks-sla.md.
 */
public final class SlaBench {
  /** CPU time of the measuring thread: wall time on a shared machine overstates the cost. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SlaBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    List<Ticket> tickets = BenchTickets.openTickets(n, 42);
    SlaCalculator calc = new SlaCalculator(BenchTickets.policies());
    long sink = 0;
    for (int pass = 0; pass < 10; pass++) {
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      for (Ticket t : tickets) {
        TicketSla sla = calc.compute(t, BenchTickets.NOW);
        sink += sla.metrics().size() + (sla.nextChangeAt() == null ? 0 : 1);
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      System.out.printf("pass %d%s: %,d tickets in %,d ms wall, %,d ms CPU of one thread"
          + " (%.2f us CPU/ticket)%n", pass, pass < 4 ? " (warm-up)" : "", n, ms, cpuMs,
          cpuMs * 1000.0 / n);
    }
    System.out.println("checksum " + sink);
    memory(tickets, calc);
  }

  private static void memory(List<Ticket> tickets, SlaCalculator calc) {
    List<String> ids = new ArrayList<>(tickets.size());
    List<Instant> due = new ArrayList<>(tickets.size());
    for (Ticket t : tickets) {
      Instant next = calc.compute(t, BenchTickets.NOW).nextChangeAt();
      ids.add(t.id());
      due.add(next == null ? BenchTickets.NOW.plusSeconds(ids.size()) : next);
    }
    long before = usedHeap();
    NextDueIndex index = new NextDueIndex();
    for (int i = 0; i < ids.size(); i++) {
      index.update(ids.get(i), due.get(i));
    }
    long after = usedHeap();
    long updateStart = System.nanoTime();
    for (int i = 0; i < ids.size(); i++) {
      index.update(ids.get(i), due.get(i).plusSeconds(60));
    }
    long updateNs = System.nanoTime() - updateStart;
    System.out.printf("due index: %,d open tickets, %,d bytes of heap, %.1f bytes/ticket"
        + " (ticket id strings not counted: the ticket cache holds them anyway);"
        + " update %.0f ns/ticket; next()=%s%n", index.size(), after - before,
        (after - before) / (double) index.size(), updateNs / (double) ids.size(), index.next());
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
